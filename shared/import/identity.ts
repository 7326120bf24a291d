/**
 * Who a foreign workbook belongs to (docs/import.md §5). Foreign files have no Profil, so Kode OPD,
 * Tahun and Periode come from, in order: the command's options (`--kode --tahun --periode`), the
 * city workbook's Daftar OPD (its `Berkas`/`Alias` column names the file), the sheets' title rows
 * (`Perangkat Daerah : …`, `TAHUN 2025`, `Triwulan IV`). A finding always says which.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CityConfig, ListedOpd } from '../parse/city-config';
import { parseMonthName } from '../parse/month-name';
import type { Profil } from '../parse/opd-workbook-model';
import { formatPeriode, type Period, type Periode } from '../parse/periode';
import { cellAt, cellText, normalizeName } from '../table/cells';
import type { WorkbookTable } from '../table/table';

export interface IdentityFlags {
  readonly kodeOpd?: string;
  readonly tahun?: number;
  readonly periode?: Periode;
}

export interface IdentityOptions {
  readonly city?: CityConfig;
  readonly flags?: IdentityFlags;
  /** The run's period (consolidate), used when nothing else gives one. */
  readonly period?: Period;
}

/** Rows and columns of each sheet searched for title lines. */
const TITLE_ROWS = 12;
const TITLE_COLUMNS = 30;

export interface TitleIdentity {
  namaOpd?: string;
  /** Where the name was read: a `Perangkat Daerah : …` line, or the heading of a wp-eval-sakip export. */
  namaFrom?: 'judul' | 'judul-ekspor';
  tahun?: number;
  periode?: Periode;
}

const OPD_LINE = /^(?:perangkat daerah|nama perangkat daerah|opd|skpd|unit kerja|nama opd|nama skpd|instansi)\s*:\s*(.+)$/i;
const YEAR = /\btahun\s*(?:anggaran\s*)?:?\s*(\d{4})\b/i;
const QUARTER = /\b(?:triwulan|tw)[\s.-]*(IV|III|II|I|[1-4])\b/i;
const MONTH_LINE = /^(?:bulan|periode)\s*:\s*([A-Za-z]+)/i;
const QUARTER_MONTH: Record<string, number> = { I: 3, '1': 3, II: 6, '2': 6, III: 9, '3': 9, IV: 12, '4': 12 };
/**
 * wp-eval-sakip's LKE page heading (its `<h1>`, one line per row once read): `Pengisian LKE SAKIP`,
 * then the OPD's name, then the schedule with its year: `Evaluasi SAKIP 2025 (2025)`.
 */
const EXPORT_HEADING = /^pengisian lke(?: sakip)?$/i;
const SCHEDULE_YEAR = /\((\d{4})\)\s*$/;

