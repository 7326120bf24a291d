/**
 * Issue 15: the XML-level limits are enforced by the SAX reader's handlers as each part is parsed
 * (xlsx-part-limits.ts), not by a gate scan before it. One case per limit: the zip-level gate
 * (`gateZipParts`) lets the file through, the reader (`parseXlsxParts`) refuses it, and the refusal
 * is word for word the one the whole gate's scan gives (`gateWorkbookBytes`, the former path), in
 * both languages. The parts the reader does not parse ([Content_Types].xml, docProps, theme) are
 * still scanned, by the gate's scanner, within the same pass.
 */
import assert from 'node:assert/strict';
import { gateWorkbookBytes, gateZipParts } from '../../pipeline/read/gate';
import { readLimits, type ReadLimits } from '../../pipeline/read/gate-limits';
import { GateError } from '../../pipeline/read/gate-refusal';
import { parseXlsxParts } from '../../pipeline/read/xlsx-sax-reader';
import { editZip, smallWorkbookBytes } from './xlsx-files';

const SHEET = 'xl/worksheets/sheet1.xml';
const WORKBOOK = 'xl/workbook.xml';
const STRINGS = 'xl/sharedStrings.xml';

interface LimitCase {
  readonly limit: string;
  readonly edits: Record<string, (xml: string) => string>;
  readonly limits?: Partial<ReadLimits>;
  /** The refusal, Indonesian. */
  readonly message: RegExp;
  /** The zip-level gate refuses it (UTF-8, XInclude: checks that need no parse). */
  readonly atZipGate?: boolean;
}

const definedNames = (inner: string) => (xml: string) => xml.replace('</sheets>', `</sheets><definedNames>${inner}</definedNames>`);
const sheetTail = (tail: string) => (xml: string) => xml.replace('</sheetData>', `</sheetData>${tail}`);

