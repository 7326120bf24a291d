/**
 * The gate's XML-level limits, enforced by the SAX reader's handlers as each part is parsed
 * (issue 15): the parts the reader parses (workbook, relationships, shared strings, styles,
 * worksheets) are tokenised once, by saxes, instead of a gate scan and then saxes. Every refusal
 * is the gate's own (gate-xml-checks.ts), with the same message:
 * - a DOCTYPE (saxes's `doctype` event) → the DTD/ENTITY refusal; an `<!ENTITY>` outside one is
 *   malformed XML, and a part saxes cannot read is rescanned with the gate's scanner, whose
 *   diagnosis (DTD, malformed tag, …) is the refusal (`diagnosePart`);
 * - XML elements over all parts (`maxXmlElements`), cells (`<c>`, `maxCells`), rows of one part
 *   (`maxSheetRows`), a used range (`<dimension>`: `maxSheetRows`, `maxSheetCells`), merged cells
 *   over the workbook (`maxMergedCells`, checked when a part ends, before the merges are applied);
 * - sheet names and defined names: unsafe object keys, more than `maxSheets` sheets, names and
 *   formulas over Excel's lengths, defined names over `maxDefinedNameCells` (checked when the
 *   name closes, as the gate does).
 * The XML parts the reader does not parse (content types, document properties, drawings, …) are
 * scanned by the gate's scanner (`scanXmlPart`) and counted in the same budget.
 */
import type { ReadLimits } from './gate-limits';
import {
  cellLimitError,
  dtdError,
  elementLimitError,
  mergeLimitError,
  rangeArea,
  rowLimitError,
  checkDefinedName,
  checkSheetName,
  definedNameFormulaCells,
  definedNameCellsError,
  scanXmlPart,
  sheetsLimitError,
  rowsLimitError,
  usedRangeError,
  type PartFacts,
} from './gate-xml-checks';
import { GateError } from './gate-refusal';

/** The running counts of one workbook, over all its XML parts. */
export class WorkbookXmlBudget {
  elements = 0;
  cells = 0;
  merged = 0;

  constructor(readonly limits: ReadLimits) {}

  /** The checks of one part the reader parses. */
  part(name: string): PartLimits {
    return new PartLimits(name, this);
  }

  /** Counts a part the gate's scanner read (a part the reader does not parse). */
  addScanned(facts: PartFacts): void {
    if (facts.isSheet) {
      this.merged += facts.merged;
      this.cells += facts.cells;
      if (this.cells > this.limits.maxCells) throw cellLimitError(this.limits);
      if (this.merged > this.limits.maxMergedCells) throw mergeLimitError(this.merged, this.limits);
    }
    this.elements += facts.elements;
    if (this.elements > this.limits.maxXmlElements) throw elementLimitError(this.limits);
  }

  /** Scans a part the reader does not parse with the gate's scanner, and counts it. */
  scanUnparsed(name: string, xml: string): void {
    this.addScanned(scanXmlPart(name, xml, this.limits));
  }
}

/**
 * The limits of one part, fed by its SAX handlers: `open` for every start tag (local name and
 * attributes), `text` while `capturing` (a defined name's formula), `close` for end tags, `doctype`
 * for saxes's doctype event, and `end` once the part is parsed.
 */
export class PartLimits {
  /** A defined name's formula is being read: its text goes to `text`. */
  capturing = false;
  private rows = 0;
  private sheets = 0;
  private merged = 0;
  private definedNameCells = 0;
  private definedName = '';
  private formula = '';
  private readonly limits: ReadLimits;

  constructor(
    readonly name: string,
    private readonly budget: WorkbookXmlBudget,
  ) {
    this.limits = budget.limits;
  }

  doctype(): never {
    throw dtdError(this.name);
  }

  open(local: string, attributes: Readonly<Record<string, string>>): void {
    const budget = this.budget;
    if (++budget.elements > this.limits.maxXmlElements) throw elementLimitError(this.limits);
    switch (local) {
      case 'c':
        if (++budget.cells > this.limits.maxCells) throw cellLimitError(this.limits);
        return;
      case 'row':
        if (++this.rows > this.limits.maxSheetRows) throw rowsLimitError(this.name, this.limits);
        return;
      case 'mergeCell': {
        const ref = attributes['ref'];
        const area = ref === undefined ? undefined : rangeArea(ref);
        this.merged = Math.min(Number.MAX_SAFE_INTEGER, this.merged + (area ? area.cells : Number.MAX_SAFE_INTEGER));
        return;
      }
      case 'dimension': {
        const ref = attributes['ref'];
        const area = ref === undefined ? undefined : rangeArea(ref);
        if (area && area.lastRow > this.limits.maxSheetRows) throw rowLimitError(this.name, area.lastRow, this.limits, ref);
        if (area && area.cells > this.limits.maxSheetCells) throw usedRangeError(this.name, ref!, this.limits);
        return;
      }
      case 'sheet':
        checkSheetName(attributes['name'] ?? '');
        if (++this.sheets > this.limits.maxSheets) throw sheetsLimitError(this.limits);
        return;
      case 'definedName':
        this.definedName = attributes['name'] ?? '';
        checkDefinedName(this.definedName);
        this.formula = '';
        this.capturing = true;
        return;
    }
  }

  text(text: string): void {
    this.formula += text;
  }

  close(local: string): void {
    if (local !== 'definedName' || !this.capturing) return;
    this.capturing = false;
    this.definedNameCells += definedNameFormulaCells(this.definedName, this.formula);
    this.formula = '';
    if (this.definedNameCells > this.limits.maxDefinedNameCells) throw definedNameCellsError(this.limits);
  }

  /** The part is parsed: its merged cells join the workbook's, then the merge cap. */
  end(): void {
    const budget = this.budget;
    budget.merged = Math.min(Number.MAX_SAFE_INTEGER, budget.merged + this.merged);
    if (budget.merged > this.limits.maxMergedCells) throw mergeLimitError(budget.merged, this.limits);
  }
}

/**
 * A part saxes could not read: the gate's scanner says why when it can (a DTD, a malformed tag,
 * an unclosed defined name over a limit; the refusal the gate gave before the reader ran), else
 * the parser's own error stands (FILE_UNREADABLE "the workbook's content is damaged").
 */
export function diagnosePart(name: string, xml: () => string, limits: ReadLimits, error: unknown): never {
  if (!(error instanceof GateError)) {
    try {
      scanXmlPart(name, xml(), limits);
    } catch (diagnosis) {
      if (diagnosis instanceof GateError) throw diagnosis;
    }
  }
  throw error;
}
