/** `npm run bench -- [--sizes 10,100,1000] [--reps 3] [--quick] [--large N] [--no-pane] [--no-profile] [--no-large] [--seed N]`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly reps: number;
  readonly quick: boolean;
  /** Indicators of the large workbook. */
  readonly largeIndicators: number;
  readonly large: boolean;
  readonly pane: boolean;
  /** Profile one consolidate of the largest size and report the time by stage. */
  readonly profile: boolean;
  readonly seed: number;
  /** A size gets no further repetition once its consolidate runs have taken this many seconds. */
  readonly budgetSeconds: number;
  /** A consolidate run still going after this many seconds is stopped and reported as not finished. */
  readonly timeoutSeconds: number;
  /** Seconds each SAKIP.GRADE case runs per repetition. */
  readonly gradeSeconds: number;
}

export const USAGE = `npm run bench -- [options]
  --sizes 10,100,1000   corpus sizes (workbooks per consolidation)     (quick: 10,100)
  --reps 3              repetitions; every figure is the median        (quick: 1)
  --large 20000         indicators of the large single workbook        (quick: 2000)
  --no-large            skip the large workbook
  --no-pane             skip the task pane check in headless Chromium
  --no-profile          skip the CPU profile of the largest size (time by stage)
  --seed 20250601       corpus seed
  --budget 300          no further repetition of a size once its consolidate runs took this many s
  --timeout 900         stop a consolidate run after this many s (reported as not finished)
  --quick               a fast smoke run (the options above still override)`;

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer, not "${text}"`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      reps: { type: 'string' },
      quick: { type: 'boolean' },
      large: { type: 'string' },
      'no-large': { type: 'boolean' },
      'no-pane': { type: 'boolean' },
      'no-profile': { type: 'boolean' },
      seed: { type: 'string' },
      budget: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick === true;
  const sizes = (values.sizes ?? (quick ? '10,100' : '10,100,1000')).split(',').map((s) => positiveInt(s.trim(), '--sizes'));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    reps: values.reps !== undefined ? positiveInt(values.reps, '--reps') : quick ? 1 : 3,
    quick,
    largeIndicators: values.large !== undefined ? positiveInt(values.large, '--large') : quick ? 2_000 : 20_000,
    large: values['no-large'] !== true,
    pane: values['no-pane'] !== true,
    profile: values['no-profile'] !== true,
    seed: values.seed !== undefined ? positiveInt(values.seed, '--seed') : 20250601,
    budgetSeconds: values.budget !== undefined ? positiveInt(values.budget, '--budget') : 300,
    timeoutSeconds: values.timeout !== undefined ? positiveInt(values.timeout, '--timeout') : 900,
    gradeSeconds: quick ? 0.3 : 1,
  };
}
