/**
 * The demo's numbers as the user guide quotes them: markdown blocks between
 * `<!-- demo:NAME -->` and `<!-- /demo:NAME -->` in docs/panduan.md. test/docs/demo-numbers.test.ts
 * runs the demo and fails when a block differs from what the demo produces now.
 *
 *   npx tsx scripts/demo/guide-numbers.ts     rewrites the blocks from demo-output/ringkasan-demo.json
 *
 * (run `npm run demo` first; or `UPDATE_GOLDEN=1 npx mocha test/docs/demo-numbers.test.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatScore } from '../../shared/format/number-format';
import { monthName } from './report';
import { ROOT, SUMMARY_FILE, type DemoResult, type OpdLine } from './run-demo';

export const GUIDE_PATH = join(ROOT, 'docs', 'panduan.md');

/** The OPDs the guide's May table shows: each plays a part (scripts/sample-city/roles.ts). */
export const GUIDE_OPDS = ['DINKES', 'SETDA', 'DISDIK', 'BPBD', 'KEC-BARAT', 'DISNAKER', 'DISHUB', 'DLH'] as const;

const score = (value: number | null): string => (value === null ? '' : formatScore(value));
const signed = (value: number | null): string => (value === null ? '' : value > 0 ? `+${formatScore(value)}` : formatScore(value));

function statusBlock(result: DemoResult): string {
  const rows = result.months.map((m) => {
    const s = m.summary;
    const by = s.opds.byStatus;
    const carried = s.previous === null ? ['—', '—', '—'] : [s.evaluator.carried, s.evaluator.restored, m.perluDitinjau.length].map(String);
    const edited = m.evaluatorEdits.length ? `${m.evaluatorEdits.length} (${new Set(m.evaluatorEdits.map((e) => e.kodeOpd)).size} OPD)` : '—';
    return `| ${monthName(m.period)} | ${s.opds.scored} | ${by['Lengkap'] ?? 0} | ${by['Tidak Lengkap'] ?? 0} | ${by['Ditolak'] ?? 0} | ${by['Belum Mengirim'] ?? 0} | ${s.findings.errors} | ${s.findings.warnings} | ${carried[0]} | ${carried[1]} | ${s.evaluator.archived} | ${carried[2]} | ${edited} |`;
  });
  return [
    '| Bulan | Dinilai | Lengkap | Tidak Lengkap | Ditolak | Belum Mengirim | Temuan Error | Temuan Peringatan | Entri evaluator dibawa | Dikembalikan dari arsip | Di Arsip Evaluator | Perlu Ditinjau | Lalu diisi evaluator |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function opdBlock(result: DemoResult): string {
  const last = result.months[result.months.length - 1]!;
  const byKode = new Map<string, OpdLine>(last.opds.map((o) => [o.kodeOpd, o]));
  const rows = GUIDE_OPDS.map((kode) => {
    const o = byKode.get(kode);
    if (!o) return `| ${kode} | (tidak ada di Ringkasan) | | | | | | | |`;
    return `| ${o.kodeOpd} | ${o.namaOpd} | ${o.status} | ${score(o.nilaiOpd)} | ${o.predikatOpd} | ${score(o.nilaiEvaluator)} | ${o.predikatEvaluator} | ${o.peringkat ?? ''} | ${signed(o.perubahan)} |`;
  });
  return ['| Kode OPD | Nama OPD | Status | Nilai OPD | Predikat OPD | Nilai Evaluator | Predikat Evaluator | Peringkat | Perubahan |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

function reviewBlock(result: DemoResult): string {
  return result.months
    .filter((m) => m.summary.previous !== null)
    .map((m) => `- ${monthName(m.period)}: ${m.perluDitinjau.length ? m.perluDitinjau.map((r) => `\`${r}\``).join(', ') : 'tidak ada'}`)
    .join('\n');
}

/** Block name → markdown. */
export function guideBlocks(result: DemoResult): Map<string, string> {
  return new Map([
    ['status', statusBlock(result)],
    ['opd-mei', opdBlock(result)],
    ['perlu-ditinjau', reviewBlock(result)],
  ]);
}

const blockPattern = (name: string): RegExp => new RegExp(`(<!-- demo:${name} -->\\n)([\\s\\S]*?)(\\n<!-- /demo:${name} -->)`);

/** The blocks as they stand in `text` (name → content; missing blocks are absent). */
export function blocksIn(text: string, names: Iterable<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of names) {
    const match = blockPattern(name).exec(text);
    if (match) found.set(name, match[2]!);
  }
  return found;
}

/** `text` with each block replaced; throws when a block's markers are missing. */
export function withBlocks(text: string, blocks: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [name, content] of blocks) {
    if (!blockPattern(name).test(out)) throw new Error(`docs/panduan.md: penanda <!-- demo:${name} --> tidak ada`);
    out = out.replace(blockPattern(name), (_all, open: string, _old: string, close: string) => `${open}${content}${close}`);
  }
  return out;
}

if (require.main === module) {
  const result = JSON.parse(readFileSync(join(ROOT, 'demo-output', SUMMARY_FILE), 'utf8')) as DemoResult;
  writeFileSync(GUIDE_PATH, withBlocks(readFileSync(GUIDE_PATH, 'utf8'), guideBlocks(result)));
  console.log(GUIDE_PATH);
}
