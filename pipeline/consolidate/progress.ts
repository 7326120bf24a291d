/**
 * Progress while reading the input folder: a bar on a terminal (cli-progress, on stderr), plain
 * lines otherwise (logs, CI), nothing in tests. stdout stays free for the summary or the JSON.
 */
import cliProgress from 'cli-progress';
import type { Lang } from '../../shared';
import { consolidateText } from './texts';

export interface ProgressReporter {
  start(total: number): void;
  step(file: string): void;
  stop(): void;
}

export const SILENT_PROGRESS: ProgressReporter = { start: () => {}, step: () => {}, stop: () => {} };

export function progressFor(stream: NodeJS.WriteStream, lang: Lang, label?: string): ProgressReporter {
  const text = { progressLabel: label ?? consolidateText(lang).progressLabel };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: `${text.progressLabel} [{bar}] {value}/{total} {file}`, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    let done = 0;
    return {
      start: (total) => bar.start(total, 0, { file: '' }),
      step: (file) => bar.update(++done, { file }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let total = 0;
  return {
    start: (n) => {
      total = n;
    },
    step: (file) => {
      done += 1;
      stream.write(`${text.progressLabel} ${done}/${total}: ${file}\n`);
    },
    stop: () => {},
  };
}
