/**
 * Parses an HTML export (a web page saved as `.xls`, see html-export-sniff.ts) with htmlparser2's
 * streaming parser into the core's table form: one sheet, laid out as Excel lays such a page
 * out (html-export-grid.ts). Limits (html-export-limits.ts) are enforced on every event, so a
 * hostile page stops at the first element past one. What a person sees is what is read:
 *
 * - `<script>`, `<style>`, `<template>`, `<noscript>`, `<head>`, `<button>`, embedded objects and
 *   elements marked `hidden` or `display:none` contribute nothing;
 * - a `<select>` contributes the text of its selected `<option>` (none selected: blank; a
 *   placeholder option with `value=""` or the text `-`: blank);
 * - a `<textarea>` its text, an `<input>` its `value`; a link its text (and its `http(s)` target as
 *   the cell's hyperlink);
 * - entities are decoded once, as text: `&lt;table&gt;` is the text `<table>`, never markup;
 * - a table inside a cell is that cell's text (its rows on separate lines).
 *
 * Cell texts become values as Excel would read the page's English-formatted numbers
 * (html-export-cell-value.ts).
 */
import { decodeHTML } from 'entities/decode';
import { Parser } from 'htmlparser2';
import type { TableSheet, WorkbookTable } from '../table/table';
import { htmlCellValue } from './html-export-cell-value';
import { HtmlExportRefused, overLimit } from './html-export-errors';
import { HtmlSheetGrid } from './html-export-grid';
import type { HtmlReadLimits } from './html-export-limits';
import { HtmlText } from './html-export-text';

/** Elements whose content is not shown as text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'button', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'audio', 'video', 'datalist', 'map']);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul',
]);

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/** `<input type=…>` whose `value` is text a person typed. */
const TEXT_INPUTS = new Set(['', 'text', 'number', 'email', 'date', 'datetime-local', 'month', 'week', 'time', 'tel', 'url', 'search']);

const CHUNK = 64 * 1024;

export interface HtmlExportTable {
  /** One sheet; its `merges` are the ranges (`A1:D2`) the page's `rowspan`/`colspan` make. */
  readonly table: WorkbookTable;
  /** How many tables the page had (nested ones not counted). */
  readonly tables: number;
  /** How many rows the sheet has. */
  readonly rows: number;
}

export type HtmlExportParse = ({ readonly ok: true } & HtmlExportTable) | { readonly ok: false; readonly reason: string; readonly reasonEn: string };

/** The sheet's name: the file's, as Excel names the sheet of an opened web page (31 characters at most). */
export function htmlSheetName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31).trim();
  return base === '' ? 'Sheet1' : base;
}

function isHidden(attribs: Record<string, string>): boolean {
  return Object.hasOwn(attribs, 'hidden') || /display\s*:\s*none/i.test(attribs.style ?? '');
}

function isPlaceholderOption(text: string, attribs: Record<string, string>): boolean {
  return (Object.hasOwn(attribs, 'value') && attribs.value!.trim() === '') || /^[-–—\s]*$/.test(text);
}

/** The event handler: the page's elements → lines and table cells. */
class ExportReader {
  readonly grid: HtmlSheetGrid;
  private elements = 0;
  private attributes = 0;
  /** Open elements (mirrors the parser's stack); `skip`: it started a skipped region. */
  private readonly open: { name: string; skip: boolean }[] = [];
  private skipDepth = 0;
  private tableDepth = 0;
  private inCell = false;
  private cellAttributes: { colspan?: string; rowspan?: string } = {};
  private cellLink: string | undefined;
  private readonly lineText: HtmlText;
  private readonly cellText: HtmlText;
  private readonly strayText: HtmlText;
  private preDepth = 0;
  /**
   * A `<textarea>`'s raw text: htmlparser2 leaves entities in it undecoded (HTML decodes them),
   * so it is collected whole (an entity may straddle two chunks) and decoded at its end.
   */
  private textarea: string[] | undefined;
  private textareaLength = 0;
  // <select>
  private inSelect = false;
  private selectMultiple = false;
  private selected: string[] = [];
  private option: { text: HtmlText; selected: boolean; attribs: Record<string, string> } | undefined;

  constructor(private readonly limits: HtmlReadLimits) {
    this.grid = new HtmlSheetGrid(limits);
    this.lineText = new HtmlText(limits.maxCellChars);
    this.cellText = new HtmlText(limits.maxCellChars);
    this.strayText = new HtmlText(limits.maxCellChars);
  }

  /** Where text goes now. */
  private target(): HtmlText {
    if (this.inCell) return this.cellText;
    if (this.tableDepth > 0) return this.strayText;
    return this.lineText;
  }

  private flushLine(): void {
    if (!this.lineText.isEmpty()) this.grid.line(htmlCellValue(this.lineText.take()));
  }

  /** A line break where text goes now: outside tables each line is its own row. */
  private breakLine(): void {
    const target = this.target();
    if (target === this.lineText) this.flushLine();
    else target.newline();
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.grid.cell(htmlCellValue(this.cellText.take()), this.cellAttributes.colspan, this.cellAttributes.rowspan, this.cellLink);
    this.cellLink = undefined;
  }

  onopentagname(): void {
    this.elements += 1;
    this.attributes = 0;
    if (this.elements > this.limits.maxElements) throw overLimit({ id: 'jumlah elemen', en: 'the number of elements' }, this.limits.maxElements);
  }

