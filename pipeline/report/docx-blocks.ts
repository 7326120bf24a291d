/** The few building blocks the reports are made of, on the `docx` library: headings, paragraphs, tables. */
import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export type Block = Paragraph | Table;

export const heading = (text: string, level: 1 | 2 | 3 = 1): Paragraph =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });

export const paragraph = (text: string, options: { bold?: boolean; center?: boolean; size?: number; pageBreakBefore?: boolean; italic?: boolean } = {}): Paragraph =>
  new Paragraph({
    spacing: { after: 120 },
    ...(options.center ? { alignment: AlignmentType.CENTER } : { alignment: AlignmentType.JUSTIFIED }),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [new TextRun({ text, ...(options.bold ? { bold: true } : {}), ...(options.italic ? { italics: true } : {}), ...(options.size ? { size: options.size } : {}) })],
  });

export const bullet = (text: string): Paragraph => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(text)] });

/** Label-value lines (`Nomor : …`), as on a report cover. */
export const labelLine = (label: string, value: string): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

export interface TableOptions {
  /** Relative column widths (percent of the page width; they should sum to 100). */
  readonly widths: readonly number[];
  /** Columns aligned right (numbers). */
  readonly numeric?: readonly number[];
  /** Rows in bold (totals), by index in `rows`. */
  readonly boldRows?: readonly number[];
}

const cell = (text: string, width: number, opts: { header?: boolean; right?: boolean; bold?: boolean }): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
    children: [
      new Paragraph({
        ...(opts.right ? { alignment: AlignmentType.RIGHT } : {}),
        children: [new TextRun({ text, ...(opts.header || opts.bold ? { bold: true } : {}), size: 20 })],
      }),
    ],
  });

/** A bordered table with a shaded header row. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions): Table {
  const numeric = new Set(options.numeric ?? []);
  const bold = new Set(options.boldRows ?? []);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: options.widths.map((w) => Math.round(w * 90)),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, c) => cell(h, options.widths[c]!, { header: true, right: numeric.has(c) })) }),
      ...rows.map((row, r) => new TableRow({ cantSplit: true, children: row.map((text, c) => cell(text, options.widths[c]!, { right: numeric.has(c), bold: bold.has(r) })) })),
    ],
  });
}

/** Space between blocks. */
export const gap = (): Paragraph => new Paragraph({ spacing: { after: 120 }, children: [] });
