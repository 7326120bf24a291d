/** Collects the findings of one sheet while it is read, each located at file, sheet and cell. */
import type { Finding, FindingCode, FindingParams } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';

export class SheetReport {
  readonly findings: Finding[] = [];
  /** How many of `findings` are errors (so a reader can tell whether a row added one). */
  errorCount = 0;

  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {}

  /** A finding on `cell`, or on the whole sheet when `cell` is undefined. */
  add<C extends FindingCode>(code: C, cell: string | undefined, params: FindingParams<C>): void {
    const finding = makeFinding(code, { file: this.file, sheet: this.sheet, ...(cell ? { cell } : {}) }, params);
    if (finding.severity === 'error') this.errorCount += 1;
    this.findings.push(finding);
  }
}
