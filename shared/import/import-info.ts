/** What the importer found in a foreign workbook: the layout of each sheet it read, and what it read. */
import type { ImportedCriteria, ImportedLke } from './imported-lke';
import type { ImportPart } from './layout';

export interface ImportedSheet {
  readonly sheet: string;
  /** Layout id (`lke-hierarki`, …). */
  readonly layout: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly part: ImportPart;
}

export interface ImportInfo {
  readonly sheets: readonly ImportedSheet[];
  /** The LKE read (from the first LKE sheet), with its own model. */
  readonly lke?: ImportedLke;
  /** A criteria list (no answers): importable as a city's Model LKE. */
  readonly criteria?: ImportedCriteria;
}