/** An OPD name compared with Daftar OPD: case, spaces and punctuation ignored (`DINAS KESEHATAN.` = `Dinas  Kesehatan`). */
export function opdNameKey(name: string): string {
  return normalizeName(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What the title rows of the workbook's sheets say. */
export function titleIdentity(table: WorkbookTable): TitleIdentity {
  const found: TitleIdentity = {};
  for (const sheet of table.sheets) {
    const rows = Math.min(TITLE_ROWS, sheet.rows.length);
    for (let r = 0; r < rows; r += 1) {
      const cells = Math.min(TITLE_COLUMNS, sheet.rows[r]?.length ?? 0);
      for (let c = 0; c < cells; c += 1) {
        const text = cellText(cellAt(sheet, r, c).value).replace(/\s+/g, ' ').trim();
        if (text === '' || text.length > 200) continue;
        const opd = OPD_LINE.exec(text);
        if (opd && found.namaOpd === undefined) {
          found.namaOpd = opd[1]!.trim();
          found.namaFrom = 'judul';
        }
        if (EXPORT_HEADING.test(text) && found.namaOpd === undefined) {
          const name = cellText(cellAt(sheet, r + 1, c).value).replace(/\s+/g, ' ').trim();
          if (name !== '' && name.length <= 200) {
            found.namaOpd = name;
            found.namaFrom = 'judul-ekspor';
            const year = SCHEDULE_YEAR.exec(cellText(cellAt(sheet, r + 2, c).value).trim());
            if (year && found.tahun === undefined) found.tahun = Number(year[1]);
          }
        }
        const year = YEAR.exec(text);
        if (year && found.tahun === undefined) found.tahun = Number(year[1]);
        const quarter = QUARTER.exec(text);
        if (quarter && found.periode === undefined) found.periode = { month: QUARTER_MONTH[quarter[1]!.toUpperCase()]! };
        const month = MONTH_LINE.exec(text);
        const m = month ? parseMonthName(month[1]!) : undefined;
        if (m !== undefined && found.periode === undefined) found.periode = { month: m };
      }
    }
  }
  return found;
}

const fileKey = (name: string): string => normalizeName(name.replace(/\.[a-z0-9]{2,5}$/i, ''));

/** The listed OPD whose `Berkas` names this file (the file name contains it, any case, extension ignored). */
export function opdByFileName(file: string, opds: readonly ListedOpd[]): ListedOpd | undefined {
  const key = fileKey(file);
  return opds.find((opd) => (opd.berkas ?? []).some((b) => fileKey(b) !== '' && key.includes(fileKey(b))));
}

export interface ResolvedIdentity {
  readonly profil?: Profil;
  readonly findings: Finding[];
}

export function resolveIdentity(table: WorkbookTable, modelId: string, options: IdentityOptions): ResolvedIdentity {
  const { city, flags, period } = options;
  const titles = titleIdentity(table);
  let source: 'opsi' | 'daftar-opd' | 'judul' | 'judul-ekspor' | undefined;
  let opd: { kodeOpd: string; namaOpd: string } | undefined;
  /** The title's name looked up in Daftar OPD (undefined without a city workbook). */
  let listedByName: boolean | undefined;
  if (flags?.kodeOpd) {
    source = 'opsi';
    const listed = city?.opds.find((o) => o.kodeOpd === flags.kodeOpd);
    opd = { kodeOpd: flags.kodeOpd, namaOpd: listed?.namaOpd ?? titles.namaOpd ?? '' };
  } else if (city && opdByFileName(table.file, city.opds)) {
    source = 'daftar-opd';
    opd = opdByFileName(table.file, city.opds)!;
  } else if (titles.namaOpd) {
    source = titles.namaFrom ?? 'judul';
    const key = opdNameKey(titles.namaOpd);
    const listed = city?.opds.find((o) => opdNameKey(o.namaOpd) === key);
    if (city) listedByName = listed !== undefined;
    opd = { kodeOpd: listed?.kodeOpd ?? titles.namaOpd, namaOpd: listed?.namaOpd ?? titles.namaOpd };
  }
  const tahun = flags?.tahun ?? titles.tahun ?? period?.year ?? city?.tahun;
  const periode = flags?.periode ?? titles.periode ?? period;
  const missing = [...(opd ? [] : ['Kode OPD']), ...(tahun === undefined ? ['Tahun'] : []), ...(periode === undefined ? ['Periode'] : [])];
  const findings: Finding[] = [];
  if (missing.length > 0) findings.push(makeFinding('IMPORT_IDENTITY_MISSING', { file: table.file }, { missing }));
  if (!opd || !source) return { findings };
  const month = periode?.month ?? 12;
  const profil: Profil = {
    kodeOpd: opd.kodeOpd,
    namaOpd: opd.namaOpd,
    tahun: tahun ?? 0,
    periode: { month, ...(tahun !== undefined ? { year: tahun } : {}) },
    model: modelId,
    cells: {},
  };
  findings.push(
    makeFinding('IMPORT_IDENTITY_FROM', { file: table.file }, {
      source,
      kodeOpd: opd.kodeOpd,
      tahun: tahun ?? 0,
      periode: periode ? formatPeriode({ month, ...(tahun !== undefined ? { year: tahun } : {}) }) : '',
      ...(source === 'judul' || source === 'judul-ekspor' ? { namaOpd: titles.namaOpd! } : {}),
      ...(listedByName !== undefined ? { listed: listedByName } : {}),
    }),
  );
  return { profil, findings };
}
