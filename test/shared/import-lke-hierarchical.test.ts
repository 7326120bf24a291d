/** Hierarchical LKE (Trenggalek shape): read into the typed OPD model and scored as the file scores itself. */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { numberingDepth, isPlaceholder } from '../../shared/import/lke-hierarchical';
import { readAnyWorkbook } from '../../shared/import/read-foreign-workbook';
import { FOREIGN_LKE_SCORE, foreignLke, foreignLkeTable } from '../support/foreign-lke-fixture';

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-4, `${what}: ${actual} ≠ ${expected}`);

describe('import: hierarchical LKE', () => {
  it('reads components, sub-components (a 4th, Capaian), criteria, documents and weights as fractions of 1', () => {
    const read = readAnyWorkbook(foreignLkeTable(foreignLke()));
    const lke = read.imported?.lke;
    assert.ok(lke);
    assert.deepEqual(read.imported!.sheets.map((s) => [s.sheet, s.layout]), [['PENILAIAN', 'lke-hierarki']]);
    assert.deepEqual(
      lke.model.components.map((c) => [c.name, c.weight, c.subComponents.map((s) => `${s.name} ${s.weight}`)]),
      [
        ['Perencanaan Kinerja', 60, ['Pemenuhan 20', 'Kualitas 40']],
        ['Evaluasi Internal', 40, ['Pemenuhan 10', 'Kualitas 10', 'Pemanfaatan 10', 'Capaian 10']],
      ],
    );
    assert.deepEqual(lke.model.criteria.map((c) => `${c.code} ${c.type}${c.perDokumen ? ' per dokumen' : ''}`), [
      '1.1.1 Y/T per dokumen',
      '1.1.2 Y/T per dokumen',
      '1.2.1 A-D',
      '1.2.2 A-D',
      '2.1.1 Y/T per dokumen',
      '2.2.1 A-D',
      '2.3.1 A-D',
      '2.4.1 A-D',
    ]);
    assert.equal(lke.fileCodes.get('REN002.1'), '1.2.1');
    const a21 = read.workbook.lke!.find((e) => e.kode === '1.2.1')!;
    assert.deepEqual(a21.evaluator, { jawaban: 'A', catatan: '' }, 'the last filled evaluator stage is the evaluator answer');
    assert.deepEqual(read.workbook.lke!.find((e) => e.kode === '1.1.2')!.dokumen!.map((d) => [d.nama, d.jawaban, d.bobot]), [
      ['DPA', 'Y', 1],
      ['RKA', '', 1],
      ['KAK (jika ada)', 'T', 0],
    ]);
  });

  it('scores it as the file does; placeholders are unanswered, not errors', () => {
    const assessment = assessOpdWorkbook(foreignLkeTable(foreignLke()));
    assert.deepEqual(assessment.score.components.length, 2);
    FOREIGN_LKE_SCORE.components.forEach((points, i) => close(assessment.score.components[i]!.score, points, `component ${i + 1}`));
    close(assessment.score.total, FOREIGN_LKE_SCORE.total, 'total');
    assert.equal(assessment.findings.filter((f) => f.severity === 'error').length, 0, 'no errors');
    assert.deepEqual(
      assessment.findings.filter((f) => f.code === 'LKE_UNANSWERED').map((f) => f.cell),
      ['J16', 'J24'],
    );
    assert.ok(assessment.findings.some((f) => f.code === 'IMPORT_LAYOUT_DETECTED' && f.sheet === 'PENILAIAN'));
    assert.ok(assessment.findings.some((f) => f.code === 'IMPORT_MODEL_FROM_FILE'));
    assert.equal(assessment.findings.filter((f) => f.code === 'IMPORT_SUBTOTAL_DIFFERS').length, 0);
  });

  it("follows the file's own sub-component figures, and names a subtotal the answers contradict", () => {
    const assessment = assessOpdWorkbook(foreignLkeTable(foreignLke({ missingSubtotal: '2.4' })));
    close(assessment.score.total, FOREIGN_LKE_SCORE.total - 10, 'the file leaves Capaian out');
    close(assessment.recomputedScore!.total, FOREIGN_LKE_SCORE.total, 'the answers');
    const differs = assessment.findings.filter((f) => f.code === 'IMPORT_SUBTOTAL_DIFFERS');
    assert.deepEqual(differs.map((f) => f.params), [{ subcomponent: '2.4', name: 'Capaian', file: 0, computed: 10 }]);
  });

  it('without subtotals in the file, scores the answers', () => {
    const assessment = assessOpdWorkbook(foreignLkeTable(foreignLke({ subtotals: false })));
    close(assessment.score.total, FOREIGN_LKE_SCORE.total, 'total');
    assert.equal(assessment.recomputedScore, undefined);
  });

  it('types rows by numbering and tells placeholders', () => {
    assert.deepEqual(['A', 'A.1', 'A.1.1', '1', '1.a', '1.a.1', 'B. Pengukuran Kinerja', 'AREN001.1', 'AREN001'].map(numberingDepth), [1, 2, 3, 1, 2, 3, 1, 3, undefined]);
    assert.deepEqual(['Y/T', 'A/B/C/D', ' a / b / c / d ', 'Y', 'B', 'MEMADAI'].map(isPlaceholder), [true, true, true, false, false, false]);
  });
});
