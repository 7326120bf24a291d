/**
 * The styles part (`xl/styles.xml`): number formats, fonts, fills, cell formats and the
 * conditional formats' differential styles, each registered once and referred to by index.
 * Every attribute comes from a typed value (ooxml-types.ts); every string passes xmlText.
 */
import type { Alignment, CellIsRule, Fill, Font } from './cell-model';
import { boundedInteger } from './ooxml-types';
import { NS_MAIN, XML_HEAD } from './xml-names';
import { xmlText } from './xml-text';

const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const TEXT_FORMAT_ID = 49;

/** What a cell format is made of; `unlocked` cells stay editable on a protected sheet. */
export interface CellStyle {
  readonly numFmt: string | undefined;
  readonly font: Font | undefined;
  readonly fill: Fill | undefined;
  readonly alignment: Alignment | undefined;
  readonly unlocked: boolean;
}

function fontXml(font: Font): string {
  return `<font>${font.bold ? '<b/>' : ''}${font.underline ? '<u/>' : ''}${font.color ? `<color rgb="${font.color.argb}"/>` : ''}</font>`;
}

const fillXml = (fill: Fill): string => `<fill><patternFill patternType="${fill.pattern}"><fgColor rgb="${fill.fgColor.argb}"/></patternFill></fill>`;

function alignmentXml(a: Alignment | undefined): string {
  if (!a) return '';
  const indent = a.indent ? boundedInteger(a.indent, 0, 255, 'indent') : 0;
  const attributes = `${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}${indent ? ` indent="${indent}"` : ''}`;
  return attributes ? `<alignment${attributes}/>` : '';
}

/** The workbook's cell formats, fonts, fills, number formats and conditional-format styles. */
export class Styles {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([['', 0]]);
  private readonly fills = new Map<string, number>([
    ['none', 0],
    ['gray125', 1],
  ]);
  private readonly xfs = new Map<string, number>([['0,0,0,0,0', 0]]);
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly dxfs: string[] = [];
  private readonly alignments = new Map<string, number>([['', 0]]);
  /** Font, fill or alignment object → its index, so a shared object's XML is made once. */
  private readonly partIds = new WeakMap<object, number>();
  private last: (CellStyle & { id: number }) | undefined;

  private numFmtId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(format);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(format, id);
    }
    return id;
  }

  private fontId(font: Font | undefined): number {
    return font ? this.partId(font, this.fonts, fontXml) : 0;
  }

  /** An index of the alignment's XML (0: none); only for telling styles apart. */
  private alignmentId(alignment: Alignment | undefined): number {
    return alignment ? this.partId(alignment, this.alignments, alignmentXml) : 0;
  }

  private fillId(fill: Fill | undefined): number {
    return fill ? this.partId(fill, this.fills, fillXml) : 0;
  }

  /** The index of `part`'s XML in `table` (added when new), remembered for the object itself. */
  private partId<T extends object>(part: T, table: Map<string, number>, xmlOf: (part: T) => string): number {
    const known = this.partIds.get(part);
    if (known !== undefined) return known;
    const xml = xmlOf(part);
    let id = table.get(xml);
    if (id === undefined) {
      id = table.size;
      table.set(xml, id);
    }
    this.partIds.set(part, id);
    return id;
  }

  /**
   * The cellXfs index of a style (0: no style). Asked for every styled cell written (5 million in
   * a 1,000-workbook consolidation): the style's parts are looked up by object identity first
   * (the sheets share their font, fill and alignment objects), so a cell costs a few map look-ups.
   */
  id(style: CellStyle): number {
    const last = this.last;
    if (last && last.numFmt === style.numFmt && last.font === style.font && last.fill === style.fill && last.alignment === style.alignment && last.unlocked === style.unlocked) return last.id;
    const n = this.numFmtId(style.numFmt);
    const f = this.fontId(style.font);
    const l = this.fillId(style.fill);
    const a = this.alignmentId(style.alignment);
    const key = `${n},${f},${l},${a},${style.unlocked ? 1 : 0}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(key, id);
      const alignment = alignmentXml(style.alignment);
      const p = style.unlocked ? '<protection locked="0"/>' : '';
      const applied = `${n ? ' applyNumberFormat="1"' : ''}${f ? ' applyFont="1"' : ''}${l ? ' applyFill="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}${p ? ' applyProtection="1"' : ''}${n === TEXT_FORMAT_ID ? ' quotePrefix="1"' : ''}`;
      const head = `<xf numFmtId="${n}" fontId="${f}" fillId="${l}" borderId="0" xfId="0"${applied}`;
      this.xfXml.push(alignment || p ? `${head}>${alignment}${p}</xf>` : `${head}/>`);
    }
    this.last = { numFmt: style.numFmt, font: style.font, fill: style.fill, alignment: style.alignment, unlocked: style.unlocked, id };
    return id;
  }

  /** A conditional format's differential style; returns its dxfId. */
  dxf(style: CellIsRule['style']): number {
    this.dxfs.push(
      `<dxf><font>${style.font.bold ? '<b/>' : ''}${style.font.color ? `<color rgb="${style.font.color.argb}"/>` : ''}</font><fill><patternFill patternType="solid"><fgColor rgb="${style.fill.argb}"/><bgColor rgb="${style.fill.argb}"/></patternFill></fill></dxf>`,
    );
    return this.dxfs.length - 1;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    const fonts = [...this.fonts.keys()].map((xml, i) => (i === 0 ? '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' : xml));
    const fills = [...this.fills.keys()].map((xml, i) => (i < 2 ? `<fill><patternFill patternType="${xml}"/></fill>` : xml));
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}" x14ac:knownFonts="1">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}
