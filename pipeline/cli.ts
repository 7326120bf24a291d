/**
 * The `sakip` command: dispatches to `pipeline/commands/<name>.ts`, each exporting
 * `run(args): Promise<number>` (the exit code) and `help` (by language). Commands are loaded only
 * when called, so one missing or broken command never stops the others.
 */
import type { Lang } from '../shared/findings/finding';
import { cliText, langOf } from './cli-text';
import { EXIT_CODE } from './exit-code';

export interface CommandModule {
  run(args: string[]): Promise<number>;
  /** Help text, Indonesian and English (a plain string is taken as both). */
  readonly help: string | Readonly<Record<Lang, string>>;
}

export const COMMANDS = ['template', 'validate', 'consolidate', 'report'] as const;

/** Other names a command answers to. */
export const ALIASES: Readonly<Record<string, CommandName>> = { laporan: 'report' };
export type CommandName = (typeof COMMANDS)[number];

/** Loads a command module by name (require: resolved at run time, so a missing file is a finding, not a crash). */
export function loadCommand(name: CommandName): CommandModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`./commands/${name}`) as CommandModule;
}

export function helpText(help: CommandModule['help'], lang: Lang): string {
  return typeof help === 'string' ? help : help[lang];
}

/** argv without its `--lang x` / `--lang=x` flags. */
function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}

export async function main(argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  const text = cliText(lang);
  // `sakip --lang en validate …`: the language flag may come before the command.
  const [typed, ...afterName] = withoutLang(argv);
  const name = typed !== undefined && Object.hasOwn(ALIASES, typed) ? ALIASES[typed] : typed;
  const rest = name !== undefined && lang === 'en' ? [...afterName, '--lang', 'en'] : afterName;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${text.mainHelp}\n`);
    return name === undefined ? EXIT_CODE.usage : EXIT_CODE.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`${text.unknownCommand(name)}\n\n${text.mainHelp}\n`);
    return EXIT_CODE.usage;
  }
  let command: CommandModule;
  try {
    command = loadCommand(name as CommandName);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(`commands/${name}`);
    process.stderr.write(`${missing ? text.commandUnavailable(name) : text.failed(String(error))}\n`);
    return EXIT_CODE.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${helpText(command.help, lang)}\n`);
    return EXIT_CODE.ok;
  }
  return command.run(rest);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error instanceof Error ? (error.stack ?? error.message) : error)}\n`);
      process.exitCode = EXIT_CODE.usage;
    },
  );
}
