/**
 * No longer on the consolidation's write path: the streaming writer (xlsx-stream.ts) writes both
 * directly. Kept for packages written with exceljs. Two things exceljs cannot write, patched into
 * its output package:
 * - the quote prefix (`quotePrefix="1"`) on the cell formats in the Text format (`@`), which
 *   safe-text.ts gives to every formula-like text copied from a submission;
 * - links into another file at a place: a hyperlink whose target is `file.xlsx#'Sheet'!A1` is
 *   split into the relationship target `file.xlsx` and the hyperlink's `location`
 *   `'Sheet'!A1`, the OOXML form Excel and LibreOffice both follow.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const TEXT_FORMAT_ID = '49';

export function addQuotePrefix(stylesXml: string): string {
  return stylesXml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(/<xf\b([^>]*?)(\/?)>/g, (tag, attributes: string, selfClosing: string) =>
      new RegExp(`\\bnumFmtId="${TEXT_FORMAT_ID}"`).test(attributes) && !/\bquotePrefix=/.test(attributes) ? `<xf${attributes} quotePrefix="1"${selfClosing}>` : tag,
    ),
  );
}

/** Splits `#fragment` targets of a sheet's hyperlink relationships into hyperlink locations. */
export function splitLinkLocations(sheetXml: string, relsXml: string): { sheetXml: string; relsXml: string } {
  const fragments = new Map<string, string>();
  const rels = relsXml.replace(/<Relationship\b[^>]*\/>/g, (tag) => {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (!id || !target || !/\/hyperlink"/.test(tag)) return tag;
    const hash = target.indexOf('#');
    if (hash <= 0) return tag;
    fragments.set(id, target.slice(hash + 1));
    return tag.replace(`Target="${target}"`, `Target="${target.slice(0, hash)}"`);
  });
  if (fragments.size === 0) return { sheetXml, relsXml };
  const sheet = sheetXml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1];
    const fragment = id === undefined ? undefined : fragments.get(id);
    if (fragment === undefined) return tag;
    const withoutLocation = tag.replace(/\s+location="[^"]*"/, '');
    return withoutLocation.replace(/\/>$/, ` location="${fragment}"/>`);
  });
  return { sheetXml: sheet, relsXml: rels };
}

export function postProcessWorkbook(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const text = (name: string): string | undefined => (files[name] ? strFromU8(files[name]!) : undefined);
  const styles = text('xl/styles.xml');
  if (styles !== undefined) files['xl/styles.xml'] = strToU8(addQuotePrefix(styles));
  for (const name of Object.keys(files)) {
    const match = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(name);
    if (!match) continue;
    const relsName = `xl/worksheets/_rels/${match[1]}.rels`;
    const rels = text(relsName);
    if (rels === undefined) continue;
    const patched = splitLinkLocations(text(name)!, rels);
    files[name] = strToU8(patched.sheetXml);
    files[relsName] = strToU8(patched.relsXml);
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable, { mtime: new Date('2000-01-01T00:00:00Z') });
}
