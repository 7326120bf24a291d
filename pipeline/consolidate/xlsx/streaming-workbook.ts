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
import { writeSync } from 'node:fs';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { excelSheetName } from './excel-limits';
import { appPropertiesXml, contentTypesXml, corePropertiesXml, ROOT_RELS, workbookRelsXml, workbookXml, type ExtraPart, type SheetEntry, type WorkbookProperties } from './package-parts';
import { SheetWriter, type SheetOptions } from './sheet-writer';
import { Styles } from './styles';

/** A fixed time for every zip entry (the run time is in the core properties only). */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');
/**
 * Deflate level of every part. Level 3 instead of fflate's default 6: on the 100-workbook
 * consolidation's sheets (27 MB of XML) 284 ms instead of 711 ms for a 12 % larger file (3.4 MB
 * instead of 3.1 MB); deflating was the largest single cost of the main thread (issue 15,
 * docs/performance.md).
 */
const LEVEL = 3;

export class StreamingWorkbook {
  readonly styles = new Styles();
  private readonly zip: Zip;
  private readonly sheets: SheetEntry[] = [];
  private readonly sheetNames = new Set<string>();
  private readonly extraParts: ExtraPart[] = [];
  private open: SheetWriter | undefined;
  private dataBarCount = 0;
  private failure: unknown;

  constructor(fd: number) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure ??= error;
      else if (data.length) writeAll(fd, data);
    });
  }

  openPart(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: LEVEL });
    file.mtime = ENTRY_TIME;
    this.zip.add(file);
    return file;
  }

  /** A whole part; with `contentType`, listed in the content types (parts other than the fixed ones and `.rels`). */
  addPart(name: string, text: string, contentType?: string): void {
    this.openPart(name).push(strToU8(text), true);
    if (contentType) this.extraParts.push({ name, contentType });
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
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
    this.check();
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
    this.check();
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** exceljs's default theme (the one its writer put in every workbook). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const THEME: string = require('exceljs/lib/xlsx/xml/theme1.js') as string;
