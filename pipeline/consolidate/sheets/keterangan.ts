/**
 * Sheet `Keterangan`: what the consolidation is (city, year, period, model, bound mode, inputs)
 * and how the evaluator columns work. The next month's carry-over reads `Periode` from here.
 * No run time: the same inputs give the same cells (the run time is in the file's properties).
 */
import { PREDIKAT_TABLE } from '../../../shared';
import { CONSOLIDATED_SHEETS, KETERANGAN_LABELS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { setText } from '../safe-text';
import type { StreamingWorkbook } from '../xlsx';

const NOTES = [
  'Cara memakai workbook ini',
  '1. Evaluator mengisi kolom Jawaban Evaluator (pilih dari daftar) dan Catatan Evaluator di lembar LKE.',
  '2. Nilai Akhir = nilai Jawaban Evaluator bila diisi, selain itu Nilai OPD. Poin = Nilai Akhir × Bobot Kriteria (bobot subkomponen ÷ jumlah kriterianya).',
  '3. Nilai Evaluator di Ringkasan = jumlah Poin OPD itu (rumus langsung; dihitung ulang saat jawaban diubah). Predikat Evaluator memakai nilai yang dibulatkan ke 2 desimal.',
  '4. Peringkat mengurutkan OPD yang dinilai menurut Nilai Evaluator (nilai sama, peringkat sama).',
  '5. Perlu Ditinjau = Ya: OPD mengubah jawabannya sejak jawaban evaluator dibuat; tinjau kembali.',
  '6. Bulan berikutnya, berikan workbook ini sebagai --previous: semua jawaban dan catatan evaluator dibawa. Entri yang barisnya tidak ada disimpan di Arsip Evaluator dan dikembalikan bila barisnya muncul lagi.',
];

export function writeKeterangan(workbook: StreamingWorkbook, c: Consolidation): void {
  const sheet = workbook.addSheet(CONSOLIDATED_SHEETS.keterangan, { columns: [{ width: 26 }, { width: 90 }], protect: true });
  const pairs: [string, string | number][] = [
    [KETERANGAN_LABELS.namaKota, c.city.namaKota],
    [KETERANGAN_LABELS.tahun, c.city.tahun],
    [KETERANGAN_LABELS.periode, c.periode],
    [KETERANGAN_LABELS.model, c.city.model.id],
    [KETERANGAN_LABELS.modelDasar, c.city.model.baseModel ?? c.city.model.id],
    [KETERANGAN_LABELS.batasPredikat, c.city.boundMode],
    [KETERANGAN_LABELS.konfigurasi, c.city.file],
    [KETERANGAN_LABELS.sebelumnya, c.previousFile ?? ''],
    [KETERANGAN_LABELS.nomorLhe, c.city.lhe?.nomorLhe ?? ''],
    [KETERANGAN_LABELS.penandaTangan, c.city.lhe?.penandaTangan ?? ''],
    [KETERANGAN_LABELS.nip, c.city.lhe?.nip ?? ''],
    [KETERANGAN_LABELS.jabatan, c.city.lhe?.jabatan ?? ''],
    [KETERANGAN_LABELS.tempat, c.city.lhe?.tempat ?? ''],
  ];
  pairs.forEach(([label, value], i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    if (typeof value === 'number') row.getCell(2).value = value;
    else setText(row.getCell(2), value);
  });
  let r = pairs.length + 2;
  const op = c.city.boundMode === 'inklusif' ? '≥' : '>';
  sheet.getCell(r, 1).value = 'Predikat';
  sheet.getCell(r, 1).font = { bold: true };
  for (const band of PREDIKAT_TABLE) {
    sheet.getCell(r, 2).value = band.threshold === 0 ? `${band.predikat}: ${c.city.boundMode === 'inklusif' ? '<' : '≤'} ${PREDIKAT_TABLE[PREDIKAT_TABLE.length - 2]!.threshold} (${band.label})` : `${band.predikat}: ${op} ${band.threshold} (${band.label})`;
    r += 1;
  }
  r += 1;
  for (const [i, note] of NOTES.entries()) {
    const cell = sheet.getCell(r + i, i === 0 ? 1 : 2);
    cell.value = note;
    if (i === 0) cell.font = { bold: true };
    else cell.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.finish();
}
