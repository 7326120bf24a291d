/**
 * `sakip validate <files…> [--city <kota.xlsx>] [--period yyyy-mm] [--json] [--lang en]`: the
 * findings of each OPD workbook, the same ones the add-in's pane shows (assessOpdWorkbook).
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type OpdAssessment, type Finding, type Lang, type CityConfig, readCityWorkbook, checkCityOpdList } from '../../shared';
import { parseCommandArgs, runCommand } from '../command-args';
import { cliText } from '../cli-text';
import { EXIT_CODE, UsageError } from '../exit-code';
import { parsePeriodOption, withYear } from '../period-option';
import { listInputFolder, notReadFinding } from '../consolidate/input-folder';
import { countBySeverity, findingJson, findingsTable } from '../print-findings';
import { readWorkbookIsolated } from '../read/read-isolated';
import { readFilesIsolated } from '../read/worker-pool';
import { layoutScoreJson } from './validate-score';
import { listedOpdFindings, verdictOf, verdictText, type Verdict } from '../validate-verdict';

export const help = {
  id: `sakip validate — periksa workbook OPD dan tampilkan temuannya

Pemakaian: sakip validate <berkas.xlsx|folder>... [opsi]

Temuan sama dengan yang ditampilkan panel add-in: berkas, lembar, sel, tingkat (Error/Peringatan),
kode, dan pesan. Folder berarti semua berkas .xlsx di dalamnya (berkas spreadsheet lain, mis.
.xls, dilaporkan; berkas lain dilewati).

Opsi:
  --city <kota.xlsx>   periksa terhadap konfigurasi kota (daftar OPD, model, tahun, pohon kinerja)
  --period <bulan>     periode laporan yang diharapkan: 2024-05, atau 5 / Mei dengan --city
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
code and message. A folder means every .xlsx file in it (other spreadsheet files, e.g. .xls, are
reported; other files are skipped).

Options:
  --city <kota.xlsx>   check against the city configuration (OPD list, model, year, performance tree)
  --period <month>     the expected reporting period: 2024-05, or 5 / May with --city
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

/**
 * The files named, in order: each file as given, each folder as listed by consolidate's lister
 * (input-folder.ts): its .xlsx files are read; another spreadsheet format is reported
 * (FILE_FORMAT_UNSUPPORTED, as consolidate does); lock files, hidden files and documents are
 * skipped.
 */
async function expandInputs(inputs: readonly string[]): Promise<({ path: string } | FileReport)[]> {
  const items: ({ path: string } | FileReport)[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      items.push({ path: input });
      continue;
    }
    for (const entry of await listInputFolder(input, new Map())) {
      if (entry.kind.kind === 'xlsx') items.push({ path: entry.path });
      else if (entry.kind.kind === 'unsupported') items.push({ file: entry.file, findings: [notReadFinding(entry)!] });
    }
  }
  return items;
}

interface FileReport {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly assessment?: OpdAssessment;
  /** What the consolidation would do with it. */
  readonly verdict?: Verdict;
}

function printReports(reports: readonly FileReport[], lang: Lang): void {
  const text = cliText(lang);
  for (const report of reports) {
    const { errors, warnings } = countBySeverity(report.findings);
    process.stdout.write(`\n${report.file} — ${text.fileSummary(errors, warnings)}${report.verdict ? `; ${verdictText(report.verdict, lang)}` : ''}\n`);
    process.stdout.write(`${report.findings.length === 0 ? text.noFindings : findingsTable(report.findings, lang)}\n`);
  }
}

async function readCity(path: string): Promise<{ config?: CityConfig; report: FileReport }> {
  const read = await readWorkbookIsolated(path);
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
    const periodOption = parsePeriodOption(values.period, lang);

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
    const period = periodOption && withYear(periodOption, city?.tahun, '--city', lang);

    // Each file read and assessed in the worker pool (isolated, time and memory limits), in order.
    const items = await expandInputs(positionals);
    const jobs = items.flatMap((item) => ('path' in item ? [{ path: item.path, file: basename(item.path), assess: period ? { period } : {} }] : []));
    const outcomes = (await readFilesIsolated(jobs, city ? { city } : {})).values();
    for (const item of items) {
      if (!('path' in item)) {
        reports.push(item);
        continue;
      }
      const outcome = outcomes.next().value!;
      if (outcome.otherKind === 'city') {
        // A city workbook is validated as one (with the checks the consolidation applies to it).
        const read = await readCity(item.path);
        reports.push({ ...read.report, findings: [...read.report.findings, ...(read.config ? checkCityOpdList(read.config) : [])], verdict: { kind: 'city' } });
        continue;
      }
      if (outcome.otherKind === 'consolidation') {
        reports.push({ file: outcome.file, findings: [], verdict: { kind: 'consolidation' } });
        continue;
      }
      // An empty Daftar OPD (a fresh city template) lists nobody: the listed-OPD check waits for it to be filled.
      const listed = outcome.assessment && city && city.opds.length > 0 ? listedOpdFindings(outcome.assessment, city) : [];
      const findings = outcome.assessment ? [...outcome.findings, ...outcome.assessment.findings, ...listed] : outcome.findings;
      reports.push({ file: outcome.file, findings, verdict: verdictOf(outcome.assessment, findings), ...(outcome.assessment ? { assessment: outcome.assessment } : {}) });
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

function asJson(report: FileReport): { file: string; verdict: string | null; findings: ReturnType<typeof findingJson>[] } {
  return { file: report.file, verdict: report.verdict ? verdictText(report.verdict, 'id') : null, ...(report.assessment ? layoutScoreJson(report.assessment) : {}), findings: report.findings.map(findingJson) };
}
