/**
 * Issue 6: seeded mutation fuzzing. Valid OPD workbooks are mutated at random — byte flips,
 * truncation, XML edits (swapped tags, huge numbers, odd unicode, deleted parts, duplicated rows,
 * wild cell references) — and each mutant goes through `readWorkbookFile` and `assessOpdWorkbook`:
 * no crash, no hang, and every file ends either as a table (consolidated: Dibaca or Ditolak) or as
 * a file finding (Tidak Terbaca). Then one consolidation runs over a folder of mutants.
 *
 * SAKIP_FUZZ_COUNT (default 300) sets the number of mutants, SAKIP_FUZZ_SEED the seed; a failure
 * message names the seed and mutant number to replay it.
 */
import { createRng } from '../../scripts/sample-city/prng';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { opdBytes, MULTIBYTE_TEXTS, rebuild } from '../support/hostile-corpus';
import { lkeRowOf } from '../support/opd-fixture';
import { records, loadXlsx, tempFolder, writeCity } from '../support/consolidate-scenario';

const COUNT = Math.max(1, Number(process.env.SAKIP_FUZZ_COUNT ?? 300));
const SEED = Number(process.env.SAKIP_FUZZ_SEED ?? 6006);
/** Longest a single small mutant may take to read and assess (a hang shows up as this). */
const PER_FILE_MS = 5_000;
/** File-level findings: the file was not read (the last two come from the read workers' time and memory limits). */
const FILE_CODES = new Set(['FILE_UNREADABLE', 'FILE_FORMAT_UNSUPPORTED', 'FILE_PASSWORD_PROTECTED', 'FILE_TOO_SLOW', 'FILE_TOO_LARGE_IN_MEMORY']);

type Random = () => number;

