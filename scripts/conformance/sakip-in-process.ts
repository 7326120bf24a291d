/**
 * Runs `sakip …` in this process (pipeline/cli.ts's `main`) for the conformance generators:
 * returns the exit code, and throws unless it is one of `allowed`.
 */
import { main } from '../../pipeline/cli';

export async function sakip(args: readonly string[], allowed: readonly number[] = [0]): Promise<number> {
  const code = await main(args);
  if (!allowed.includes(code)) throw new Error(`sakip ${args.slice(0, 2).join(' ')} … ended with exit code ${code} (expected ${allowed.join(' or ')})`);
  return code;
}

/** The output folder a generator was given (its one argument). */
export function outputFolder(): string {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx <generator>.ts <output folder>');
  return folder;
}

/** Runs a generator's body; a failure prints and sets exit code 1. */
export function runGenerator(body: (folder: string) => Promise<void>): void {
  body(outputFolder()).then(
    () => undefined,
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    },
  );
}
