/** A V8 .cpuprofile → self time by function and by package (where the time is spent). */
import { relative } from 'node:path';
import type { Table } from './report/tables';

export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber?: number };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly byFunction: Table;
  readonly byPackage: Table;
}

/** exceljs, saxes, … for node_modules; `project: pipeline/…` for own code; `node` internals; V8 pseudo-frames as they are. */
function packageOf(url: string, root: string): string {
  if (url === '') return 'V8 / native';
  if (url.startsWith('node:')) return 'node internals';
  if (url.startsWith('[')) return `${url} (code bundled into the thread)`;
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : `project: ${rel.split('/').slice(0, 2).join('/')}`;
}

/** Self time of one or more profiles (e.g. every worker thread's), summed by function and package. */
export function summariseProfile(profiles: readonly CpuProfile[], root: string, top: number): ProfileSummary {
  let total = 0;
  const fns = new Map<string, { ms: number; pkg: string }>();
  const pkgs = new Map<string, number>();
  for (const profile of profiles) total += addProfile(profile, root, fns, pkgs);
  const pct = (ms: number): string => `${((ms * 100000) / total).toFixed(1)} %`;
  return {
    totalMs: total / 1000,
    byFunction: {
      head: ['function (self time)', 'package', 'ms', 'share'],
      rows: [...fns].sort((a, b) => b[1].ms - a[1].ms).slice(0, top).map(([key, v]) => [key, v.pkg, v.ms.toFixed(0), pct(v.ms)]),
    },
    byPackage: {
      head: ['package', 'self ms', 'share'],
      rows: [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([pkg, ms]) => [pkg, ms.toFixed(0), pct(ms)]),
    },
  };
}

/** Adds one profile's self times; returns its sampled µs. */
function addProfile(profile: CpuProfile, root: string, fns: Map<string, { ms: number; pkg: string }>, pkgs: Map<string, number>): number {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, root);
    const where = url ? `${url.replace(/^file:\/\//, '').replace(`${root}/`, '').replace(/.*node_modules\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    const entry = fns.get(key) ?? { ms: 0, pkg };
    entry.ms += us / 1000;
    fns.set(key, entry);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us / 1000);
  }
  return total;
}
