/**
 * A foreign sheet layout (docs/import.md): how to recognise a sheet by its header signature and
 * how to read it into the typed OPD model (shared/parse/opd-workbook-model.ts). Each layout lives in
 * its own file in this folder, named for the layout, and is listed in `registry.ts`.
 *
 * `detect` looks only at the header band (shared/import/header-bands.ts) and says how well the
 * sheet fits (a score; higher is better; null = not this layout). `read` turns the rows under the
 * band into typed rows, reporting what it cannot read on `context.report` (findings located at
 * file, sheet and cell), never throwing on bad input.
 */
import type { FindingCode, FindingParams } from '../findings/finding';
import type { EvaluationModel } from '../models/model';
import type { Indicator, PohonNode, Rekomendasi } from '../parse/opd-workbook-model';
import type { SheetReport } from '../parse/sheet-report';
import type { BandMatch, SheetView } from './header-bands';
import type { ImportedCriteria, ImportedLke } from './imported-lke';
import type { NumberConvention } from './number-convention';

/** Which part of the OPD model a layout fills (`kriteria`: a criteria list, i.e. a city's Model LKE). */
export type ImportPart = 'lke' | 'kinerja' | 'pohon' | 'rekomendasi' | 'kriteria';

export interface LayoutDetection {
  /** How well the sheet fits: the number of signature columns found, plus the layout's own bonus. */
  readonly score: number;
  /** The header band and the 0-based column of each signature key found. */
  readonly match: BandMatch;
}

export interface LayoutContext {
  /** The file name findings carry. */
  readonly file: string;
  /** Where the sheet's findings go (file, sheet). */
  readonly report: SheetReport;
  /** The source's number convention (`id` for workbooks, `en` for web exports). */
  readonly convention: NumberConvention;
  /** The city's model (or the default one): criteria are mapped onto it. */
  readonly model: EvaluationModel;
  /** The reporting month, when known (Periode), for quarter-based capaian. */
  readonly month?: number;
}

export type LayoutRead =
  | { readonly part: 'lke'; readonly lke: ImportedLke }
  | { readonly part: 'kinerja'; readonly indicators: Indicator[] }
  | { readonly part: 'pohon'; readonly pohon: PohonNode[] }
  | { readonly part: 'rekomendasi'; readonly rekomendasi: Rekomendasi[] }
  | { readonly part: 'kriteria'; readonly criteria: ImportedCriteria };

export interface SheetLayout {
  /** Stable id, reported by `sakip validate --json` (`lke-hierarki`, `capaian-triwulan`, …). */
  readonly id: string;
  /** What a user reads (Indonesian, English). */
  readonly title: { readonly id: string; readonly en: string };
  readonly part: ImportPart;
  detect(view: SheetView): LayoutDetection | null;
  read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead;
}

/** A finding for a layout to add (`context.report.add(code, cell, params)` does the same). */
export type LayoutFinding<C extends FindingCode = FindingCode> = { code: C; cell?: string; params: FindingParams<C> };
