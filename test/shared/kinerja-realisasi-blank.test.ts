/**
 * Monthly data gaps: a blank realisasi for the reporting month is a warning at its cell (for a
 * Kumulatif indicator, every blank month up to it), saying from which month the capaian comes.
 * "BAPPEDA reports only up to April in June" is flagged.
 */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { findingMessage } from '../../shared/findings/make-finding';
import { baseFixture, fixtureTable, indicatorRow } from '../support/opd-fixture';

function june(realisasi: Record<string, unknown[]>, agregasi: Record<string, string> = {}) {
  const fixture = baseFixture();
  fixture.profil = fixture.profil.map((row) => (row[0] === 'Periode' ? ['Periode', 'Juni'] : row));
  fixture.kinerja = [fixture.kinerja[0]!, ...Object.entries(realisasi).map(([kode, values]) => indicatorRow(kode, { realisasi: values, agregasi: agregasi[kode] ?? 'Akhir', target: 100 }))];
  return assessOpdWorkbook(fixtureTable(fixture), { period: { year: 2025, month: 6 } });
}
const blanks = (assessment: ReturnType<typeof june>) =>
  assessment.findings.filter((f) => f.code === 'KINERJA_REALISASI_BLANK').map((f) => `${f.cell} ${f.severity} ${findingMessage(f, 'id')}`);

describe('blank realisasi of the reporting month (KINERJA_REALISASI_BLANK)', () => {
  it('flags an OPD that reports only up to April in June, and says the capaian comes from April', () => {
    const assessment = june({ IK1: [80, 85, 90, 92], IK2: [10, 10, 10, 10] }, { IK2: 'Kumulatif' });
    assert.deepEqual(blanks(assessment), [
      'Z2 warning Realisasi Jun indikator IK1 kosong; capaian dihitung dari realisasi sampai Apr',
      'Y3 warning Realisasi Mei indikator IK2 kosong (indikator Kumulatif: realisasi setiap bulan sampai Jun dijumlahkan); capaian dihitung dari realisasi sampai Apr',
      'Z3 warning Realisasi Jun indikator IK2 kosong (indikator Kumulatif: realisasi setiap bulan sampai Jun dijumlahkan); capaian dihitung dari realisasi sampai Apr',
    ]);
    assert.equal(assessment.rejected, false);
  });

  it('flags a Kumulatif indicator\'s gap before the period; an indicator never reported has no capaian', () => {
    assert.deepEqual(blanks(june({ IK1: [80, '', 90, 92, 95, 97] }, { IK1: 'Kumulatif' })), [
      'V2 warning Realisasi Feb indikator IK1 kosong (indikator Kumulatif: realisasi setiap bulan sampai Jun dijumlahkan)',
    ]);
    assert.deepEqual(blanks(june({ IK1: [80, '', 90, 92, 95, 97] })), []);
    assert.deepEqual(blanks(june({ IK1: [] })), ['Z2 warning Realisasi Jun indikator IK1 kosong; belum ada capaian']);
  });
});
