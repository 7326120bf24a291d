/**
 * `sakip validate <files…> [--city <kota.xlsx>] [--period yyyy-mm] [--json] [--lang en]`: the
 * findings of each OPD workbook, the same ones the add-in's pane shows (assessOpdWorkbook).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpdAssessment } from '../../shared/assess/assess-opd';
import type { Finding, Lang } from '../../shared/findings/finding';
import type { CityConfig } from '../../shared/parse/city-config';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { parseCommandArgs, runCommand } from '../command-args';
import { cliText } from '../cli-text';
import { EXIT_CODE, UsageError } from '../exit-code';
import { parsePeriodOption } from '../period-option';
import { countBySeverity, findingJson, findingsTable } from '../print-findings';
import { readWorkbookFile } from '../read/read-workbook-file';
import { readFilesIsolated } from '../read/worker-pool';
import { layoutScoreJson } from './validate-score';

export const help = {
  id: `sakip validate — periksa workbook OPD dan tampilkan temuannya

Pemakaian: sakip validate <berkas.xlsx|folder>... [opsi]

Temuan sama dengan yang ditampilkan panel add-in: berkas, lembar, sel, tingkat (Error/Peringatan),
kode, dan pesan. Folder berarti semua berkas .xlsx di dalamnya.

Opsi:
  --city <kota.xlsx>   periksa terhadap konfigurasi kota (daftar OPD, model, tahun, pohon kinerja)
  --period <yyyy-mm>   periode laporan yang diharapkan, misalnya 2024-05
  --json               keluaran JSON: [{file, layouts:[{sheet, layout, title}], score:{total,
                       components}, findings:[{code, severity, file, sheet, cell, message,
                       messageEn, params}]}]
  --lang en            keluaran dalam bahasa Inggris
  --help, -h           bantuan ini

Kode keluar:
  0  tidak ada temuan Error
  1  ada temuan Error pada sedikitnya satu berkas
  2  salah pemakaian, atau workbook kota (--city) tidak terbaca / berisi Error`,
  en: `sakip validate — check OPD workbooks and list their findings

Usage: sakip validate <file.xlsx|folder>... [options]

The findings are those the add-in's pane shows: file, sheet, cell, severity (Error/Warning),
code and message. A folder means every .xlsx file in it.

Options:
  --city <kota.xlsx>   check against the city configuration (OPD list, model, year, performance tree)
  --period <yyyy-mm>   the expected reporting period, e.g. 2024-05
  --json               JSON output: [{file, layouts:[{sheet, layout, title}], score:{total,
                       components}, findings:[{code, severity, file, sheet, cell, message,
                       messageEn, params}]}]
  --lang en            English output
  --help, -h           this help

Exit codes:
  0  no Error findings
  1  Error findings in at least one file
  2  wrong usage, or the city workbook (--city) is unreadable / has errors`,
};

/** The files named: each file as given, each folder as its .xlsx and .xls files (sorted; an .xls may be an HTML export). */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => /\.xlsx?$/i.test(n) && !n.startsWith('~$')).sort();
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

interface FileReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly assessment?: OpdAssessment;
}

function printReports(reports: readonly FileReport[], lang: Lang): void {
  const text = cliText(lang);
  for (const report of reports) {
    const { errors, warnings } = countBySeverity(report.findings);
    process.stdout.write(`\n${report.file} — ${text.fileSummary(errors, warnings)}\n`);
    process.stdout.write(`${report.findings.length === 0 ? text.noFindings : findingsTable(report.findings, lang)}\n`);
  }
}

async function readCity(path: string): Promise<{ config?: CityConfig; report: FileReport }> {
  const read = await readWorkbookFile(path);
  if (!read.table) return { report: { file: read.file, findings: read.findings } };
  const city = readCityWorkbook(read.table);
  return { ...(city.config ? { config: city.config } : {}), report: { file: read.file, findings: city.findings } };
}

export function run(args: string[]): Promise<number> {
  return runCommand('validate', args, async () => {
    const { values, positionals, lang } = parseCommandArgs(args, {
      city: { type: 'string' },
      period: { type: 'string' },
      json: { type: 'boolean' },
    });
    const text = cliText(lang);
    if (values.help) {
      process.stdout.write(`${help[lang]}\n`);
      return EXIT_CODE.ok;
    }
    if (positionals.length === 0) throw new UsageError(text.noFiles);
    const period = parsePeriodOption(values.period, lang);

    const reports: FileReport[] = [];
    let city: CityConfig | undefined;
    if (values.city !== undefined) {
      const read = await readCity(values.city);
      if (read.report.findings.length > 0 || !read.config) reports.push(read.report);
      if (!read.config) {
        if (values.json) process.stdout.write(`${JSON.stringify(reports.map(asJson), null, 2)}\n`);
        else {
          process.stderr.write(`${text.cityHeading(read.report.file)}\n${findingsTable(read.report.findings, lang)}\n${text.cityUnusable}\n`);
        }
        return EXIT_CODE.usage;
      }
      city = read.config;
    }

    // Each file read and assessed in the worker pool (isolated, time and memory limits), in order.
    const paths = await expandInputs(positionals);
    const jobs = paths.map((path) => ({ path, file: basename(path), assess: period ? { period } : {} }));
    for (const outcome of await readFilesIsolated(jobs, city ? { city } : {})) {
      reports.push({ file: outcome.file, findings: outcome.assessment ? [...outcome.findings, ...outcome.assessment.findings] : outcome.findings, ...(outcome.assessment ? { assessment: outcome.assessment } : {}) });
    }

    const all = reports.flatMap((r) => r.findings);
    if (values.json) process.stdout.write(`${JSON.stringify(reports.map(asJson), null, 2)}\n`);
    else {
      printReports(reports, lang);
      const { errors, warnings } = countBySeverity(all);
      process.stdout.write(`\n${text.totalSummary(reports.length, errors, warnings)}\n`);
    }
    return all.some((f) => f.severity === 'error') ? EXIT_CODE.findings : EXIT_CODE.ok;
  });
}

function asJson(report: FileReport): { file: string; findings: ReturnType<typeof findingJson>[] } {
  return { file: report.file, ...(report.assessment ? layoutScoreJson(report.assessment) : {}), findings: report.findings.map(findingJson) };
}
