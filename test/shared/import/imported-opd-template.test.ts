/**
 * importedOpdTemplate (sakip import's core): a foreign workbook with an LKE, a performance tree
 * and a recommendations table becomes the own template; read back as a SAKIP Kit workbook, it
 * holds the same answers, tree and recommendations.
 */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../../shared/assess/assess-opd';
import { importedOpdTemplate } from '../../../shared/import/imported-opd-template';
import { readAnyWorkbook } from '../../../shared/import/read-foreign-workbook';
import { MODEL_88_2021 } from '../../../shared/models/model-88-2021';
import { sheetFromGrid } from '../../../shared/table/from-grid';
import type { SheetTemplate } from '../../../shared/template/opd-template';
import type { WorkbookTable } from '../../../shared/table/table';
import { foreignLkeTable, modelShapedLke } from '../../support/foreign-lke-fixture';

const POHON = [
  ['Tujuan', 'Sasaran', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Penanggung Jawab'],
  ['Meningkatnya derajat kesehatan', 'Menurunnya angka kesakitan', 'Program Pencegahan Penyakit', 'Imunisasi dasar', 'Layanan imunisasi', 'Seksi P2'],
  ['', '', '', '', 'Sweeping imunisasi', 'Seksi P2'],
];
const REKOMENDASI = [
  ['No', 'Rekomendasi', 'Tindak Lanjut', 'Status'],
  [1, 'Perbaiki IKU agar berorientasi hasil', 'Reviu IKU', 'Tuntas'],
  [2, 'Susun cascading kinerja', '', 'Baru'],
];

/** The written sheets as a table (formulas left blank: no host computed them). */
const asTable = (sheets: readonly SheetTemplate[]): WorkbookTable => ({
  file: 'hasil.xlsx',
  sheets: sheets.map((s) => sheetFromGrid(s.name, s.rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? null : cell))))),
});

describe('import: the own template from a foreign workbook', () => {
  const answers = { '1.1.1': 'Y', '1.1.2': 'T', '1.2.1': 'A' };
  const foreign = foreignLkeTable(modelShapedLke(MODEL_88_2021, answers), 'kke.xlsx', [
    { name: 'Pohon', grid: POHON },
    { name: 'Tindak Lanjut', grid: REKOMENDASI },
  ]);
  const assessment = assessOpdWorkbook(foreign, {}, readAnyWorkbook(foreign, { flags: { kodeOpd: 'DINKES', tahun: 2025, periode: { month: 5 } } }));
  const converted = importedOpdTemplate(assessment, MODEL_88_2021);

  it('Profil, LKE answers, Pohon Kinerja and Rekomendasi read back as they were read from the foreign file', () => {
    assert.ok(converted.ok);
    const back = assessOpdWorkbook(asTable(converted.sheets));
    assert.equal(back.imported, undefined, 'read as a SAKIP Kit workbook');
    assert.deepEqual([back.workbook.profil?.kodeOpd, back.workbook.profil?.tahun, back.workbook.profil?.periode.month, back.workbook.profil?.model], ['DINKES', 2025, 5, '88/2021']);
    assert.deepEqual([...back.answers], [...assessment.answers]);
    const tree = (nodes: typeof back.workbook.pohon) => nodes.map((n) => [n.kode, n.kodeInduk, n.level, n.uraian, n.penanggungJawab]);
    assert.equal(assessment.workbook.pohon.length, 6);
    assert.deepEqual(tree(back.workbook.pohon), tree(assessment.workbook.pohon));
    const recs = (list: typeof back.workbook.rekomendasi) => list.map((r) => [r.no, r.rekomendasi, r.tindakLanjut, r.status]);
    assert.deepEqual(recs(back.workbook.rekomendasi), [['1', 'Perbaiki IKU agar berorientasi hasil', 'Reviu IKU', 'Selesai'], ['2', 'Susun cascading kinerja', '', 'Belum']]);
    assert.deepEqual(recs(back.workbook.rekomendasi), recs(assessment.workbook.rekomendasi));
    assert.deepEqual(back.findings.filter((f) => f.severity === 'error'), []);
  });
});
