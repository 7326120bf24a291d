/**
 * Issue 6, data safety. A consolidation killed while writing leaves no partial output and the
 * previous month's file untouched; a failed write leaves no temporary file; and a year of monthly
 * runs with random (seeded) evaluator edits between them loses no evaluator answer or note, with
 * entries whose key vanished (an OPD skips a month, a criterion leaves the custom model) kept in
 * Arsip Evaluator until they come back.
 */
import { createRng } from '../../scripts/sample-city/prng';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { PAUSE_BEFORE_RENAME_ENV, writeFileAtomic } from '../../pipeline/write-atomic';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { editEvaluator, loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { lkeGrid } from '../support/opd-fixture';

const ROOT = resolve(__dirname, '../..');
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const temporaries = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

/** Runs `sakip consolidate` in a child process paused before the rename, and kills it there. */
function killDuringWrite(args: string[]): Promise<{ temporary: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/sakip.js'), 'consolidate', ...args], {
      env: { ...process.env, [PAUSE_BEFORE_RENAME_ENV]: '60000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let temporary = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the run never paused before rename: ${stderr}`));
    }, 45_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /sakip-test: paused before rename (.+)\n/.exec(stderr);
      if (match && !temporary) {
        temporary = match[1]!;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (temporary) resolvePromise({ temporary, signal });
      else reject(new Error(`the run ended without pausing: ${stderr}`));
    });
  });
}

