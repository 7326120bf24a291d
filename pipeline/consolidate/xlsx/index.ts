/** The streaming .xlsx writer of the consolidated workbook (see streaming-workbook.ts). */
export { StreamingWorkbook } from './streaming-workbook';
export { SheetWriter, type ColumnSpec, type SheetOptions } from './sheet-writer';
export { Cell, Row, type Alignment, type CellIsRule, type CellValue, type ConditionalRule, type DataBarRule, type DataValidation, type Fill, type Font, type FormulaResult } from './cell-model';
export { argb, type Argb, type HorizontalAlignment, type VerticalAlignment } from './ooxml-types';
export { MAX_CELL_TEXT, fitCellText } from './excel-limits';
export type { WorkbookProperties } from './package-parts';
export { xmlText } from './xml-text';