const CASES: readonly LimitCase[] = [
  { limit: 'DTD in a parsed part (shared strings, XXE)', edits: { [STRINGS]: (x) => x.replace('<sst', '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst').replace('<t>Kode</t>', '<t>&xxe;</t>') }, message: /memuat deklarasi DTD\/ENTITY/ },
  { limit: 'DTD in the workbook part (billion laughs)', edits: { [WORKBOOK]: (x) => x.replace('<workbook', '<!DOCTYPE workbook [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><workbook') }, message: /memuat deklarasi DTD\/ENTITY/ },
  { limit: 'DTD in a sheet, without a parse error after it', edits: { [SHEET]: (x) => x.replace('<worksheet', '<!DOCTYPE worksheet><worksheet') }, message: /bagian xl\/worksheets\/sheet1\.xml memuat deklarasi DTD/ },
  { limit: 'ENTITY outside a DOCTYPE (malformed for saxes; the scanner says why)', edits: { [SHEET]: (x) => x.replace('<sheetData>', '<sheetData><!ENTITY x "y">') }, message: /DTD\/ENTITY/ },
  { limit: 'DTD in a part the reader does not parse ([Content_Types].xml)', edits: { '[Content_Types].xml': (x) => x.replace('<Types', '<!DOCTYPE Types SYSTEM "http://evil.example/x.dtd"><Types') }, message: /\[Content_Types\]\.xml memuat deklarasi DTD/ },
  { limit: 'XInclude', edits: { [SHEET]: (x) => x.replace('<worksheet ', '<worksheet xmlns:xi="http://www.w3.org/2001/XInclude" ') }, message: /XInclude/, atZipGate: true },
  { limit: 'UTF-8 only', edits: { [SHEET]: (x) => x.replace('encoding="UTF-8"', 'encoding="UTF-16"') }, message: /tidak berenkode UTF-8/, atZipGate: true },
  { limit: 'maxXmlElements', edits: {}, limits: { maxXmlElements: 10 }, message: /terlalu banyak elemen \(lebih dari 10\)/ },
  { limit: 'maxCells', edits: {}, limits: { maxCells: 1 }, message: /terlalu banyak sel \(lebih dari 1\)/ },
  { limit: 'maxSheetRows (real rows of a part)', edits: { [SHEET]: (x) => x.replace(/<dimension [^>]*\/>/, '') }, limits: { maxSheetRows: 0 }, message: /punya terlalu banyak baris/ },
  { limit: 'maxSheetRows (a used range past it)', edits: { [SHEET]: (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B900000"/>') }, message: /memakai baris 900000 \(rentang terpakai A1:B900000; batas 250\.000 baris\)/ },
  { limit: 'maxSheetCells', edits: { [SHEET]: (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1000"/>') }, message: /rentang terpakai A1:XFD1000 yang terlalu besar/ },
  { limit: 'maxMergedCells', edits: { [SHEET]: sheetTail('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>') }, message: /sel gabungan \(merge\) terlalu luas: 17179869184 sel/ },
  { limit: 'maxMergedCells (prefix, single quotes, `>` in a value)', edits: { [SHEET]: sheetTail(`<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" note="a>b"><x:mergeCell ref='A1:XFD1048576'/></x:mergeCells>`) }, message: /sel gabungan \(merge\) terlalu luas/ },
  { limit: 'maxMergedCells (unreadable ref)', edits: { [SHEET]: sheetTail('<mergeCells><mergeCell ref="nonsense"/></mergeCells>') }, message: /terlalu luas: tak terbaca sel/ },
  { limit: 'maxDefinedNameCells', edits: { [WORKBOOK]: definedNames('<definedName name="semua">Data!$1:$1048576</definedName>') }, message: /nama terdefinisi mencakup terlalu banyak sel/ },
  { limit: 'defined name length (Excel: 255)', edits: { [WORKBOOK]: definedNames(`<definedName name="${'N'.repeat(300)}">Data!$A$1</definedName>`) }, message: /nama terdefinisi terlalu panjang \(300 karakter; Excel membatasi 255\)/ },
  { limit: 'defined-name formula length (Excel: 8,192)', edits: { [WORKBOOK]: definedNames(`<definedName name="x">${'Data'.repeat(3000)}</definedName>`) }, message: /rumus nama terdefinisi "x" terlalu panjang \(12\.000 karakter/ },
  { limit: 'unsafe defined name', edits: { [WORKBOOK]: definedNames('<definedName name="__proto__">Data!$A$1</definedName>') }, message: /nama terdefinisi "__proto__" tidak aman/ },
  { limit: 'defined name on an unsafe sheet', edits: { [WORKBOOK]: definedNames("<definedName name=\"x\">'constructor'!$A$1</definedName>") }, message: /merujuk lembar "constructor" yang tidak aman/ },
  { limit: 'unsafe sheet name (character reference)', edits: { [WORKBOOK]: (x) => x.replace('name="Data"', 'name="&#95;_proto__"') }, message: /nama lembar "__proto__" tidak aman/ },
  { limit: 'maxSheets', edits: { [WORKBOOK]: (x) => x.replace('</sheets>', '<sheet sheetId="2" name="Dua" r:id="rId9"/></sheets>') }, limits: { maxSheets: 1 }, message: /terlalu banyak lembar \(lebih dari 1\)/ },
  { limit: 'malformed tag (200,000 characters of attribute garbage)', edits: { [SHEET]: (x) => x.replace(/<dimension ref="([^"]*)"\/>/, `<dimension ref="$1" ${'a'.repeat(200_000)}/>`) }, message: /bagian xl\/worksheets\/sheet1\.xml bukan XML yang sah: atribut tag <dimension> tidak terbaca/ },
];

function refusalOf(run: () => unknown): { id: string; en: string } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof GateError) || error.refusal.kind !== 'unreadable') throw error;
    return { id: error.refusal.reason, en: error.refusal.reasonEn };
  }
}

describe('issue 15: every XML limit is enforced during the one SAX pass, with the gate\'s message', () => {
  let valid: Uint8Array;
  before(async () => {
    valid = await smallWorkbookBytes();
  });

  it('reads the untouched workbook through gateZipParts and parseXlsxParts', () => {
    const table = parseXlsxParts(gateZipParts(valid, readLimits()), 'ok.xlsx');
    assert.equal(table.sheets[0]!.name, 'Data');
  });

  for (const c of CASES) {
    it(`${c.limit}: refused, word for word as the gate's scan refused it`, () => {
      const bytes = editZip(valid, c.edits);
      const limits = readLimits(c.limits);
      const before = refusalOf(() => gateWorkbookBytes(bytes, limits));
      assert.ok(before, 'the whole gate refuses it');
      assert.match(before.id, c.message);
      let now: { id: string; en: string } | undefined;
      if (c.atZipGate) {
        now = refusalOf(() => gateZipParts(bytes, limits));
      } else {
        const passed = gateZipParts(bytes, limits);
        now = refusalOf(() => parseXlsxParts(passed, 'x.xlsx', limits));
      }
      assert.deepEqual(now, before);
    });
  }
});
