/**
 * bench/profile-stages.ts: a CPU profile's samples are counted by stage, from the source file of
 * each frame; a frame without a source (native code) counts for its caller's stage; the thread
 * that runs zip-worker.ts is the output's zip writer; a function named like an Object method is no pseudo-frame.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stageOf, stageTimes } from '../../bench/profile-stages';
import type { CpuProfile } from '../../bench/profile-summary';

const ROOT = join(__dirname, '..', '..');
const frame = (functionName: string, file: string): CpuProfile['nodes'][number]['callFrame'] => ({ functionName, url: file ? pathToFileURL(join(ROOT, file)).href : '', lineNumber: 0, columnNumber: 0 });

/** root → a → native; root → (garbage collector); root → (idle). Samples: 3 in native, 1 in a, 2 GC, 4 idle, 1 ms each. */
function profileOf(file: string, functionName = 'f'): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 4, 5] },
      { id: 2, callFrame: frame(functionName, file), children: [3] },
      { id: 3, callFrame: frame('encodeUtf8String', '') },
      { id: 4, callFrame: frame('(garbage collector)', '') },
      { id: 5, callFrame: frame('(idle)', '') },
    ],
    startTime: 0,
    endTime: 11_000,
    samples: [3, 3, 3, 2, 4, 4, 5, 5, 5, 5],
    timeDeltas: new Array<number>(10).fill(1000),
  };
}

describe('bench: CPU time by stage (profile-stages.ts)', () => {
  it('names the stage of a source file by thread', () => {
    assert.equal(stageOf('node_modules/fflate/esm/index.mjs', 'read'), 'read: zip gate + inflate');
    assert.equal(stageOf('pipeline/read/xlsx-sheet.ts', 'read'), 'read: SAX parse + XML limits + table');
    assert.equal(stageOf('shared/parse/read-kinerja.ts', 'read'), 'read: OPD model');
    assert.equal(stageOf('shared/checks/pohon-links.ts', 'read'), 'read: assessment (checks, scores, capaian)');
    assert.equal(stageOf('pipeline/consolidate/sheets/kinerja.ts', 'main'), 'main: write (lay out rows, encode, styles)');
    assert.equal(stageOf('pipeline/consolidate/consolidation.ts', 'main'), 'main: consolidate');
    assert.equal(stageOf('pipeline/consolidate/xlsx/zip-thread.ts', 'main'), 'main: write, waiting on the zip thread (its 8 MB ring full)');
    assert.equal(stageOf('node_modules/fflate/esm/index.mjs', 'zip'), 'write: deflate + file (zip thread)');
    assert.equal(stageOf('node_modules/other/index.js', 'main'), undefined);
  });

  it('counts native frames for their caller, pseudo-frames as such, and tells the threads apart', () => {
    const totals = stageTimes(
      [
        { profile: profileOf('pipeline/consolidate/sheets/lke.ts'), main: true },
        { profile: profileOf('shared/parse/read-lke.ts'), main: false },
        { profile: profileOf('pipeline/consolidate/xlsx/zip-worker.ts', 'toString'), main: false },
      ],
      ROOT,
    );
    assert.deepEqual(Object.fromEntries(totals), {
      'main: write (lay out rows, encode, styles)': 4,
      'main: garbage collector': 2,
      'main: idle': 4,
      'read: OPD model': 4,
      'read: garbage collector': 2,
      'read: idle': 4,
      'write: deflate + file (zip thread)': 4,
      'zip thread: garbage collector': 2,
      'zip thread: idle': 4,
    });
  });
});
