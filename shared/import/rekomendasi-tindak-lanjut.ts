/**
 * Layout `rekomendasi-tindak-lanjut`: the tables Inspektorat and OPDs keep of evaluation
 * recommendations and their follow-up (docs/import.md). Signature: `Rekomendasi` and `Status`,
 * with `Tindak Lanjut`, `Batas Waktu`, `Prioritas`, `No`, `Bukti Dukung` when present. The status
 * is read through its synonyms (`Baru`, `Belum Ditindaklanjuti` → Belum; `Ditindaklanjuti`,
 * `Dalam Proses` → Proses; `Tuntas`, `Selesai` → Selesai); another word is VALUE_NOT_ALLOWED and
 * its row is not counted (as in the own sheet). Blank rows are skipped; a row with content but no
 * recommendation text is REQUIRED_VALUE_MISSING.
 */
import { REKOMENDASI_STATUSES, type Rekomendasi } from '../parse/opd-workbook-model';
import { cellAt } from '../table/cells';
import { findHeaderBand, headerKey, type BandColumnSpec, type SheetView } from './header-bands';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { cellAddress, dataText } from './quarterly-kinerja';

type Key = 'no' | 'rekomendasi' | 'status' | 'tindakLanjut' | 'batasWaktu' | 'prioritas' | 'buktiDukung';

const SPECS: readonly BandColumnSpec<Key>[] = [
  { key: 'rekomendasi', names: ['Rekomendasi', 'Uraian Rekomendasi', 'Rekomendasi Evaluator', 'Rekomendasi Perbaikan', 'Saran/Rekomendasi'], required: true },
  { key: 'status', names: ['Status', 'Status Tindak Lanjut', 'Status TL'], required: true },
  { key: 'tindakLanjut', names: ['Tindak Lanjut', 'Uraian Tindak Lanjut', 'Rencana Tindak Lanjut', 'Tindak Lanjut OPD', 'Tindak Lanjut Perangkat Daerah'] },
  { key: 'batasWaktu', names: ['Batas Waktu', 'Tenggat Waktu', 'Tenggat', 'Target Waktu', 'Waktu Penyelesaian'] },
  { key: 'prioritas', names: ['Prioritas', 'Tingkat Prioritas'] },
  { key: 'no', names: ['No', 'No.', 'Nomor'] },
  { key: 'buktiDukung', names: ['Bukti Dukung', 'Bukti', 'Dokumen Pendukung'] },
];

/** Status words (as header keys: lower case, letters only) → the own status. */
const STATUS_SYNONYMS: Record<string, (typeof REKOMENDASI_STATUSES)[number]> = {
  belum: 'Belum',
  baru: 'Belum',
  belumditindaklanjuti: 'Belum',
  belumditindaklanjut: 'Belum',
  belumdilaksanakan: 'Belum',
  open: 'Belum',
  proses: 'Proses',
  dalamproses: 'Proses',
  sedangdiproses: 'Proses',
  ditindaklanjuti: 'Proses',
  onprogress: 'Proses',
  selesai: 'Selesai',
  tuntas: 'Selesai',
  sudahselesai: 'Selesai',
  closed: 'Selesai',
};

/** The own status a status text means, or undefined. */
export function rekomendasiStatus(text: string): (typeof REKOMENDASI_STATUSES)[number] | undefined {
  const key = headerKey(text);
  return Object.hasOwn(STATUS_SYNONYMS, key) ? STATUS_SYNONYMS[key] : undefined;
}

function detect(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, SPECS);
  if (!match) return null;
  // Rekomendasi and Status alone are common words: at least one follow-up column as well.
  const { columns } = match as typeof match & { columns: Partial<Record<Key, number>> };
  if (columns.tindakLanjut === undefined && columns.batasWaktu === undefined && columns.prioritas === undefined) return null;
  return { score: match.found, match };
}

function read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { band, columns } = detection.match as typeof detection.match & { columns: Partial<Record<Key, number>> };
  const { report } = context;
  const list: Rekomendasi[] = [];
  const all = Object.values(columns) as number[];
  let running = 0;
  for (let r = band.dataStart; r < view.sheet.rows.length; r += 1) {
    const texts = all.map((c) => dataText(view, r, c));
    if (texts.every((t) => t === '')) continue;
    const rekomendasi = dataText(view, r, columns.rekomendasi);
    if (rekomendasi === '') {
      // A numbering or status with no recommendation: reported, not guessed.
      report.add('REQUIRED_VALUE_MISSING', cellAddress(r, columns.rekomendasi!), { field: 'Rekomendasi' });
      continue;
    }
    running += 1;
    const statusText = dataText(view, r, columns.status);
    const status = rekomendasiStatus(statusText);
    const statusCell = cellAddress(r, columns.status!);
    if (statusText === '') {
      report.add('REQUIRED_VALUE_MISSING', statusCell, { field: 'Status' });
      continue;
    }
    if (!status) {
      report.add('VALUE_NOT_ALLOWED', statusCell, { field: 'Status', value: statusText, allowed: ['Belum', 'Baru', 'Belum Ditindaklanjuti', 'Proses', 'Dalam Proses', 'Ditindaklanjuti', 'Selesai', 'Tuntas'] });
      continue;
    }
    const no = dataText(view, r, columns.no);
    const extra = [columns.batasWaktu !== undefined ? ['Batas waktu', dataText(view, r, columns.batasWaktu)] : undefined, columns.prioritas !== undefined ? ['Prioritas', dataText(view, r, columns.prioritas)] : undefined]
      .filter((pair): pair is string[] => pair !== undefined && pair[1] !== '')
      .map(([label, text]) => `${label}: ${text}`);
    const tindakLanjut = [dataText(view, r, columns.tindakLanjut), ...extra].filter((t) => t !== '').join('; ');
    list.push({
      no: no === '' ? String(running) : no,
      rekomendasi,
      tindakLanjut,
      status,
      buktiDukung: dataText(view, r, columns.buktiDukung),
      cell: cellAt(view.sheet, r, columns.no ?? columns.rekomendasi!).address,
    });
  }
  return { part: 'rekomendasi', rekomendasi: list };
}

export const rekomendasiLayout: SheetLayout = {
  id: 'rekomendasi-tindak-lanjut',
  title: { id: 'Rekomendasi dan tindak lanjut', en: 'Recommendations and follow-up' },
  part: 'rekomendasi',
  detect,
  read,
};
