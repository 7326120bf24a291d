/** The consolidated workbook's colours, as schema-typed ARGB values. */
import { argb } from './xlsx';

export const COLOUR = {
  white: argb('FFFFFFFF'),
  black: argb('FF000000'),
  link: argb('FF0563C1'),
  header: argb('FF1F4E78'),
  editableHeader: argb('FFC65911'),
  helperHeader: argb('FF808080'),
  editableCell: argb('FFFFF2CC'),
  review: argb('FFF4B183'),
  problem: argb('FFF8CBAD'),
  capaianBar: argb('FF5B9BD5'),
} as const;
