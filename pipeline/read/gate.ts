/**
 * The pre-parse gate: every input's bytes pass here before exceljs sees them. It either returns
 * the bytes to parse (rebuilt without defined names when the workbook had some) or throws a
 * GateError naming the refusal. Order: magic bytes → zip directory and declared sizes → every
 * part inflated with a bound → XML checks (DTD/ENTITY, sheet names, merge and used-range areas).
 * The limits are in gate-limits.ts.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ReadLimits } from './gate-limits';
import { checkMagic } from './gate-magic';
import { checkNoDtd, checkSheetPart, checkWorkbookPart, isXmlPart, mergeLimitError, stripDefinedNames } from './gate-parts';
import { GateError, megabytes, unreadable, unsupported } from './gate-refusal';
import { inflateEntry, listZipEntries, type ZipEntry } from './gate-zip';

export interface GatePassed {
  /** The bytes to hand to the parser: the original file, or a rebuilt zip when parts were neutralised. */
  readonly bytes: Uint8Array;
  /** Sheet names as `xl/workbook.xml` lists them. */
  readonly sheetNames: readonly string[];
  /** What the gate changed, for logs (e.g. `defined names removed`). */
  readonly neutralised: readonly string[];
}

/** Another Office/OpenDocument format in a zip, by its telltale part. */
function otherZipFormat(names: ReadonlySet<string>): ReturnType<typeof unsupported> | undefined {
  if (names.has('xl/workbook.bin')) return unsupported('Excel Binary (.xlsb)');
  if (names.has('word/document.xml')) return unsupported('Word (.docx)');
  if (names.has('ppt/presentation.xml')) return unsupported('PowerPoint (.pptx)');
  if (names.has('content.xml') && names.has('mimetype')) return unsupported('OpenDocument (.ods)');
  return undefined;
}

export function gateWorkbookBytes(bytes: Uint8Array, limits: ReadLimits): GatePassed {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new GateError(unreadable(`berkas terlalu besar (${megabytes(bytes.byteLength)}; batas ${megabytes(limits.maxFileBytes)})`, `file too large (${megabytes(bytes.byteLength)}; limit ${megabytes(limits.maxFileBytes)})`));
  }
  const magic = checkMagic(bytes);
  if (magic) throw new GateError(magic);

  const entries = listZipEntries(bytes, limits);
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (!names.has('xl/workbook.xml')) {
    throw new GateError(otherZipFormat(names) ?? unreadable('berkas zip ini bukan workbook Excel (xl/workbook.xml tidak ada)', 'this zip is not an Excel workbook (no xl/workbook.xml)'));
  }

  const decoder = new TextDecoder('utf-8');
  const contents = new Map<ZipEntry, Uint8Array>();
  const replaced = new Map<ZipEntry, Uint8Array>();
  const neutralised: string[] = [];
  let sheetNames: string[] = [];
  let merged = 0;
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry);
    contents.set(entry, data);
    if (!isXmlPart(entry.name)) continue;
    const xml = decoder.decode(data);
    checkNoDtd(entry.name, xml);
    if (xml.includes('<sheets') || xml.includes('<definedName')) {
      if (xml.includes('<sheets')) sheetNames = checkWorkbookPart(xml, limits);
      const stripped = stripDefinedNames(xml);
      if (stripped !== undefined) {
        replaced.set(entry, new TextEncoder().encode(stripped));
        neutralised.push(`defined names removed from ${entry.name}`);
      }
    }
    if (xml.includes('<mergeCell') || xml.includes('<dimension')) {
      merged += checkSheetPart(entry.name, xml, limits);
      if (merged > limits.maxMergedCells) throw mergeLimitError(merged, limits);
    }
  }
  if (replaced.size === 0) return { bytes, sheetNames, neutralised };

  // No prototype: a part named `__proto__` must stay a plain key.
  const files = Object.create(null) as Zippable;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    files[entry.name] = [replaced.get(entry) ?? contents.get(entry)!, { level: 0 }];
  }
  return { bytes: zipSync(files), sheetNames, neutralised };
}