/** The sample city's seeded generator, as a plain function, so a failure can be replayed. */
function prng(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

const int = (random: Random, n: number): number => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

const WEIRD = ['\u0000', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u202E', '\u200B', 'é', '—', '“', '😀', '&#0;', '&#xD800;', '&amp;', '&bogus;', ']]>', '<![CDATA[x]]>', '\u0085', '\r\n'];
const HUGE = ['1e308', '-1e309', '99999999999999999999999999', 'NaN', 'Infinity', '0x1F', '1,5', '-0', '4.9e-324', ''];
const REFS = ['A0', 'XFE1', 'A1048577', 'ZZZZ9', '', 'A-1', '$A$1', 'a1', '1A'];

/** One XML edit of a part's text. */
const XML_EDITS: ((xml: string, random: Random) => string)[] = [
  // swap two tag names
  (xml, random) => {
    const tags = [...new Set([...xml.matchAll(/<([A-Za-z][\w:]*)/g)].map((m) => m[1]!))];
    if (tags.length < 2) return xml;
    const a = pick(random, tags);
    const b = pick(random, tags);
    return xml.replace(new RegExp(`<${a}\\b`), `<${b}`).replace(new RegExp(`</${b}>`), `</${a}>`);
  },
  // huge or odd numbers in values
  (xml, random) => xml.replace(/<v>[^<]*<\/v>/g, (v) => (random() < 0.3 ? `<v>${pick(random, HUGE)}</v>` : v)),
  // weird unicode into text
  (xml, random) => xml.replace(/<t([^>]*)>([^<]*)<\/t>/g, (t, attributes: string, text: string) => (random() < 0.3 ? `<t${attributes}>${text}${pick(random, WEIRD)}${pick(random, WEIRD)}</t>` : t)),
  // duplicate rows (same r)
  (xml, random) => xml.replace(/<row\b[\s\S]*?<\/row>/g, (row) => (random() < 0.3 ? row + row : row)),
  // wild cell references
  (xml, random) => xml.replace(/\br="([A-Z]+\d+)"/g, (r) => (random() < 0.2 ? `r="${pick(random, REFS)}"` : r)),
  // shared-string indices out of range, types changed
  (xml, random) => xml.replace(/t="s"><v>\d+<\/v>/g, (c) => (random() < 0.3 ? `t="${pick(random, ['s', 'n', 'b', 'e', 'str', 'd', 'inlineStr', 'zz'])}"><v>${pick(random, ['999999', '-1', 'x', '0'])}</v>` : c)),
  // cut the text somewhere
  (xml, random) => xml.slice(0, int(random, xml.length + 1)),
  // drop a closing tag
  (xml, random) => {
    const closes = [...xml.matchAll(/<\/[\w:]+>/g)];
    if (closes.length === 0) return xml;
    const m = pick(random, closes);
    return xml.slice(0, m.index) + xml.slice(m.index! + m[0].length);
  },
  // attributes with odd values
  (xml, random) => xml.replace(/\b(count|s|spans|sheetId|numFmtId)="[^"]*"/g, (a, name: string) => (random() < 0.3 ? `${name}="${pick(random, ['-1', '99999999', 'x', '', '1e9'])}"` : a)),
];

function flipBytes(bytes: Uint8Array, random: Random): Uint8Array {
  const out = new Uint8Array(bytes);
  const flips = 1 + int(random, 20);
  for (let i = 0; i < flips; i++) {
    const at = int(random, out.length);
    out[at] = out[at]! ^ (1 << int(random, 8));
  }
  return out;
}

/** One mutant of `seed` (a valid workbook's bytes), and what was done to it. */
function mutate(seed: Uint8Array, random: Random): { bytes: Uint8Array; how: string } {
  const kind = random();
  if (kind < 0.2) return { bytes: flipBytes(seed, random), how: 'byte flips' };
  if (kind < 0.3) return { bytes: seed.subarray(0, int(random, seed.length)), how: 'truncated' };
  const parts = unzipSync(seed);
  const names = Object.keys(parts).filter((n) => !n.endsWith('/'));
  const how: string[] = [];
  const edits = 1 + int(random, 3);
  for (let i = 0; i < edits; i++) {
    const name = pick(random, names);
    if (!parts[name]) continue;
    if (random() < 0.12) {
      delete parts[name];
      how.push(`deleted ${name}`);
      continue;
    }
    const e = int(random, XML_EDITS.length);
    parts[name] = strToU8(XML_EDITS[e]!(strFromU8(parts[name]!), random));
    how.push(`edit ${e} of ${name}`);
  }
  let bytes = rebuild(parts);
  if (random() < 0.15) {
    bytes = flipBytes(bytes, random);
    how.push('byte flips');
  }
  return { bytes, how: how.join(', ') };
}

describe('fuzz: seeded mutations of valid OPD workbooks', function () {
  this.timeout(120_000);
  let seeds: Uint8Array[];
  let folder: string;

  before(async () => {
    folder = await tempFolder('fuzz');
    seeds = [
      await opdBytes('DINKES'),
      await opdBytes('DISDIK', { '1.1.1': 'T' }, (g) => MULTIBYTE_TEXTS.forEach((t, i) => (g.lke[lkeRowOf(g.lke, `1.1.${i + 1}`)]![4] = t))),
      await opdBytes('DISHUB', {}, (g) => {
        g.kinerja[1]![7] = { formula: '90+10', result: 100 };
        g.rekomendasi.push([2, 'Perbaiki', '', 'Proses', 'https://contoh.go.id/x.pdf']);
      }),
    ];
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it(`${COUNT} mutants: no crash, no hang, each one read or refused with a file finding`, async () => {
    const random = prng(SEED);
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const outcomes = { table: 0, finding: 0 };
    const failures: string[] = [];
    let slowest = 0;
    for (let i = 0; i < COUNT; i++) {
      const { bytes, how } = mutate(seeds[i % seeds.length]!, random);
      const path = join(folder, `mutan-${i}.xlsx`);
      writeFileSync(path, bytes);
      const started = Date.now();
      try {
        const read = await readWorkbookFile(path);
        if (read.table) {
          assessOpdWorkbook(read.table, {});
          outcomes.table++;
        } else {
          assert.ok(read.findings.length === 1 && FILE_CODES.has(read.findings[0]!.code), `findings ${read.findings.map((f) => f.code).join()}`);
          outcomes.finding++;
        }
      } catch (error) {
        failures.push(`mutant ${i} (seed ${SEED}; ${how}): ${String(error).slice(0, 300)}`);
      }
      const took = Date.now() - started;
      slowest = Math.max(slowest, took);
      if (took > PER_FILE_MS) failures.push(`mutant ${i} (seed ${SEED}; ${how}) took ${took} ms`);
      rmSync(path);
    }
    assert.deepEqual(failures, []);
    assert.equal(Object.getOwnPropertyNames(Object.prototype).join(), before, 'Object.prototype unchanged');
    assert.equal(outcomes.table + outcomes.finding, COUNT);
    // Both kinds occur: the mutations are neither all fatal nor all harmless.
    assert.ok(outcomes.table > COUNT / 10 && outcomes.finding > COUNT / 10, JSON.stringify(outcomes));
    process.stdout.write(`      ${JSON.stringify(outcomes)}, slowest ${slowest} ms\n`);
  });

  it('one consolidation over a folder of 30 mutants completes, each file with its status', async () => {
    const random = prng(SEED + 1);
    const root = join(folder, 'konsolidasi');
    const input = join(root, 'masukan');
    await mkdir(input, { recursive: true });
    const city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
      ['DISHUB', 'Dinas Perhubungan'],
    ]);
    const files: string[] = [];
    for (let i = 0; i < 30; i++) {
      const file = `mutan-${String(i).padStart(2, '0')}.xlsx`;
      writeFileSync(join(input, file), mutate(seeds[i % seeds.length]!, random).bytes);
      files.push(file);
    }
    const outcome = await runConsolidation({ city, input, out: join(root, 'hasil.xlsx'), period: { year: 2025, month: 5 } });
    assert.equal(outcome.kind, 'done');
    const workbook = await loadXlsx(join(root, 'hasil.xlsx'));
    const sumber = new Map(records(workbook, 'Sumber').map((r) => [String(r.Berkas), String(r.Status)]));
    const temuan = records(workbook, 'Temuan');
    for (const file of files) {
      const status = sumber.get(file);
      // Identical mutants are counted once: the copy is Diabaikan with its FILE_IGNORED finding.
      const ignored = temuan.find((r) => r.Berkas === file && r.Kode === 'FILE_IGNORED');
      assert.ok(status === 'Dibaca' || status === 'Ditolak' || status === 'Tidak Terbaca' || (status === 'Diabaikan' && ignored), `${file}: ${status} ${JSON.stringify(ignored)}`);
      if (status === 'Tidak Terbaca') assert.ok(temuan.some((r) => r.Berkas === file && FILE_CODES.has(String(r.Kode))), `${file}: a file finding`);
    }
  });
});