  onattribute(): void {
    this.attributes += 1;
    if (this.attributes > this.limits.maxAttributes) throw overLimit({ id: 'jumlah atribut satu elemen', en: 'the number of attributes of one element' }, this.limits.maxAttributes);
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const skip = this.skipDepth === 0 && (SKIPPED.has(name) || isHidden(attribs));
    this.open.push({ name, skip });
    if (this.open.length > this.limits.maxDepth) throw overLimit({ id: 'kedalaman elemen bersarang', en: 'the nesting depth of elements' }, this.limits.maxDepth);
    if (skip) this.skipDepth += 1;
    if (this.skipDepth > 0) return;

    if (name === 'table') {
      if (this.tableDepth === 0) {
        this.flushLine();
        this.grid.startTable();
      } else this.breakLine();
      this.tableDepth += 1;
      return;
    }
    if (this.tableDepth === 1 && !this.inCell) {
      if (name === 'tr') this.grid.startRow();
      if (name === 'td' || name === 'th') {
        this.inCell = true;
        this.cellAttributes = { colspan: attribs.colspan, rowspan: attribs.rowspan };
      }
      if (name === 'tr' || name === 'td' || name === 'th' || ROW_GROUPS.has(name)) return;
    }
    if (this.tableDepth > 1 && (name === 'tr' || name === 'caption')) this.breakLine();
    if (this.tableDepth > 1 && (name === 'td' || name === 'th')) this.target().add(' ');
    if (name === 'br' || BLOCKS.has(name)) this.breakLine();
    if (name === 'pre') this.preDepth += 1;
    if (name === 'textarea') {
      this.textarea = [];
      this.textareaLength = 0;
    }
    if (name === 'a' && this.inCell && this.cellLink === undefined && /^https?:\/\//i.test((attribs.href ?? '').trim())) this.cellLink = attribs.href!.trim();
    if (name === 'input' && !this.inSelect && TEXT_INPUTS.has((attribs.type ?? '').trim().toLowerCase()) && attribs.value) {
      this.target().add(` ${attribs.value} `);
    }
    if (name === 'select') {
      this.inSelect = true;
      this.selectMultiple = Object.hasOwn(attribs, 'multiple');
      this.selected = [];
    }
    if (name === 'option' && this.inSelect) this.option = { text: new HtmlText(this.limits.maxCellChars), selected: Object.hasOwn(attribs, 'selected'), attribs };
  }

  onclosetag(name: string): void {
    const element = this.open.pop();
    if (element?.skip) {
      this.skipDepth -= 1;
      return;
    }
    if (this.skipDepth > 0) return;

    if (name === 'table') {
      this.tableDepth -= 1;
      if (this.tableDepth === 0) {
        this.endCell();
        this.grid.endTable();
        if (!this.strayText.isEmpty()) this.grid.line(htmlCellValue(this.strayText.take()));
      } else this.breakLine();
      return;
    }
    if (this.tableDepth === 1) {
      if ((name === 'td' || name === 'th') && this.inCell) return this.endCell();
      if (name === 'tr' && !this.inCell) return;
      if (ROW_GROUPS.has(name) && !this.inCell) return this.grid.endGroup();
    }
    if (name === 'option' && this.option) {
      const text = this.option.text.take();
      if (this.option.selected) this.selected.push(isPlaceholderOption(text, this.option.attribs) ? '' : text);
      this.option = undefined;
    }
    if (name === 'select' && this.inSelect) {
      this.inSelect = false;
      // A single select shows its last selected option, as browsers do; a multiple one all of them.
      const shown = this.selectMultiple ? this.selected.filter((t) => t !== '').join(', ') : (this.selected.at(-1) ?? '');
      if (shown !== '') this.target().add(` ${shown} `);
    }
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (name === 'textarea' && this.textarea) {
      const raw = this.textarea.join('');
      this.textarea = undefined;
      this.target().addPreformatted(` ${decodeHTML(raw)} `);
    }
    if (BLOCKS.has(name)) this.breakLine();
  }

  ontext(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.inSelect) {
      this.option?.text.add(text);
      return;
    }
    if (this.textarea) {
      this.textareaLength += text.length;
      if (this.textareaLength > this.limits.maxCellChars) throw overLimit({ id: 'panjang teks satu sel', en: 'the text of one cell' }, this.limits.maxCellChars);
      this.textarea.push(text);
      return;
    }
    if (this.preDepth > 0) this.target().addPreformatted(text);
    else this.target().add(text);
  }

  finish(): void {
    if (this.tableDepth > 0) {
      this.endCell();
      this.grid.endTable();
    }
    if (!this.strayText.isEmpty()) this.grid.line(htmlCellValue(this.strayText.take()));
    this.flushLine();
  }
}

export function parseHtmlExport(text: string, file: string, limits: HtmlReadLimits): HtmlExportParse {
  if (text.length > limits.maxChars) {
    return { ok: false, ...overLimitReason(overLimit({ id: 'panjang halaman (karakter)', en: 'the length of the page (characters)' }, limits.maxChars)) };
  }
  const reader = new ExportReader(limits);
  try {
    const parser = new Parser(
      {
        onopentagname: () => reader.onopentagname(),
        onattribute: () => reader.onattribute(),
        onopentag: (name, attribs) => reader.onopentag(name, attribs),
        onclosetag: (name) => reader.onclosetag(name),
        ontext: (data) => reader.ontext(data),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    for (let at = 0; at < text.length; at += CHUNK) parser.write(text.slice(at, at + CHUNK));
    parser.end();
    reader.finish();
  } catch (error) {
    if (error instanceof HtmlExportRefused) return { ok: false, ...overLimitReason(error) };
    throw error;
  }
  const sheet: TableSheet = { name: htmlSheetName(file), rows: reader.grid.rows, merges: reader.grid.mergeRanges() };
  return { ok: true, table: { file, sheets: [sheet] }, tables: reader.grid.tables, rows: reader.grid.rows.length };
}

function overLimitReason(error: HtmlExportRefused): { reason: string; reasonEn: string } {
  return { reason: error.reason, reasonEn: error.reasonEn };
}
