import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { parseAggregation, parsePolarity } from '../../shared/capaian';
import { MODEL_12_2015 } from '../../shared/models/model-12-2015';
import { DEFAULT_MODEL } from '../../shared/models/registry';
import { OPD_SHEETS } from '../../shared/parse/opd-format';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { address } from '../../shared/table/address';
import type { TableCell, TableSheet, WorkbookTable } from '../../shared/table/table';
import { valueOf } from '../../shared/table/from-grid';
import { kinerjaHeaders, opdTemplate, type SheetTemplate, type TemplateCell } from '../../shared/template/opd-template';

/** The template as the core's table form; `fill` puts values into cells (row, column 1-based). */
function asSheet(template: SheetTemplate, fill: Record<string, unknown> = {}): TableSheet {
  const rows: (TableCell | undefined)[][] = template.rows.map((row, r) =>
    row.map((raw: TemplateCell, c) => {
      const at = address(r + 1, c + 1);
      if (raw !== null && typeof raw === 'object') return { address: at, value: valueOf(''), formula: raw.formula };
      return { address: at, value: valueOf(raw) };
    }),
  );
  for (const [a1, raw] of Object.entries(fill)) {
    const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const column = match[1]!.charCodeAt(0) - 64;
    const row = Number(match[2]);
    (rows[row - 1] ??= [])[column - 1] = { address: a1, value: valueOf(raw) };
  }
  return { name: template.name, rows };
}

describe('OPD template (shared description of the sheets)', () => {
  const sheets = opdTemplate({ dataRows: 20 });
  const byName = new Map(sheets.map((s) => [s.name, s]));

  it('describes every OPD sheet, in workbook order, each with a frozen header row', () => {
    assert.deepEqual(
      sheets.map((s) => s.name),
      [OPD_SHEETS.profil, OPD_SHEETS.lke, OPD_SHEETS.kinerja, OPD_SHEETS.pohon, OPD_SHEETS.rekomendasi],
    );
    for (const sheet of sheets) {
      assert.equal(sheet.frozenRows, 1, sheet.name);
      assert.equal(sheet.headerRow, 1, sheet.name);
      assert.equal(sheet.columnWidths.length, sheet.rows[0]!.length, `${sheet.name} widths`);
    }
  });

  it('lists every criterion of the model in LKE with a SAKIP.ANSWER formula in Nilai', () => {
    const lke = byName.get('LKE')!;
    assert.deepEqual(lke.rows[0], ['Kode', 'Uraian', 'Jawaban', 'Nilai', 'Catatan', 'Bukti Dukung']);
    const codes = lke.rows.map((row) => row[0]);
    for (const c of DEFAULT_MODEL.criteria) {
      const r = codes.indexOf(c.code);
      assert.ok(r > 0, c.code);
      assert.deepEqual(lke.rows[r]![3], { formula: `SAKIP.ANSWER(C${r + 1},"${c.type}")` });
      assert.equal(lke.rows[r]![1], c.text);
    }
    const other = opdTemplate({ model: MODEL_12_2015 }).find((s) => s.name === 'LKE')!;
    assert.equal(other.rows.filter((row) => typeof row[0] === 'string' && row[0].split('.').length === 3).length, MODEL_12_2015.criteria.length);
  });

  it('puts an answer dropdown on every criterion row, with the answers of its type', () => {
    const lke = byName.get('LKE')!;
    const covered = new Map<number, readonly string[]>();
    for (const v of lke.validations) {
      assert.equal(v.column, 3);
      assert.equal(v.allowOther, false);
      for (let r = v.fromRow; r <= v.toRow; r++) covered.set(r, v.list);
    }
    lke.rows.forEach((row, i) => {
      const criterion = DEFAULT_MODEL.criteria.find((c) => c.code === row[0]);
      if (!criterion) return assert.equal(covered.has(i + 1), false, `heading row ${i + 1}`);
      const list = covered.get(i + 1);
      assert.ok(list, `row ${i + 1}`);
      for (const answer of list) assert.equal(parseAnswer(answer, criterion.type).kind, 'valid', `${criterion.code} ${answer}`);
    });
    assert.ok(lke.validations.length < DEFAULT_MODEL.criteria.length, 'runs of one type share a dropdown');
  });

  it('has Kinerja headers with monthly targets and realisasi, and dropdowns the parser accepts', () => {
    const kinerja = byName.get('Kinerja')!;
    const headers = kinerja.rows[0]!;
    assert.deepEqual(headers, kinerjaHeaders());
    assert.ok(headers.includes('Target Jan') && headers.includes('Target Des') && headers.includes('Realisasi Des'));
    assert.equal(headers.length, 8 + 24);
    const list = (header: string) => kinerja.validations.find((v) => v.column === headers.indexOf(header) + 1)!;
    for (const p of list('Polaritas').list) assert.ok(parsePolarity(p), p);
    for (const a of list('Agregasi').list) assert.ok(parseAggregation(a), a);
    assert.deepEqual(list('IKU').list, ['Ya', 'Tidak']);
    assert.deepEqual([list('IKU').fromRow, list('IKU').toRow], [2, 21]);
    assert.deepEqual(byName.get('Rekomendasi')!.validations.map((v) => v.list), [['Belum', 'Proses', 'Selesai']]);
    assert.deepEqual(byName.get('Pohon Kinerja')!.validations[0]!.list, ['Tujuan', 'Sasaran', 'Outcome Antara', 'Outcome Langsung', 'Output']);
  });

  it('reads back through the core without errors once filled from its own dropdowns', () => {
    const profil = byName.get('Profil')!;
    const labelRow = (label: string) => profil.rows.findIndex((row) => row[0] === label) + 1;
    const lke = byName.get('LKE')!;
    const answers: Record<string, unknown> = {};
    for (const v of lke.validations) for (let r = v.fromRow; r <= v.toRow; r++) answers[`C${r}`] = v.list[0];
    const kinerja = byName.get('Kinerja')!;
    const headers = kinerja.rows[0] as string[];
    const col = (h: string) => String.fromCharCode(65 + headers.indexOf(h));
    const table: WorkbookTable = {
      file: 'template.xlsx',
      sheets: [
        asSheet(profil, { [`B${labelRow('Kode OPD')}`]: 'DINKES', [`B${labelRow('Nama OPD')}`]: 'Dinas Kesehatan', [`B${labelRow('Tahun')}`]: 2025, [`B${labelRow('Periode')}`]: 'Januari' }),
        asSheet(lke, answers),
        asSheet(kinerja, { A2: 'IK1', B2: 'Indikator', [`${col('Polaritas')}2`]: 'Positif', [`${col('Target')}2`]: 100, [`${col('IKU')}2`]: 'Ya', [`${col('Realisasi Jan')}2`]: 90 }),
        asSheet(byName.get('Pohon Kinerja')!),
        asSheet(byName.get('Rekomendasi')!),
      ],
    };
    const assessment = assessOpdWorkbook(table);
    const errors = assessment.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors, []);
    assert.equal(assessment.rejected, false);
    assert.equal(assessment.score.unanswered, 0);
    assert.equal(assessment.grade.ok && assessment.grade.predikat, 'AA');
  });
});
