/**
 * How each scanner of the gate and reader scales with hostile text (issue 17): every case is fed
 * 100,000 and then 1,000,000 characters of the text that made the old backtracking patterns
 * quadratic, and the time ratio is reported: ≈ 10 for a linear scanner, ≈ 100 for a quadratic one.
 * Each timing is the median of several runs of a loop that lasts at least ~20 ms.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_READ_LIMITS } from '../../pipeline/read/gate-limits';
import { formulaReferences, scanXmlPart, tagAttributes } from '../../pipeline/read/gate-xml-checks';
import { unescapeXml } from '../../pipeline/read/gate-scan';
import { parseSheet } from '../../pipeline/read/xlsx-sheet';
import { median } from '../stats';

export interface ScannerScaling {
  readonly scanner: string;
  /** Milliseconds for 100,000 characters. */
  readonly smallMs: number;
  /** Milliseconds for 1,000,000 characters. */
  readonly largeMs: number;
  /** largeMs / smallMs. */
  readonly ratio: number;
}

const SMALL = 100_000;
const LARGE = 1_000_000;
const LIMITS = { ...DEFAULT_READ_LIMITS, maxXmlElements: Infinity, maxCells: Infinity, maxSheetRows: Infinity };
const WORKBOOK = (inner: string): string => `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" r:id="rId1"/></sheets>${inner}</workbook>`;
const SHEET = (inner: string): string => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}<sheetData/></worksheet>`;

/** Runs `work`; a refusal (what hostile text usually gets) is part of the work measured. */
function attempt(work: () => unknown): void {
  try {
    work();
  } catch {
    // refused: expected
  }
}

function timeMs(work: () => unknown, reps: number): number {
  const runs: number[] = [];
  for (let r = 0; r < reps; r++) {
    let loops = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      attempt(work);
      loops++;
      elapsed = performance.now() - start;
    } while (elapsed < 20);
    runs.push(elapsed / loops);
  }
  return median(runs);
}

interface Case {
  readonly scanner: string;
  /** The work for a text of `n` characters (built once, outside the timing). */
  readonly build: (n: number) => () => unknown;
}

const CASES: readonly Case[] = [
  { scanner: 'gate: defined name of n characters', build: (n) => ((xml) => () => scanXmlPart('xl/workbook.xml', xml, LIMITS))(WORKBOOK(`<definedNames><definedName name="${'N'.repeat(n)}">A!$A$1</definedName></definedNames>`)) },
  { scanner: 'gate: defined-name formula of n characters', build: (n) => ((formula) => () => formulaReferences(formula))('Profil'.repeat(n / 6)) },
  { scanner: "gate: formula of n characters of ' and !", build: (n) => ((formula) => () => formulaReferences(formula))("'a'!".repeat(n / 4)) },
  { scanner: '<dimension> with an n-character attribute run', build: (n) => ((xml) => () => scanXmlPart('xl/worksheets/sheet1.xml', xml, LIMITS))(SHEET(`<dimension ref="A1" ${'a'.repeat(n)}/>`)) },
  { scanner: 'gate: an unclosed quote before n characters of tags', build: (n) => ((xml) => () => scanXmlPart('x.xml', xml, LIMITS))(`<a x="${'<b '.repeat(n / 3)}`) },
  { scanner: 'gate: n characters of tags without quotes', build: (n) => ((xml) => () => scanXmlPart('x.xml', xml, LIMITS))(`<r>${'<c>'.repeat(n / 3)}`) },
  { scanner: 'gate: n characters of & before one ;', build: (n) => ((text) => () => unescapeXml(text))(`${'&'.repeat(n)};`) },
  { scanner: 'gate: tag attributes of n characters', build: (n) => ((tag) => () => tagAttributes(tag))(`<t ${'a b '.repeat(n / 4)}/>`) },
  {
    scanner: 'reader (saxes): a cell of n characters',
    build: (n) =>
      ((bytes) => () => parseSheet('A', bytes, new Map(), { sharedStrings: [], dateStyles: [], date1904: false }))(
        new TextEncoder().encode(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(n)}</t></is></c></row></sheetData></worksheet>`),
      ),
  },
];

export function measureScannerScaling(reps: number): ScannerScaling[] {
  return CASES.map((c) => {
    const small = c.build(SMALL);
    const large = c.build(LARGE);
    attempt(small);
    attempt(large);
    const smallMs = timeMs(small, Math.max(3, reps));
    const largeMs = timeMs(large, Math.max(3, reps));
    return { scanner: c.scanner, smallMs, largeMs, ratio: largeMs / smallMs };
  });
}