describe('data safety: a consolidation killed mid-write', function () {
  this.timeout(90_000);
  let root: string;
  let city: string;
  let input: string;
  let inputMei: string;
  const april = () => join(root, 'konsolidasi-2025-04.xlsx');
  const mei = () => join(root, 'konsolidasi-2025-05.xlsx');

  before(async () => {
    root = await tempFolder('kill');
    city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    input = join(root, 'masukan');
    await mkdir(input);
    await writeOpd(input, { kode: 'DINKES', month: 4 });
    await writeOpd(input, { kode: 'DISDIK', month: 4 });
    assert.equal((await runConsolidation({ city, input, out: april(), period: { year: 2025, month: 4 } })).kind, 'done');
    inputMei = join(root, 'masukan-05');
    await mkdir(inputMei);
    await writeOpd(inputMei, { kode: 'DINKES', month: 5 });
    await writeOpd(inputMei, { kode: 'DISDIK', month: 5 });
    await editEvaluator(april(), [{ kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'T', catatan: 'catatan April' }]);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('leaves no --out file and the previous month untouched; only the temporary file remains', async () => {
    const before = sha(april());
    const args = ['--city', city, '--input', inputMei, '--out', mei(), '--previous', april(), '--period', '2025-05'];
    const { temporary, signal } = await killDuringWrite(args);
    assert.equal(signal, 'SIGKILL');
    assert.equal(existsSync(mei()), false, 'no partial output');
    assert.equal(sha(april()), before, 'the previous month is untouched');
    assert.deepEqual(temporaries(root), [temporary.slice(root.length + 1)]);
    assert.match(temporary, /^.*\/\.konsolidasi-2025-05\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/);
    rmSync(temporary);
  });

  it('an existing --out (a re-run of the month) keeps its old content when the re-run is killed', async () => {
    const out = join(root, 'ulang.xlsx');
    assert.equal((await runConsolidation({ city, input, out, period: { year: 2025, month: 4 } })).kind, 'done');
    const before = sha(out);
    const { temporary } = await killDuringWrite(['--city', city, '--input', input, '--out', out, '--period', '2025-04']);
    assert.equal(sha(out), before);
    rmSync(temporary);
    // The next run, unpaused, succeeds and carries April's evaluator entry.
    assert.equal((await runConsolidation({ city, input: inputMei, out: mei(), previous: april(), period: { year: 2025, month: 5 } })).kind, 'done');
    const entry = records(await loadXlsx(mei()), 'LKE').find((r) => r['Kode OPD'] === 'DINKES' && r.Kode === '1.1.1')!;
    assert.deepEqual([entry['Jawaban Evaluator'], entry['Catatan Evaluator']], ['T', 'catatan April']);
    assert.deepEqual(temporaries(root), []);
  });

  it('removes the temporary file when a write fails', async () => {
    const folder = join(root, 'gagal');
    await mkdir(join(folder, 'hasil.xlsx'), { recursive: true });
    // Renaming a file over a folder fails after the temporary file is written.
    await assert.rejects(writeFileAtomic(join(folder, 'hasil.xlsx'), new Uint8Array(1000)));
    assert.deepEqual(temporaries(folder), []);
    await assert.rejects(runConsolidation({ city, input, out: join(folder, 'hasil.xlsx'), period: { year: 2025, month: 4 } }));
    assert.deepEqual(temporaries(folder), []);
    assert.deepEqual(readdirSync(folder), ['hasil.xlsx']);
  });
});

/** The sample city's seeded generator, as a plain function, so a failure can be replayed. */
function prng(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

describe('data safety: twelve months of evaluator edits (seeded)', function () {
  this.timeout(120_000);
  const SEED = Number(process.env.SAKIP_SEED ?? 20250601);
  const OPDS = ['DINKES', 'DISDIK', 'DISHUB'] as const;
  /** Months each OPD does not submit. */
  const SKIPS: Record<string, readonly number[]> = { DINKES: [], DISDIK: [3, 4, 9], DISHUB: [6] };
  /** A criterion the city's custom model drops in some months. */
  const DROPPED = { kode: '3.1.6', months: [7, 8] };
  const NOTES = ['Dokumen belum ditetapkan', 'Catatan “kutip” — é', '=1+1 bukan rumus', '@cek ulang', '-perlu bukti', 'Bukti\nbaris dua', '数据 ✓'];

  let root: string;
  const out = (month: number) => join(root, `konsolidasi-2025-${String(month).padStart(2, '0')}.xlsx`);
  const problems: string[] = [];
  let editsMade = 0;
  let archivedSeen = 0;
  let restoredSeen = 0;

  const criteriaOf = (month: number) => MODEL_88_2021.criteria.filter((c) => !(c.code === DROPPED.kode && DROPPED.months.includes(month)));
  const modelSheet = (month: number): unknown[][] => [['Kode', 'Uraian', 'Tipe', 'Aturan'], ...criteriaOf(month).map((c) => [c.code, c.text, c.type, ''])];

  before(async () => {
    root = await tempFolder('year');
    const random = prng(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    /** What the evaluators have written so far: key → entry. */
    const expected = new Map<string, { kodeOpd: string; kode: string; jawaban: string; catatan: string }>();

    for (let month = 1; month <= 12; month++) {
      const cityFolder = join(root, `kota-${month}`);
      const city = await writeCity(cityFolder, OPDS.map((k) => [k, `OPD ${k}`] as const), (c) => (c.model = modelSheet(month)));
      const input = join(root, `masukan-${month}`);
      await mkdir(input);
      for (const kode of OPDS) {
        if (SKIPS[kode]!.includes(month)) continue;
        await writeOpd(input, {
          kode,
          month,
          edit: (f) => {
            f.lke = lkeGrid().filter((row) => !(row[0] === DROPPED.kode && DROPPED.months.includes(month)));
          },
        });
      }
      const outcome = await runConsolidation({ city, input, out: out(month), period: { year: 2025, month }, ...(month > 1 ? { previous: out(month - 1) } : {}) });
      assert.equal(outcome.kind, 'done', `month ${month}`);
      if (outcome.kind === 'done') {
        archivedSeen += outcome.consolidation.archive.length;
        restoredSeen += outcome.consolidation.restored;
      }

      // Every entry written so far is on LKE (key present this month) or in Arsip Evaluator, unchanged.
      const workbook = await loadXlsx(out(month));
      const onLke = records(workbook, 'LKE').filter((r) => r['Jawaban Evaluator'] !== '' || r['Catatan Evaluator'] !== '');
      const archived = records(workbook, 'Arsip Evaluator');
      const shown = (rows: Record<string, unknown>[]) => rows.map((r) => `${String(r['Kode OPD'])}|${String(r.Kode)}|${String(r['Jawaban Evaluator'])}|${String(r['Catatan Evaluator'])}`).sort();
      const submitted = (kode: string) => !SKIPS[kode]!.includes(month);
      const inModel = new Set(criteriaOf(month).map((c) => c.code));
      const want = [...expected.values()];
      const wantLke = want.filter((e) => submitted(e.kodeOpd) && inModel.has(e.kode));
      const wantArsip = want.filter((e) => !(submitted(e.kodeOpd) && inModel.has(e.kode)));
      const line = (e: { kodeOpd: string; kode: string; jawaban: string; catatan: string }) => `${e.kodeOpd}|${e.kode}|${e.jawaban}|${e.catatan}`;
      const gotLke = shown(onLke);
      const gotArsip = shown(archived);
      if (gotLke.join('\n') !== wantLke.map(line).sort().join('\n')) problems.push(`month ${month} LKE:\n got  ${gotLke.join(' ; ')}\n want ${wantLke.map(line).sort().join(' ; ')}`);
      if (gotArsip.join('\n') !== wantArsip.map(line).sort().join('\n')) problems.push(`month ${month} Arsip:\n got  ${gotArsip.join(' ; ')}\n want ${wantArsip.map(line).sort().join(' ; ')}`);

      // The evaluators edit this month's output before the next run, on rows that are there.
      const rows = records(workbook, 'LKE');
      const edits: { kodeOpd: string; kode: string; jawaban?: string; catatan?: string }[] = [];
      const count = 3 + Math.floor(random() * 5);
      for (let i = 0; i < count && rows.length > 0; i++) {
        const row = pick(rows);
        const kodeOpd = String(row['Kode OPD']);
        const kode = String(row.Kode);
        const type = String(row.Tipe);
        const answers = type === 'Y/T' ? ['Y', 'T', 'y', 't'] : type === 'AA-E' ? ['AA', 'A', 'B', 'c', 'D', 'E'] : ['A', 'B', 'C', 'd', 'E'];
        const kind = random();
        const edit = {
          kodeOpd,
          kode,
          ...(kind < 0.7 ? { jawaban: pick(answers) } : {}),
          ...(kind > 0.4 ? { catatan: `${pick(NOTES)} (bulan ${month})` } : {}),
        };
        edits.push(edit);
        const key = `${kodeOpd}|${kode}`;
        const previous = expected.get(key) ?? { kodeOpd, kode, jawaban: '', catatan: '' };
        expected.set(key, { ...previous, ...(edit.jawaban !== undefined ? { jawaban: edit.jawaban } : {}), ...(edit.catatan !== undefined ? { catatan: edit.catatan } : {}) });
      }
      // Always touch the criterion that will leave the model, and an OPD that will skip a month.
      if (month === 6) edits.push({ kodeOpd: 'DINKES', kode: DROPPED.kode, jawaban: 'B', catatan: 'sebelum kriteria dihapus' });
      if (month === 2) edits.push({ kodeOpd: 'DISDIK', kode: '2.1.1', jawaban: 'C', catatan: 'sebelum DISDIK absen' });
      for (const e of edits.slice(count)) expected.set(`${e.kodeOpd}|${e.kode}`, { kodeOpd: e.kodeOpd, kode: e.kode, jawaban: e.jawaban!, catatan: e.catatan! });
      editsMade += edits.length;
      await editEvaluator(out(month), edits);
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('loses no evaluator answer or note over twelve runs', () => {
    assert.deepEqual(problems, [], `seed ${SEED}`);
    assert.ok(editsMade >= 12 * 3);
  });

  it('archived entries whose key vanished and restored them when it came back', () => {
    assert.ok(archivedSeen > 0, 'entries were archived');
    assert.ok(restoredSeen > 0, 'entries were restored');
  });
});
