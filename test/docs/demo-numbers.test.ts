/**
 * The numbers docs/panduan.md quotes are the demo's: runs `npm run demo`'s logic (sample city,
 * three consolidations through `node bin/sakip.js`, simulated evaluator edits) into a temporary
 * folder and compares the guide's `<!-- demo:… -->` blocks with what it produced. After a
 * deliberate change (sample, scoring, reading): `UPDATE_GOLDEN=1 npx mocha test/docs/demo-numbers.test.ts`
 * rewrites the blocks; then check the guide's prose still fits them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blocksIn, GUIDE_PATH, guideBlocks, withBlocks } from '../../scripts/demo/guide-numbers';
import { DEMO_PERIODS, outputName, runDemo, SUMMARY_FILE, type DemoResult } from '../../scripts/demo/run-demo';

describe('npm run demo and the numbers of docs/panduan.md', function () {
  this.timeout(120_000);
  let dir: string;
  let result: DemoResult;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sakip-demo-'));
    result = await runDemo({ outDir: dir });
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the three consolidated workbooks and the summary JSON; the CLI exits 1 (Error findings on purpose), never 2', () => {
    assert.deepEqual(
      result.months.map((m) => m.period),
      DEMO_PERIODS,
    );
    for (const period of DEMO_PERIODS) assert.ok(existsSync(join(dir, outputName(period))), outputName(period));
    assert.ok(existsSync(join(dir, SUMMARY_FILE)));
    assert.deepEqual(
      result.months.map((m) => m.exitCode),
      [1, 1, 1],
    );
    assert.ok(result.months[0]!.evaluatorEdits.length > 0 && result.months[1]!.evaluatorEdits.length > 0, 'the simulated evaluator edits March and April');
    assert.ok(result.months[2]!.summary.evaluator.restored > 0, 'entries come back from Arsip Evaluator in May');
  });

  it('matches the numbers docs/panduan.md shows (UPDATE_GOLDEN=1 rewrites them)', () => {
    const expected = guideBlocks(result);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GUIDE_PATH, withBlocks(readFileSync(GUIDE_PATH, 'utf8'), expected));
    const inGuide = blocksIn(readFileSync(GUIDE_PATH, 'utf8'), expected.keys());
    for (const [name, content] of expected) {
      assert.ok(inGuide.has(name), `docs/panduan.md has no <!-- demo:${name} --> block`);
      assert.equal(inGuide.get(name), content, `docs/panduan.md, block demo:${name}`);
    }
  });
});
