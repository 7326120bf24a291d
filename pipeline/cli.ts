/**
 * The `sakip` command: dispatches to `pipeline/commands/<name>.ts`, each exporting
 * `run(args): Promise<number>` (the exit code) and `help` (by language). Commands are loaded only
 * when called, so one missing or broken command never stops the others. `sakip` alone prints the
 * help to stderr (exit 2); `--version` the package's version; an unknown command or flag is
 * answered with the nearest valid one.
 */
import type { Lang } from '../shared';
import { cliText, langOf } from './cli-text';
import { EXIT_CODE } from './exit-code';
import { nearestName } from './nearest-name';
import { usageText } from './usage-text';
import { SAKIP_VERSION } from './version';

export interface CommandModule {
  run(args: string[]): Promise<number>;
  /** Help text, Indonesian and English (a plain string is taken as both). */
  readonly help: string | Readonly<Record<Lang, string>>;
}

export const COMMANDS = ['template', 'validate', 'consolidate', 'report', 'import'] as const;

/** Other names a command answers to. */
export const ALIASES: Readonly<Record<string, CommandName>> = { laporan: 'report', impor: 'import' };
export type CommandName = (typeof COMMANDS)[number];

/** Loads a command module by name (require: resolved at run time, so a missing file is a finding, not a crash). */
export function loadCommand(name: CommandName): CommandModule {
  // The extension is written out so the build (esbuild) bundles every file of commands/ under it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`./commands/${name}.ts`) as CommandModule;
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

const VERSION_FLAGS = ['--version', '-v', '-V'];
const TOP_LEVEL_FLAGS = ['--help', '-h', '--version', '--lang'];

/** "Perintah tidak dikenal: valdate (maksud Anda validate?)"; a flag: the nearest top-level flag. */
export function unknownCommandText(name: string, lang: Lang): string {
  const text = usageText(lang);
  const isFlag = name.startsWith('-');
  const nearest = nearestName(name, isFlag ? TOP_LEVEL_FLAGS : COMMANDS);
  return `${isFlag ? text.unknownOption(name) : text.unknownCommand(name)}${nearest ? text.didYouMean(nearest) : ''}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  const text = cliText(lang);
  // `sakip --lang en validate …`: the language flag may come before the command.
  const [typed, ...afterName] = withoutLang(argv);
  const name = typed !== undefined && Object.hasOwn(ALIASES, typed) ? ALIASES[typed] : typed;
  const rest = name !== undefined && lang === 'en' ? [...afterName, '--lang', 'en'] : afterName;
  if (name === undefined) {
    process.stderr.write(`${text.mainHelp}\n`);
    return EXIT_CODE.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${text.mainHelp}\n`);
    return EXIT_CODE.ok;
  }
  if (VERSION_FLAGS.includes(name)) {
    process.stdout.write(`${SAKIP_VERSION}\n`);
    return EXIT_CODE.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`${unknownCommandText(name, lang)}\n${usageText(lang).helpOnStderr}\n`);
    return EXIT_CODE.usage;
  }
  let command: CommandModule;
  try {
    command = loadCommand(name as CommandName);
  } catch (error) {
    // From the sources: Node's MODULE_NOT_FOUND; from the build: esbuild's "Module not found in bundle".
    const missing = String((error as Error).message).includes(`commands/${name}`);
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
