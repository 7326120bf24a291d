/**
 * `sakip import <file> --out <opd.xlsx> [--kode --tahun --periode] [--city kota.xlsx] [--force]`:
 * a foreign workbook (any layout of shared/import/registry.ts, the wp-eval-sakip HTML `.xls`
 * too) read through the same path as `validate` (the isolated reader, then readAnyWorkbook and
 * assessOpdWorkbook), written as a SAKIP Kit OPD workbook (docs/import.md §6).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CityConfig, type Finding, type Lang, assessOpdWorkbook, DEFAULT_MODEL, findSheet, formatPeriode, importedOpdTemplate, OPD_PETUNJUK, OPD_SHEETS, readAnyWorkbook, readCityWorkbook } from '../../shared';
import { cliText } from '../cli-text';
import { parseCommandArgs, requireOption, runCommand } from '../command-args';
import { backUp } from '../consolidate/existing-output';
import { EXIT_CODE, UsageError } from '../exit-code';
import { parsePeriodOption } from '../period-option';
import { findingsTable } from '../print-findings';
import { readWorkbookIsolated } from '../read/read-isolated';
import { workbookFromTemplate } from '../template/write-template';
import { usageText } from '../usage-text';
import { writeWorkbookAtomic } from '../write-atomic';

export const help = {
  id: `sakip import — ubah workbook yang sudah dipakai staf menjadi workbook OPD SAKIP Kit (alias: impor)

Pemakaian: sakip import <berkas> --out <opd.xlsx> [opsi]

<berkas>: LKE berjenjang atau datar dari Inspektorat, ekspor HTML ".xls" wp-eval-sakip, capaian
E.81 / PK per triwulan, pohon kinerja, rekomendasi (docs/import.md). Dibaca seperti oleh
sakip validate, lalu ditulis sebagai templat OPD: Profil, LKE (jawaban dan catatan), Kinerja,
Pohon Kinerja, Rekomendasi. Yang tidak punya kolom di templat (kode berkas, jawaban evaluator,
jawaban per dokumen, kolom lain) disimpan di kolom Catatan LKE, dengan temuan.

Opsi:
  --out <opd.xlsx>     workbook OPD yang ditulis (tidak ditimpa tanpa --force)
  --kode <kode>        Kode OPD (bila berkas tidak menyebutnya)
  --tahun <yyyy>       tahun evaluasi
  --periode <bulan>    bulan laporan: 5, Mei atau 2025-05
  --city <kota.xlsx>   workbook kota: model LKE, Daftar OPD (nama OPD, kolom Berkas)
  --force              timpa --out yang sudah ada (berkas lama disimpan sebagai cadangan)
  --lang en            keluaran dalam bahasa Inggris
  --help, -h           bantuan ini

Kode keluar:
  0  workbook ditulis
  1  workbook ditulis tetapi berkas masukan berisi temuan Error, atau berkas tidak dapat
     dibaca / diubah (tidak ada yang ditulis)
  2  salah pemakaian: --out sudah ada tanpa --force, identitas OPD tidak ditemukan, berkas
     sudah workbook SAKIP Kit, atau workbook kota tidak dapat dipakai`,
  en: `sakip import — convert a workbook staff already use into a SAKIP Kit OPD workbook (alias: impor)

Usage: sakip import <file> --out <opd.xlsx> [options]

<file>: a hierarchical or flat LKE from the Inspektorat, a wp-eval-sakip HTML ".xls" export, E.81 /
PK quarterly capaian, a performance tree, recommendations (docs/import.md). Read as sakip validate
reads it, then written as the OPD template: Profil, LKE (answers and notes), Kinerja, Pohon Kinerja,
Rekomendasi. What the template has no column for (the file's codes, evaluator answers, per-document
answers, other columns) is kept in the LKE's Catatan column, with a finding.

Options:
  --out <opd.xlsx>     the OPD workbook to write (never overwritten without --force)
  --kode <code>        the OPD's code (when the file does not name it)
  --tahun <yyyy>       evaluation year
  --periode <month>    reporting month: 5, May or 2025-05
  --city <kota.xlsx>   the city workbook: LKE model, Daftar OPD (OPD names, Berkas column)
  --force              replace an existing --out (the old file is kept as a backup)
  --lang en            English output
  --help, -h           this help

Exit codes:
  0  workbook written
  1  workbook written but the input has Error findings, or the file cannot be read / converted
     (nothing written)
  2  wrong usage: --out exists without --force, OPD identity not found, the file is already a
     SAKIP Kit workbook, or the city workbook cannot be used`,
};

function parseYear(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < 2000 || year > 2100) throw new UsageError(cliText(lang).invalidValue('--tahun', value, '2000–2100'));
  return year;
}

function printFindings(findings: readonly Finding[], lang: Lang): void {
  if (findings.length > 0) process.stdout.write(`${findingsTable(findings, lang)}\n`);
}

async function readCity(path: string, lang: Lang): Promise<CityConfig> {
  const read = await readWorkbookIsolated(path);
  const city = read.table ? readCityWorkbook(read.table) : undefined;
  if (!city?.config) {
    process.stderr.write(`${cliText(lang).cityHeading(read.file)}\n${findingsTable(city?.findings ?? read.findings, lang)}\n`);
    throw new UsageError(cliText(lang).cityUnusable);
  }
  return city.config;
}

export function run(args: string[]): Promise<number> {
  return runCommand('import', args, async () => {
    const { values, positionals, lang } = parseCommandArgs(args, {
      out: { type: 'string' },
      kode: { type: 'string' },
      tahun: { type: 'string' },
      periode: { type: 'string' },
      city: { type: 'string' },
      force: { type: 'boolean' },
    });
    const text = cliText(lang);
    if (values.help) {
      process.stdout.write(`${help[lang]}\n`);
      return EXIT_CODE.ok;
    }
    if (positionals.length !== 1) throw new UsageError(text.invalidValue('<berkas>', positionals.join(' '), '<berkas> (satu)'));
    const input = positionals[0]!;
    const out = resolve(requireOption(values.out, '--out', lang));
    if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(text.invalidValue('--out', values.out ?? '', '<berkas>.xlsx'));
    if (resolve(input) === out) throw new UsageError(text.invalidValue('--out', values.out ?? '', '<berkas lain>.xlsx'));
    if (existsSync(out) && !values.force) throw new UsageError(text.fileExists(out));
    const tahun = parseYear(values.tahun, lang);
    const periode = parsePeriodOption(values.periode, lang);
    if (periode?.year !== undefined && tahun !== undefined && periode.year !== tahun) {
      throw new UsageError(usageText(lang).periodYearDiffers('--tahun', formatPeriode(periode), tahun));
    }
    const city = values.city === undefined ? undefined : await readCity(values.city, lang);

    // The same reading as validate: the gate and the reader in a worker, then the core.
    const read = await readWorkbookIsolated(input);
    if (!read.table) {
      printFindings(read.findings, lang);
      process.stderr.write(`${text.importNotWritten}\n`);
      return EXIT_CODE.findings;
    }
    if (findSheet(read.table, OPD_SHEETS.profil)) throw new UsageError(text.importAlreadyOwn(read.file));
    const year = tahun ?? periode?.year;
    const flags = {
      ...(values.kode !== undefined && values.kode.trim() !== '' ? { kodeOpd: values.kode.trim() } : {}),
      ...(year !== undefined ? { tahun: year } : {}),
      ...(periode ? { periode: { month: periode.month, ...(year !== undefined ? { year } : {}) } } : {}),
    };
    const foreign = readAnyWorkbook(read.table, { ...(city ? { city } : {}), flags });
    if (!foreign.imported) {
      printFindings([...read.findings, ...foreign.findings], lang);
      process.stderr.write(`${text.importNotRecognised(read.file)}\n`);
      return EXIT_CODE.findings;
    }
    const assessment = assessOpdWorkbook(read.table, city ? { city } : {}, foreign);
    const inputFindings = [...read.findings, ...assessment.findings];
    const missing = inputFindings.find((f) => f.code === 'IMPORT_IDENTITY_MISSING');
    if (missing || !assessment.workbook.profil) {
      printFindings(inputFindings, lang);
      throw new UsageError(text.importIdentityMissing(missing?.code === 'IMPORT_IDENTITY_MISSING' ? missing.params.missing.join(', ') : 'Kode OPD'));
    }
    const converted = importedOpdTemplate(assessment, city?.model ?? DEFAULT_MODEL);
    const findings = [...inputFindings, ...converted.findings];
    printFindings(findings, lang);
    if (!converted.ok) {
      process.stderr.write(`${text.importNotWritten}\n`);
      return EXIT_CODE.findings;
    }
    // Whatever is replaced is first kept byte for byte (as consolidate does).
    const backup = existsSync(out) ? await backUp(out, new Date()) : undefined;
    await writeWorkbookAtomic(out, workbookFromTemplate(converted.sheets, OPD_PETUNJUK));
    process.stdout.write(`${text.written(out)}\n`);
    if (backup) process.stdout.write(`${text.backupKept(backup)}\n`);
    return inputFindings.some((f) => f.severity === 'error') ? EXIT_CODE.findings : EXIT_CODE.ok;
  });
}
