/**
 * Where a consolidate run's CPU time goes, by stage, from its V8 CPU profiles (one per thread) of
 * the built CLI with source maps (`SAKIP_BUILD_SOURCEMAP=1 npm run build:cli`): every sampled
 * frame is mapped back to its source file, and the file says the stage. Frames without a source
 * (native code such as UTF-8 encoding or postMessage) count for the nearest caller that has one.
 *
 * Threads: the main thread (receiving results, consolidating, laying out the output), the read
 * workers (zip gate and inflate, SAX parse and table, OPD model, assessment, hand-off), and the
 * output's zip writer thread (deflate and file writes).
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CpuProfile, CpuProfileNode } from './profile-summary';
import type { Table } from './report/tables';

type Thread = 'main' | 'read' | 'zip';

/** The stage of a source file (a path relative to the repository, node_modules included). */
export function stageOf(source: string, thread: Thread): string | undefined {
  if (thread === 'zip') return 'write: deflate + file (zip thread)';
  const s = source.replace(/\\/g, '/');
  if (thread === 'read') {
    if (/node_modules\/fflate\/|pipeline\/read\/gate/.test(s)) return 'read: zip gate + inflate';
    if (/node_modules\/(saxes|xmlchars)\/|pipeline\/read\/xlsx-/.test(s)) return 'read: SAX parse + XML limits + table';
    if (/shared\/(parse|import|table|text|model)\//.test(s)) return 'read: OPD model';
    if (/shared\//.test(s)) return 'read: assessment (checks, scores, capaian)';
    if (/pipeline\/read\/(compact-assessment|read-worker|file-digest)/.test(s)) return 'read: digest, compaction, hand-off';
    return undefined;
  }
  if (/pipeline\/consolidate\/xlsx\/zip-thread/.test(s)) return 'main: write, waiting on the zip thread (its 8 MB ring full)';
  if (/pipeline\/consolidate\/(xlsx|sheets)\/|node_modules\/fflate\//.test(s)) return 'main: write (lay out rows, encode, styles)';
  if (/pipeline\/read\//.test(s)) return 'main: receive results (pool, string interning)';
  if (/pipeline\/consolidate\/|shared\//.test(s)) return 'main: consolidate';
  return undefined;
}

const PSEUDO = new Map<string, string>([
  ['(garbage collector)', 'garbage collector'],
  ['(idle)', 'idle'],
  ['(program)', 'V8 other'],
  ['(root)', 'V8 other'],
]);

/** Maps bundle positions to source files, one parsed map per bundle. */
class Sources {
  private readonly maps = new Map<string, SourceMap | null>();
  constructor(private readonly root: string) {}

  fileOf(frame: CpuProfileNode['callFrame']): string | undefined {
    if (!frame.url.startsWith('file://')) return undefined;
    const bundle = fileURLToPath(frame.url);
    let map = this.maps.get(bundle);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
      } catch {
        map = null;
      }
      this.maps.set(bundle, map);
    }
    if (!map) return bundle.startsWith(this.root) ? bundle.slice(this.root.length + 1) : bundle;
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber ?? 0) as { originalSource?: string };
    return entry.originalSource?.replace(/^file:\/\//, '').replace(`${this.root}/`, '').replace(/^(\.\.\/)+/, '');
  }
}

/** The thread a profile is of: the zip writer runs zip-worker.ts's message handler, a read worker the reader. */
function threadOf(profile: CpuProfile, isMain: boolean, sources: Sources): Thread {
  if (isMain) return 'main';
  return profile.nodes.some((n) => /pipeline\/consolidate\/xlsx\/zip-worker/.test(sources.fileOf(n.callFrame) ?? '')) ? 'zip' : 'read';
}

/** Self time per stage, in ms, over the profiles of one run (`mainIndex`: which profile is the main thread's). */
export function stageTimes(profiles: readonly { profile: CpuProfile; main: boolean }[], root: string): Map<string, number> {
  const sources = new Sources(root);
  const totals = new Map<string, number>();
  for (const { profile, main } of profiles) {
    const thread = threadOf(profile, main, sources);
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const stageCache = new Map<number, string>();
    const stageOfNode = (id: number): string => {
      const known = stageCache.get(id);
      if (known) return known;
      const node = byId.get(id)!;
      const pseudo = PSEUDO.get(node.callFrame.functionName);
      let stage = pseudo ? `${thread === 'main' ? 'main' : thread === 'zip' ? 'zip thread' : 'read'}: ${pseudo}` : undefined;
      if (!stage && thread === 'zip') stage = stageOf('', 'zip');
      if (!stage) {
        const file = sources.fileOf(node.callFrame);
        stage = file ? stageOf(file, thread) : undefined;
      }
      if (!stage) {
        const up = parent.get(id);
        stage = up === undefined ? `${thread}: other` : stageOfNode(up);
      }
      stageCache.set(id, stage);
      return stage;
    };
    profile.samples.forEach((id, i) => {
      const stage = stageOfNode(id);
      totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return totals;
}

/** The stage table: ms and share of all sampled time, largest first within each thread. */
export function stageTable(totals: ReadonlyMap<string, number>): Table {
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const rows = [...totals].sort((a, b) => a[0].split(':')[0]!.localeCompare(b[0].split(':')[0]!) || b[1] - a[1]);
  return { head: ['stage (thread: what)', 'CPU ms', 'share of sampled'], rows: rows.map(([stage, ms]) => [stage, ms.toFixed(0), `${((100 * ms) / all).toFixed(1)} %`]) };
}
