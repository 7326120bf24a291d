/**
 * Links from the Temuan sheet to the source file and cell. A relative link (from the folder of
 * the consolidated workbook), so that the output and the input folder can be moved or shared
 * together; both Excel and LibreOffice resolve it against the workbook's own location. The cell
 * part is `'Sheet'!A1`; the workbook writer (xlsx/) splits it into the hyperlink's `location`, which is how
 * OOXML addresses a place inside a linked file.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const encodeSegment = (segment: string): string => encodeURIComponent(segment).replace(/'/g, '%27').replace(/!/g, '%21');

/** The link to `sourcePath` from a workbook at `outPath`. */
export function fileLink(outPath: string, sourcePath: string): string {
  const rel = relative(dirname(outPath), sourcePath);
  // On Windows, another drive has no relative path: use an absolute file URL.
  if (isAbsolute(rel)) return pathToFileURL(sourcePath).href;
  return rel.split(sep).map((s) => (s === '..' ? s : encodeSegment(s))).join('/');
}

/** `'Sheet Name'!C7` (quotes doubled inside); the sheet's top-left cell when no cell is known. */
export function placeIn(sheet: string, cell: string | undefined): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}`;
}

export function findingLink(outPath: string, sourcePath: string, sheet: string | undefined, cell: string | undefined): string {
  const file = fileLink(outPath, sourcePath);
  return sheet === undefined ? file : `${file}#${placeIn(sheet, cell)}`;
}
