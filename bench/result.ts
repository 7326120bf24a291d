/** What one benchmark run measured: the shape of bench-output/report.json. */
import type { Table } from './report/tables';
import type { BenchOptions } from './args';
import type { MachineInfo } from './machine';
import type { GradeRate } from './measure/grade-rate';
import type { PaneCheck } from './measure/pane-check';
import type { ScannerScaling } from './measure/scanner-scaling';

export interface CorpusInfo {
  readonly name: string;
  readonly workbooks: number;
  readonly dataRows: number;
  readonly bytes: number;
  /** Seconds spent writing it in this run (0: reused from bench-output/corpus/). */
  readonly generationSeconds: number;
  readonly written: number;
  readonly linked: number;
}

export interface FloorFigures {
  readonly seconds: number;
  readonly runs: readonly number[];
  /** Rows holding a value, as the floor's SAX pass counts them (titles and headers included). */
  readonly rowsWithValues: number;
  readonly cells: number;
}

export interface ConsolidateFigures {
  readonly seconds: number;
  readonly runs: readonly number[];
  /** Set when a run did not complete (its time is left out; its peak RSS is kept). */
  readonly failure?: string;
  readonly failedRuns?: number;
  readonly peakRssMb: number;
  readonly peakRssRuns: readonly number[];
  readonly rssSource: string;
  readonly workbooksPerSecond: number;
  readonly rowsPerSecond: number;
  readonly filesRead: number;
  readonly filesNotRead: number;
  readonly findings: { readonly errors: number; readonly warnings: number } | null;
}

export interface SizeResult {
  readonly corpus: CorpusInfo;
  readonly consolidate: ConsolidateFigures;
  readonly floor1: FloorFigures;
  readonly floor2: FloorFigures;
  /** End-to-end time / single-thread floor. */
  readonly ratioFloor1: number;
  /** End-to-end time / 2-thread floor. */
  readonly ratioFloor2: number;
}

export interface GrowthStep {
  readonly from: number;
  readonly to: number;
  readonly countRatio: number;
  readonly timeRatio: number;
  readonly rssRatio: number;
}

export interface TargetCheck {
  readonly id: string;
  readonly target: string;
  readonly measured: string;
  /** null: not measured in this run. */
  readonly met: boolean | null;
}

export interface BenchResult {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly options: BenchOptions;
  readonly machine: MachineInfo;
  readonly loadAverageAtEnd: number;
  /** The code fingerprint at the end; differs from machine.codeFingerprint when the code changed mid-run. */
  readonly codeFingerprintAtEnd: string;
  /** `sakip --help`: Node + built CLI (lib/) start, included in every end-to-end time. */
  readonly startupSeconds: number;
  readonly sizes: readonly SizeResult[];
  readonly growth: readonly GrowthStep[];
  readonly large: (SizeResult & { readonly indicators: number }) | null;
  readonly pane: (PaneCheck & { readonly dataRows: number }) | { readonly skipped: string } | null;
  readonly grade: GradeRate;
  /** Each gate and reader scanner fed 100,000 and 1,000,000 characters of hostile text. */
  readonly scanners: readonly ScannerScaling[];
  /** CPU time by stage (profile-stages.ts) in one profiled consolidate of the largest size; a reason when not taken. */
  readonly stages: { readonly workbooks: number; readonly seconds: number; readonly table: Table } | { readonly skipped: string } | null;
  readonly targets: readonly TargetCheck[];
}
