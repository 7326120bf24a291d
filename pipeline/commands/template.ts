/**
 * `sakip template opd|kota …`: a blank workbook of the formats in workbook-format.md, ready for
 * staff, built from the host-neutral templates of shared/template/ (the add-in's "Siapkan lembar"
 * writes the same layout).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Lang, findModel, MONTH_LONG_ID, formatPeriode, PROFIL_LABELS, cityTemplate, opdTemplate, type SheetTemplate, type TemplateCell, CITY_PETUNJUK, OPD_PETUNJUK } from '../../shared';
import { parseCommandArgs, requireOption, runCommand } from '../command-args';
import { cliText } from '../cli-text';
import { EXIT_CODE, UsageError } from '../exit-code';
import { parsePeriodOption } from '../period-option';
import { usageText } from '../usage-text';
import { workbookFromTemplate } from '../template/write-template';
import { writeWorkbookAtomic } from '../write-atomic';

export const help = {
  id: `sakip template — buat workbook kosong siap diisi

Pemakaian:
  sakip template opd --kode <kode> --nama <nama> --tahun <yyyy> [--period <bulan>] --out <berkas.xlsx>
  sakip template kota --nama <kota> --tahun <yyyy> --out <berkas.xlsx>

Workbook OPD: lembar Petunjuk, Profil (terisi), LKE (semua kriteria model dengan kode, uraian,
daftar pilihan jawaban, dan =SAKIP.ANSWER() di kolom Nilai), Kinerja, Pohon Kinerja, Rekomendasi.
Workbook kota: lembar Petunjuk, Kota, Daftar OPD, Pohon Kinerja Kota.

Opsi:
  --kode <kode>      Kode OPD, misalnya DINKES atau 1.02.01 (opd)
  --nama <nama>      Nama OPD (opd) atau nama kota/kabupaten (kota)
  --tahun <yyyy>     tahun evaluasi, 2000–2100
  --period <bulan>   bulan laporan: 5, Mei atau 2025-05 (opd; bawaan Januari, OPD mengubahnya
                     setiap bulan; dengan tahun, --tahun boleh tidak diisi)
  --model <id>       model LKE: 88/2021 (bawaan) atau 12/2015
  --out <berkas>     berkas .xlsx yang ditulis
  --force            timpa berkas --out yang sudah ada
  --lang en          keluaran dalam bahasa Inggris (isi workbook tetap berbahasa Indonesia)
  --help, -h         bantuan ini

Kode keluar:
  0  workbook ditulis
  2  salah pemakaian, atau berkas tidak dapat ditulis`,
  en: `sakip template — write a blank workbook ready to fill in

Usage:
  sakip template opd --kode <code> --nama <name> --tahun <yyyy> [--period <month>] --out <file.xlsx>
  sakip template kota --nama <city> --tahun <yyyy> --out <file.xlsx>

OPD workbook: sheets Petunjuk, Profil (filled in), LKE (every criterion of the model with code,
text, answer dropdowns and =SAKIP.ANSWER() in the Nilai column), Kinerja, Pohon Kinerja, Rekomendasi.
City workbook: sheets Petunjuk, Kota, Daftar OPD, Pohon Kinerja Kota.

Options:
  --kode <code>      the OPD's code, e.g. DINKES or 1.02.01 (opd)
  --nama <name>      the OPD's name (opd) or the city's name (kota)
  --tahun <yyyy>     evaluation year, 2000–2100
  --period <month>   reporting month: 5, May or 2025-05 (opd; default January, the OPD updates it
                     every month; with a year, --tahun may be left out)
  --model <id>       LKE model: 88/2021 (default) or 12/2015
  --out <file>       the .xlsx file to write
  --force            overwrite an existing --out file
  --lang en          English output (the workbook's content stays Indonesian)
  --help, -h         this help

Exit codes:
  0  workbook written
  2  wrong usage, or the file cannot be written`,
};

function parseYear(value: string, lang: Lang): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) throw new UsageError(cliText(lang).invalidValue('--tahun', value, '2000–2100'));
  return year;
}


/** The template with Profil's values filled in: label in column A → value in column B. */
function fillLabels(sheet: SheetTemplate, values: Readonly<Record<string, TemplateCell>>): SheetTemplate {
  const rows = sheet.rows.map((row) => {
    const label = typeof row[0] === 'string' ? row[0] : undefined;
    return label !== undefined && label in values ? [row[0] ?? null, values[label] ?? null, ...row.slice(2)] : row;
  });
  return { ...sheet, rows };
}

const label = (key: (typeof PROFIL_LABELS)[number]['key']): string => PROFIL_LABELS.find((spec) => spec.key === key)!.names[0];

export function run(args: string[]): Promise<number> {
  return runCommand('template', args, async () => {
    const { values, positionals, lang } = parseCommandArgs(args, {
      kode: { type: 'string' },
      nama: { type: 'string' },
      tahun: { type: 'string' },
      period: { type: 'string' },
      model: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
    const text = cliText(lang);
    if (values.help) {
      process.stdout.write(`${help[lang]}\n`);
      return EXIT_CODE.ok;
    }
    const kind = positionals[0];
    if (positionals.length !== 1 || (kind !== 'opd' && kind !== 'kota')) {
      throw new UsageError(text.invalidValue('<jenis>', positionals.join(' '), 'opd | kota'));
    }
    const nama = requireOption(values.nama, '--nama', lang);
    const period = parsePeriodOption(values.period, lang);
    const tahun = values.tahun === undefined && period?.year !== undefined ? period.year : parseYear(requireOption(values.tahun, '--tahun', lang), lang);
    if (period?.year !== undefined && period.year !== tahun) throw new UsageError(usageText(lang).periodYearDiffers('--tahun', formatPeriode(period), tahun));
    const out = resolve(requireOption(values.out, '--out', lang));
    if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(text.invalidValue('--out', values.out ?? '', '<berkas>.xlsx'));
    if (existsSync(out) && !values.force) throw new UsageError(text.fileExists(out));
    const model = values.model === undefined ? undefined : findModel(values.model);
    if (values.model !== undefined && !model) throw new UsageError(text.invalidValue('--model', values.model, '88/2021 | 12/2015'));

    let sheets: SheetTemplate[];
    if (kind === 'opd') {
      const kode = requireOption(values.kode, '--kode', lang);
      // A template made at the start of the year says Januari; staff change Periode every month.
      const month = period?.month ?? 1;
      const [profil, ...rest] = opdTemplate(model ? { model } : {});
      const filled = fillLabels(profil!, {
        [label('kodeOpd')]: kode,
        [label('namaOpd')]: nama,
        [label('tahun')]: tahun,
        [label('periode')]: MONTH_LONG_ID[month - 1]!,
      });
      sheets = [filled, ...rest];
    } else {
      sheets = cityTemplate({ namaKota: nama, tahun });
      if (model) sheets = [fillLabels(sheets[0]!, { 'Model LKE': model.id }), ...sheets.slice(1)];
    }
    const workbook = workbookFromTemplate(sheets, kind === 'opd' ? OPD_PETUNJUK : CITY_PETUNJUK);
    await writeWorkbookAtomic(out, workbook);
    process.stdout.write(`${text.written(out)}\n`);
    return EXIT_CODE.ok;
  });
}
