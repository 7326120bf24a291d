/** The `--period yyyy-mm` option shared by `validate` and `consolidate`. */
import type { Lang } from '../shared/findings/finding';
import type { Periode } from '../shared/parse/periode';
import { cliText } from './cli-text';
import { UsageError } from './exit-code';

export function parsePeriodOption(value: string | undefined, lang: Lang): Required<Periode> | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{1,2})$/.exec(value.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12 || year < 2000 || year > 2100) {
    throw new UsageError(cliText(lang).invalidValue('--period', value, 'yyyy-mm, misalnya 2024-05'));
  }
  return { year, month };
}
