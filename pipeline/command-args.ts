/**
 * Flag parsing shared by the commands: node:util parseArgs in strict mode, with `--help`/`-h` and
 * `--lang` on every command; a parse failure becomes a UsageError (exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../shared/findings/finding';
import { cliText, langOf } from './cli-text';
import { EXIT_CODE, UsageError } from './exit-code';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Options;

export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  const lang = langOf(args);
  try {
    const parsed = parseArgs({ args: [...args], options: { ...COMMON, ...options }, strict: true, allowPositionals: true });
    return { ...parsed, lang };
  } catch (error) {
    throw new UsageError(cliText(lang).badOption(error instanceof Error ? error.message : String(error)));
  }
}

export function requireOption(value: string | undefined, flag: string, lang: Lang): string {
  if (value === undefined || value.trim() === '') throw new UsageError(cliText(lang).missingOption(flag));
  return value.trim();
}

/**
 * Runs a command body, turning a UsageError into its message + a pointer to `--help` (exit 2) and
 * any other failure into a message (exit 2: the command could not do its work).
 */
export async function runCommand(command: string, args: readonly string[], body: () => Promise<number>): Promise<number> {
  const text = cliText(langOf(args));
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${text.usageError(error.message)}\n${text.seeHelp(command)}\n`);
      return EXIT_CODE.usage;
    }
    process.stderr.write(`${text.failed(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_CODE.usage;
  }
}
