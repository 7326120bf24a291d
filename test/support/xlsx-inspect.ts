/**
 * Reads an .xlsx at the XML level, the way a spreadsheet application would see it: every cell with
 * its type, formula (if any), text and whether its format carries the quote prefix, and every
 * hyperlink target. For the injection checks of the consolidated workbook.
 */
import { strFromU8, unzipSync } from 'fflate';
import { tagAttributes, unescapeXml } from '../../pipeline/read/gate-xml-checks';

export interface InspectedCell {
  readonly sheet: string;
  readonly ref: string;
  /** The `t` attribute ('' = number). */
  readonly type: string;
  readonly formula?: string;
  /** The text the cell shows (shared or inline string, or the cached value). */
  readonly text: string;
  readonly quotePrefix: boolean;
}

export interface InspectedWorkbook {
  readonly cells: InspectedCell[];
  /** Hyperlink relationship targets, by sheet name. */
  readonly links: { readonly sheet: string; readonly target: string; readonly external: boolean }[];
}

const textOf = (xml: string): string => [...xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1]!)).join('');

/** Excel's `_xHHHH_` escapes (exceljs writes CR as `_x000D_`). */
const unescapeOoxml = (text: string): string => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function inspectXlsx(bytes: Uint8Array): InspectedWorkbook {
  const parts = unzipSync(bytes);
  const text = (name: string): string => (parts[name] ? strFromU8(parts[name]!) : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescapeOoxml(textOf(m[1]!)));
  const xfBlock = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text('xl/styles.xml'))?.[1] ?? '';
  const quote = [...xfBlock.matchAll(/<xf\b[^>]*>/g)].map((m) => /\bquotePrefix="1"/.test(m[0]));

  const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => tagAttributes(m[0])).map((a) => [a.get('Id')!, a.get('Target')!]));
  const cells: InspectedCell[] = [];
  const links: InspectedWorkbook['links'] = [];
  for (const sheetTag of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const attributes = tagAttributes(sheetTag[0]);
    const sheet = attributes.get('name')!;
    const target = rels.get(attributes.get('id')!)!.replace(/^\/?xl\//, '');
    const path = `xl/${target}`;
    const xml = text(path);
    for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = tagAttributes(`<c ${match[1]}>`);
      const body = match[2] ?? '';
      const type = a.get('t') ?? '';
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1] ?? (/<f\b[^>]*\/>/.test(body) ? '' : undefined);
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const shown = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? unescapeOoxml(textOf(body)) : unescapeXml(v ?? '');
      cells.push({ sheet, ref: a.get('r') ?? '', type, ...(formula !== undefined ? { formula: unescapeXml(formula) } : {}), text: shown, quotePrefix: quote[Number(a.get('s') ?? 0)] ?? false });
    }
    const relsXml = text(path.replace(/([^/]+)$/, '_rels/$1.rels'));
    for (const rel of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
      const r = tagAttributes(rel[0]);
      if (/\/hyperlink$/.test(r.get('Type') ?? '')) links.push({ sheet, target: r.get('Target') ?? '', external: r.get('TargetMode') === 'External' });
    }
  }
  return { cells, links };
}
