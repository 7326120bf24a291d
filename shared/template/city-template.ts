/**
 * The city workbook template as data (workbook-format.md §2), in the same host-neutral shape as
 * the OPD template (`SheetTemplate`): `Kota` with its labels and defaults, `Daftar OPD` and
 * `Pohon Kinerja Kota` with their headers and dropdowns. The optional `Model LKE` sheet is left
 * out: a city that needs a custom model adds it (see the instructions sheet).
 */
import { DEFAULT_MODEL, SHIPPED_MODELS } from '../models/registry';
import { CITY_POHON_COLUMNS, CITY_SHEETS, DAFTAR_OPD_COLUMNS, KOTA_LABELS } from '../parse/city-format';
import { DEFAULT_TEMPLATE_DATA_ROWS, type ColumnRange, type SheetTemplate, type TemplateCell } from './opd-template';

export const BATAS_PREDIKAT_LIST = ['eksklusif', 'inklusif'] as const;
export const RUMUS_NEGATIF_LIST = ['2T-R', 'T/R'] as const;
/** Levels of the city tree (the RPJMD's goals and targets). */
export const CITY_POHON_LEVELS = ['Tujuan', 'Sasaran'] as const;

export interface CityTemplateOptions {
  readonly namaKota?: string;
  readonly tahun?: number;
  readonly dataRows?: number;
}

type KotaKey = (typeof KOTA_LABELS)[number]['key'];
const first = (spec: { readonly names: readonly string[] }): string => spec.names[0]!;
const HEADER_ROW = 1;

function kotaSheet(options: CityTemplateOptions): SheetTemplate {
  const defaults: Partial<Record<KotaKey, TemplateCell>> = {
    namaKota: options.namaKota ?? null,
    tahun: options.tahun ?? null,
    model: DEFAULT_MODEL.id,
    batasPredikat: BATAS_PREDIKAT_LIST[0],
    rumusNegatif: RUMUS_NEGATIF_LIST[0],
  };
  const rows: TemplateCell[][] = [['Konfigurasi Kota', null], ...KOTA_LABELS.map((spec) => [first(spec), defaults[spec.key] ?? null])];
  const valueCell = (key: KotaKey): ColumnRange => {
    const row = 2 + KOTA_LABELS.findIndex((spec) => spec.key === key);
    return { column: 2, fromRow: row, toRow: row };
  };
  return {
    name: CITY_SHEETS.kota,
    rows,
    headerRow: HEADER_ROW,
    frozenRows: 1,
    validations: [
      { ...valueCell('model'), list: SHIPPED_MODELS.map((m) => m.id), allowOther: true },
      { ...valueCell('batasPredikat'), list: BATAS_PREDIKAT_LIST, allowOther: false },
      { ...valueCell('rumusNegatif'), list: RUMUS_NEGATIF_LIST, allowOther: false },
    ],
    textColumns: [valueCell('model'), valueCell('rumusNegatif')],
    columnWidths: [26, 40],
  };
}

/** Every sheet of the city workbook, in workbook order. */
export function cityTemplate(options: CityTemplateOptions = {}): SheetTemplate[] {
  const dataRows = options.dataRows ?? DEFAULT_TEMPLATE_DATA_ROWS;
  const span = (column: number): ColumnRange => ({ column, fromRow: HEADER_ROW + 1, toRow: HEADER_ROW + dataRows });
  const pohonHeaders = CITY_POHON_COLUMNS.map(first);
  return [
    kotaSheet(options),
    {
      name: CITY_SHEETS.daftarOpd,
      rows: [DAFTAR_OPD_COLUMNS.map(first)],
      headerRow: HEADER_ROW,
      frozenRows: 1,
      validations: [],
      textColumns: [span(1)],
      columnWidths: [14, 50],
    },
    {
      name: CITY_SHEETS.pohon,
      rows: [pohonHeaders],
      headerRow: HEADER_ROW,
      frozenRows: 1,
      validations: [{ ...span(pohonHeaders.indexOf('Level') + 1), list: CITY_POHON_LEVELS, allowOther: false }],
      textColumns: [span(1), span(2)],
      columnWidths: [10, 12, 12, 50, 40],
    },
  ];
}
