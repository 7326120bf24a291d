/** The machine and the code measured: CPU, cores, memory, Node, load, and the git state of the reading path. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly freeMemoryGb: number;
  readonly node: string;
  readonly os: string;
  /** 1-minute load average when the run started (other work on the machine skews the figures). */
  readonly loadAverageAtStart: number;
  readonly gitCommit: string;
  /** Uncommitted changes under pipeline/ and shared/ (`git status --short`): what reader was measured. */
  readonly uncommitted: readonly string[];
  /** Fingerprint of the measured code (commit + uncommitted changes under pipeline/, shared/, bin/). */
  readonly codeFingerprint: string;
}

const ROOT = join(__dirname, '..');

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const CODE_PATHS = ['pipeline', 'shared', 'bin'];

/**
 * Changes to the measured code while the benchmark runs (another engineer's work landing) would
 * mix versions in one report: the fingerprint is taken at the start and the end and compared.
 */
export function codeFingerprint(): string {
  const hash = createHash('sha1');
  hash.update(git(['rev-parse', 'HEAD']));
  hash.update(git(['diff', 'HEAD', '--', ...CODE_PATHS]));
  for (const file of git(['ls-files', '--others', '--exclude-standard', '--', ...CODE_PATHS]).split('\n').filter(Boolean).sort()) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(ROOT, file)));
    } catch {
      // deleted meanwhile
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: totalmem() / 1024 ** 3,
    freeMemoryGb: freemem() / 1024 ** 3,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverageAtStart: loadavg()[0] ?? 0,
    gitCommit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    uncommitted: git(['status', '--short', '--', ...CODE_PATHS]).split('\n').filter(Boolean),
    codeFingerprint: codeFingerprint(),
  };
}
