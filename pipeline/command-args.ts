/**
 * Flag parsing shared by the commands: node:util parseArgs in strict mode, with `--help`/`-h` and
 * `--lang` on every command; a parse failure becomes a UsageError (exit code 2). Every command gets
 * the same answers to wrong flags, in its language: an unknown flag with the nearest valid one
 * ("opsi tidak dikenal: --perod (maksud Anda --period?)"), a flag without its value, a value given
 * to a switch (`checkOptionTokens`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../shared';
import { cliText, langOf } from './cli-text';
import { EXIT_CODE, UsageError } from './exit-code';
import { nearestName } from './nearest-name';
import { usageText } from './usage-text';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies Options;

/** The flags of a set of options as typed: `--name` and `-x`. */
export function flagNames(options: Options): string[] {
  return Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short ? [`-${option.short}`] : [])]);
}

/**
 * Checks every flag in `args` against `options` before parsing: an unknown flag (with the nearest
 * valid one), a value-taking flag without its value, a switch given a value. The first problem is
 * thrown as a UsageError in `lang`.
 */
export function checkOptionTokens(args: readonly string[], options: Options, lang: Lang): void {
  const text = usageText(lang);
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) {
      const nearest = nearestName(token.rawName, flagNames(options));
      throw new UsageError(`${text.unknownOption(token.rawName)}${nearest ? text.didYouMean(nearest) : ''}`);
    }
    if (option.type === 'string' && token.value === undefined) throw new UsageError(text.optionNeedsValue(token.rawName));
    if (option.type === 'boolean' && token.inlineValue) throw new UsageError(text.optionTakesNoValue(token.rawName));
  }
}

export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  const lang = langOf(args);
  checkOptionTokens(args, { ...COMMON, ...options }, lang);
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
