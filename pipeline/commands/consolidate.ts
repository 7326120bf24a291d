/**
 * `sakip consolidate --city <kota.xlsx> --input <folder> --out <file.xlsx> [--previous <file>]
 * [--period yyyy-mm] [--json] [--lang en]`: the monthly consolidated evaluation workbook
 * (pipeline/consolidate/, docs/consolidation.md).
 */
import { parseCommandArgs, requireOption, runCommand } from '../command-args';
import { cliText } from '../cli-text';
import { EXIT_CODE } from '../exit-code';
import { parsePeriodOption } from '../period-option';
import { findingJson, findingsTable } from '../print-findings';
import { progressFor } from '../consolidate/progress';
import { runConsolidation } from '../consolidate/run-consolidation';
import { summarize, summaryText } from '../consolidate/summary';
import { CONSOLIDATE_TEXT } from '../consolidate/texts';

export const help = { id: CONSOLIDATE_TEXT.id.help, en: CONSOLIDATE_TEXT.en.help };

export function run(args: string[]): Promise<number> {
  return runCommand('consolidate', args, async () => {
    const { values, lang } = parseCommandArgs(args, {
      city: { type: 'string' },
      input: { type: 'string' },
      out: { type: 'string' },
      previous: { type: 'string' },
      period: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
    });
    if (values.help) {
      process.stdout.write(`${help[lang]}\n`);
      return EXIT_CODE.ok;
    }
    const period = parsePeriodOption(values.period, lang);
    const outcome = await runConsolidation({
      city: requireOption(values.city, '--city', lang),
      input: requireOption(values.input, '--input', lang),
      out: requireOption(values.out, '--out', lang),
      ...(values.previous !== undefined ? { previous: requireOption(values.previous, '--previous', lang) } : {}),
      ...(period ? { period } : {}),
      ...(values.force ? { force: true } : {}),
      lang,
      progress: progressFor(process.stderr, lang),
    });
    if (outcome.kind === 'config') {
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ ok: false, file: outcome.file, message: outcome.message ?? null, findings: outcome.findings.map(findingJson) }, null, 2)}\n`);
      } else {
        if (outcome.findings.length) process.stderr.write(`${outcome.file}\n${findingsTable(outcome.findings, lang)}\n`);
        process.stderr.write(`${outcome.message ?? cliText(lang).cityUnusable}\n`);
      }
      return EXIT_CODE.usage;
    }
    if (outcome.kind === 'nothing') {
      if (values.json) process.stdout.write(`${JSON.stringify({ ok: false, message: outcome.message }, null, 2)}\n`);
      process.stderr.write(`${outcome.message}\n`);
      return EXIT_CODE.findings;
    }
    const summary = summarize(outcome.consolidation, outcome.outPath, outcome.periodDerived, outcome.backup);
    process.stdout.write(values.json ? `${JSON.stringify({ ok: true, ...summary }, null, 2)}\n` : `${summaryText(summary, lang)}\n`);
    if (outcome.warning) process.stderr.write(`${outcome.warning}\n`);
    return summary.findings.errors > 0 || outcome.warning ? EXIT_CODE.findings : EXIT_CODE.ok;
  });
}
