/**
 * `sakip report --from <konsolidasi.xlsx> --out <folder> [--opd <kode>…] [--date yyyy-mm-dd]
 * [--json] [--lang en]` (alias `laporan`): the evaluation report (LHE) of every scored OPD and
 * the city summary, as .docx (pipeline/report/, docs/pipeline.md).
 */
import { parseCommandArgs, requireOption, runCommand } from '../command-args';
import { EXIT_CODE, UsageError } from '../exit-code';
import { findingsTable } from '../print-findings';
import { progressFor } from '../consolidate/progress';
import { NotReportable } from '../report/read-consolidation';
import { reportText } from '../report/report-texts';
import { writeReports } from '../report/write-reports';

export const help = { id: reportText('id').help, en: reportText('en').help };

export function run(args: string[]): Promise<number> {
  return runCommand('report', args, async () => {
    const { values, lang } = parseCommandArgs(args, {
      from: { type: 'string' },
      out: { type: 'string' },
      opd: { type: 'string', multiple: true },
      date: { type: 'string' },
      json: { type: 'boolean' },
    });
    const text = reportText(lang);
    if (values.help) {
      process.stdout.write(`${help[lang]}\n`);
      return EXIT_CODE.ok;
    }
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(text.badDate(values.date));
    try {
      const outcome = await writeReports({
        from: requireOption(values.from, '--from', lang),
        out: requireOption(values.out, '--out', lang),
        ...(values.opd ? { opds: values.opd } : {}),
        ...(values.date ? { date: values.date } : {}),
        lang,
        progress: progressFor(process.stderr, lang, text.progressLabel),
      });
      if (outcome.kind === 'unreadable') {
        process.stderr.write(`${text.unreadable(outcome.file)}\n${findingsTable(outcome.findings, lang)}\n`);
        return EXIT_CODE.usage;
      }
      if (values.json) process.stdout.write(`${JSON.stringify({ ok: true, written: outcome.written }, null, 2)}\n`);
      else process.stdout.write(`${text.written(outcome.written.length, values.out!)}\n${outcome.written.map((w) => `  ${w.path}`).join('\n')}\n`);
      return EXIT_CODE.ok;
    } catch (error) {
      if (error instanceof NotReportable) {
        if (values.json) process.stdout.write(`${JSON.stringify({ ok: false, message: error.message }, null, 2)}\n`);
        process.stderr.write(`${error.message}\n`);
        return EXIT_CODE.usage;
      }
      throw error;
    }
  });
}
