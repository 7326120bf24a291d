/**
 * The raw parse floor of one .xlsx: fflate unzip of the worksheets and the shared strings, then a
 * saxes SAX pass over each, keeping cell values only (shared strings resolved, inline strings,
 * numbers as text). No styles, no formulas, no table model: the least work any correct reader
 * must do, against which `sakip consolidate` is compared.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

export interface FloorCount {
  /** Rows holding at least one value, over every sheet. */
  readonly rows: number;
  /** Cells holding a value. */
  readonly cells: number;
  /** A number that depends on every value read, so no work can be skipped. */
  readonly checksum: number;
}

const decoder = new TextDecoder();

function sharedStringsOf(xml: string): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser({ position: false });
  let current = '';
  let inT = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'si') current = '';
    else if (tag.name === 't') inT = phonetic === 0;
    else if (tag.name === 'rPh') phonetic++;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'si') strings.push(current);
    else if (tag.name === 't') inT = false;
    else if (tag.name === 'rPh') phonetic--;
  });
  parser.on('text', (text) => {
    if (inT) current += text;
  });
  parser.write(xml).close();
  return strings;
}

function countSheet(xml: string, strings: readonly string[], acc: { rows: number; cells: number; checksum: number }): void {
  const parser = new SaxesParser({ position: false });
  let type = '';
  let text = '';
  let capture = false;
  let rowHasValue = false;
  parser.on('opentag', (tag) => {
    switch (tag.name) {
      case 'row':
        rowHasValue = false;
        break;
      case 'c':
        type = (tag.attributes['t'] as string | undefined) ?? 'n';
        text = '';
        break;
      case 'v':
      case 't':
        capture = true;
        break;
    }
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'v':
      case 't':
        capture = false;
        break;
      case 'c': {
        if (text === '') break;
        const value = type === 's' ? (strings[Number(text)] ?? '') : text;
        acc.cells++;
        acc.checksum = (acc.checksum + value.length) | 0;
        rowHasValue = true;
        break;
      }
      case 'row':
        if (rowHasValue) acc.rows++;
        break;
    }
  });
  parser.on('text', (chunk) => {
    if (capture) text += chunk;
  });
  parser.write(xml).close();
}

export function floorOfBytes(bytes: Uint8Array): FloorCount {
  const parts = unzipSync(bytes, { filter: (file) => file.name === SHARED_STRINGS || SHEET_PART.test(file.name) });
  const sst = parts[SHARED_STRINGS];
  const strings = sst ? sharedStringsOf(decoder.decode(sst)) : [];
  const acc = { rows: 0, cells: 0, checksum: 0 };
  for (const [name, data] of Object.entries(parts)) if (name !== SHARED_STRINGS) countSheet(decoder.decode(data), strings, acc);
  return acc;
}

export function addCounts(a: FloorCount, b: FloorCount): FloorCount {
  return { rows: a.rows + b.rows, cells: a.cells + b.cells, checksum: (a.checksum + b.checksum) | 0 };
}

export const ZERO_COUNT: FloorCount = { rows: 0, cells: 0, checksum: 0 };
