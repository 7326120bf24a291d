/** The demo's printed summary, in Indonesian: one block per month, then where to look. */
import { formatScore } from '../../shared/format/number-format';
import type { DemoMonth, DemoResult, OpdLine } from './run-demo';

const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export function monthName(period: string): string {
  const [year, month] = period.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? period} ${year}`;
}

const score = (line: OpdLine): string => `${line.kodeOpd} ${formatScore(line.nilaiEvaluator ?? 0)} (${line.predikatEvaluator})`;
const codesOf = (lines: readonly OpdLine[], status: string): string[] => lines.filter((l) => l.status === status).map((l) => l.kodeOpd);

export function monthReport(month: DemoMonth, outDirLabel: string): string {
  const s = month.summary;
  const by = s.opds.byStatus;
  const lines: string[] = [];
  lines.push(`── ${monthName(month.period)} ─ ${outDirLabel}/${month.output}`);
  lines.push(
    `   OPD: ${s.opds.listed} terdaftar, ${s.opds.scored} dinilai — Lengkap ${by['Lengkap'] ?? 0}, Tidak Lengkap ${by['Tidak Lengkap'] ?? 0}, Ditolak ${by['Ditolak'] ?? 0}, Belum Mengirim ${by['Belum Mengirim'] ?? 0}`,
  );
  const rejected = codesOf(month.opds, 'Ditolak');
  const missing = codesOf(month.opds, 'Belum Mengirim');
  const incomplete = codesOf(month.opds, 'Tidak Lengkap');
  const notes = [
    rejected.length ? `ditolak: ${rejected.join(', ')}` : '',
    missing.length ? `belum mengirim: ${missing.join(', ')}` : '',
    incomplete.length ? `tidak lengkap: ${incomplete.join(', ')}` : '',
  ].filter(Boolean);
  if (notes.length) lines.push(`        (${notes.join('; ')})`);
  const top = Object.entries(month.findingCodes)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([code, count]) => `${code} ${count}`);
  lines.push(`   Temuan: ${s.findings.errors} Error, ${s.findings.warnings} Peringatan — terbanyak: ${top.join(', ')}`);
  const ranked = month.opds.filter((l) => l.nilaiEvaluator !== null).sort((a, b) => (a.peringkat ?? 0) - (b.peringkat ?? 0));
  if (ranked.length) lines.push(`   Nilai Evaluator: tertinggi ${score(ranked[0]!)}, terendah ${score(ranked[ranked.length - 1]!)}`);
  if (s.previous !== null) {
    lines.push(
      `   Dari bulan lalu: ${s.evaluator.carried} entri evaluator dibawa, ${s.evaluator.restored} dikembalikan dari arsip, ${s.evaluator.archived} di Arsip Evaluator; Perlu Ditinjau: ${month.perluDitinjau.length} baris`,
    );
  }
  if (month.evaluatorEdits.length) {
    const answers = month.evaluatorEdits.filter((e) => e.jawaban).length;
    const opds = new Set(month.evaluatorEdits.map((e) => e.kodeOpd));
    lines.push(`   Evaluator (simulasi) lalu mengisi ${answers} Jawaban Evaluator dan ${month.evaluatorEdits.length} Catatan Evaluator untuk ${opds.size} OPD di berkas ini`);
  }
  lines.push(`   Kode keluar sakip: ${month.exitCode}${month.exitCode === 1 ? ' (ada temuan Error — wajar: data contoh sengaja memuat kesalahan)' : ''}`);
  return lines.join('\n');
}

export function closingReport(result: DemoResult, outDirLabel: string, seconds: number): string {
  const last = result.months[result.months.length - 1]!;
  const places: [string, string][] = [
    [`${outDirLabel}/${last.output}`, 'bulan terakhir; buka di Excel atau LibreOffice:'],
    ['', '  Ringkasan: nilai, predikat, peringkat OPD'],
    ['', '  Grafik, Riwayat: grafik dan riwayat bulan ke bulan; Rekap Komponen per komponen'],
    ['', '  LKE: Jawaban/Catatan Evaluator yang terbawa, Perlu Ditinjau'],
    ['', '  Temuan: setiap kesalahan, bertaut ke selnya; Arsip Evaluator'],
    [`${outDirLabel}/${result.sampleDir}/`, 'workbook kota (kota.xlsx) dan workbook OPD per bulan'],
    [`${outDirLabel}/ringkasan-demo.json`, 'angka di atas sebagai JSON'],
    ['docs/panduan.md', 'panduan pengguna (English: docs/guide-en.md)'],
  ];
  const width = Math.max(...places.map(([place]) => place.length));
  return [`Selesai dalam ${seconds.toFixed(1).replace('.', ',')} detik. Lihat:`, ...places.map(([place, what]) => `  ${place.padEnd(width)}  ${what}`)].join('\n');
}
