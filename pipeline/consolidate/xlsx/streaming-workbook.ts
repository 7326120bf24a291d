/**
 * The package, written to an open file descriptor as it is produced: each sheet's rows are turned
 * into SpreadsheetML as they are written and deflated straight into the zip, which goes straight
 * to the file, so memory stays flat whatever the row count. Sheets are written one after the
 * other (`addSheet` … `finish()`), then `end()` adds the workbook parts. Same inputs, same bytes
 * (apart from the run time in the core properties): every entry has a fixed time and the data
 * bars' ids are counters.
 *
 * Parts beyond sheets (a drawing and its charts): `addPart(name, xml, contentType)` — the content
 * type is listed in `[Content_Types].xml` — and the sheet's `setDrawing(target)`.
 */
import { strToU8 } from 'fflate';
import { excelSheetName } from './excel-limits';
import { appPropertiesXml, contentTypesXml, corePropertiesXml, ROOT_RELS, workbookRelsXml, workbookXml, type ExtraPart, type SheetEntry, type WorkbookProperties } from './package-parts';
import { SheetWriter, type SheetOptions } from './sheet-writer';
import { Styles } from './styles';
import { LocalZipSink, type PartSink, type ZipSink } from './zip-sink';

export class StreamingWorkbook {
  readonly styles = new Styles();
  private readonly zip: ZipSink;
  private readonly sheets: SheetEntry[] = [];
  private readonly sheetNames = new Set<string>();
  private readonly extraParts: ExtraPart[] = [];
  private open: SheetWriter | undefined;
  private dataBarCount = 0;

  /** Writes to `fd`; with `zip`, through that sink instead (zip-thread.ts deflates in a worker). */
  constructor(fd: number, zip?: ZipSink) {
    this.zip = zip ?? new LocalZipSink(fd);
  }

  openPart(name: string): PartSink {
    return this.zip.openPart(name);
  }

  /** A whole part; with `contentType`, listed in the content types (parts other than the fixed ones and `.rels`). */
  addPart(name: string, text: string, contentType?: string): void {
    this.openPart(name).push(strToU8(text), true);
    if (contentType) this.extraParts.push({ name, contentType });
  }

  nextDataBarId(): string {
    this.dataBarCount += 1;
    return `{00000000-0000-4000-8000-${this.dataBarCount.toString(16).padStart(12, '0').toUpperCase()}}`;
  }

  /** A new sheet; its name is made one Excel accepts (see excelSheetName): read it back from `sheet.name`. */
  addSheet(wanted: string, options: SheetOptions): SheetWriter {
    if (this.open) throw new Error(`sheet ${this.open.name} is not finished`);
    const name = excelSheetName(wanted, this.sheetNames);
    const index = this.sheets.length + 1;
    this.open = new SheetWriter(this, name, index, options);
    this.sheets.push({ name, index, printTitles: options.print !== undefined });
    return this.open;
  }

  sheetDone(sheet: SheetWriter): void {
    if (this.open === sheet) this.open = undefined;
  }

  end(properties: WorkbookProperties): void {
    if (this.open) throw new Error(`sheet ${this.open.name} is not finished`);
    this.addPart('xl/styles.xml', this.styles.xml());
    this.addPart('xl/theme/theme1.xml', THEME);
    this.addPart('xl/workbook.xml', workbookXml(this.sheets));
    this.addPart('xl/_rels/workbook.xml.rels', workbookRelsXml(this.sheets));
    this.addPart('[Content_Types].xml', contentTypesXml(this.sheets, this.extraParts));
    this.addPart('_rels/.rels', ROOT_RELS);
    this.addPart('docProps/core.xml', corePropertiesXml(properties));
    this.addPart('docProps/app.xml', appPropertiesXml(this.sheets));
    this.zip.end();
  }

  /** After an error while writing: nothing more reaches the file. */
  abort(): void {
    this.zip.abort();
  }
}

/** exceljs's default theme (the one its writer put in every workbook). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const THEME: string = require('exceljs/lib/xlsx/xml/theme1.js') as string;
