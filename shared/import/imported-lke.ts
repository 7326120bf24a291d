/** What the LKE layouts read (docs/import.md §2–3): the file's own model with its answers, or a criteria list. */
import type { EvaluationModel } from '../models/model';
import type { LkeEntry } from '../parse/opd-workbook-model';

export interface ImportedLke {
  /**
   * The structure the file carries: its components and sub-components with their weights (points
   * of 100) and its criteria, coded `K.S.N` by position. The OPD is scored on this model.
   */
  readonly model: EvaluationModel;
  /** One entry per criterion of `model`, in sheet order; placeholders (`Y/T`, `A/B/C/D`) read as blank. */
  readonly entries: LkeEntry[];
  /**
   * The file's own self-assessment per sub-component (`K.S` → points), when the sheet carries a
   * Nilai on its sub-component rows: the figure the workbook itself shows (its RESUME).
   */
  readonly fileScores?: ReadonlyMap<string, number>;
  /** The criterion code the file writes (`AREN001.1`, `A.1.1`) → the model code `K.S.N`. */
  readonly fileCodes: ReadonlyMap<string, string>;
}

export interface ImportedCriterion {
  /** The code by position in the model (`K.S.N`). */
  readonly code: string;
  readonly component: number;
  readonly slot: number;
  readonly text: string;
  /** A1 address of the criterion's text. */
  readonly cell: string;
}

export interface ImportedCriteria {
  readonly criteria: readonly ImportedCriterion[];
  /** Per component, the sub-component names in order (as the file writes them). */
  readonly components: readonly { readonly name: string; readonly subComponents: readonly string[] }[];
}
