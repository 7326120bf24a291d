/**
 * bench/report/targets.ts: the verdicts `npm run bench` states for issue 15's targets (1,000
 * workbooks ≤ 1.5× the single-thread floor, peak RSS ≤ 400 MB at every size, 10× the workbooks
 * ≤ 11× the time), on figures made up at the edges of each target.
 */
import assert from 'node:assert/strict';
import { checkTargets } from '../../bench/report/targets';
import type { GrowthStep, SizeResult } from '../../bench/result';

function size(workbooks: number, seconds: number, floor1: number, peakRssRuns: number[]): SizeResult {
  const floor = { seconds: floor1, runs: [floor1], rowsWithValues: 1, cells: 1 };
  return {
    corpus: { name: String(workbooks), workbooks, dataRows: workbooks * 400, bytes: 1, generationSeconds: 0, written: 0, linked: 0 },
    consolidate: { seconds, runs: [seconds], peakRssMb: Math.max(...peakRssRuns), peakRssRuns, rssSource: 'gnu-time', workbooksPerSecond: 1, rowsPerSecond: 1, filesRead: workbooks, filesNotRead: 0, findings: null },
    floor1: floor,
    floor2: { ...floor, seconds: floor1 / 2 },
    ratioFloor1: seconds / floor1,
    ratioFloor2: seconds / (floor1 / 2),
  };
}

const step = (from: number, to: number, timeRatio: number): GrowthStep => ({ from, to, countRatio: to / from, timeRatio, rssRatio: 1 });
const verdicts = (sizes: SizeResult[], growth: GrowthStep[], large: SizeResult | null = null): Record<string, boolean | null> =>
  Object.fromEntries(checkTargets({ sizes, growth, large, paneMs: 400 }).map((t) => [t.id, t.met]));

describe('bench: the targets the report checks', () => {
  it('1.5× the single-thread floor at the largest size: met at 1.5×, not at 1.51×', () => {
    assert.equal(verdicts([size(10, 1, 0.1, [150]), size(1000, 7.5, 5, [300])], [])['floor-ratio'], true);
    assert.equal(verdicts([size(10, 1, 0.1, [150]), size(1000, 7.55, 5, [300])], [])['floor-ratio'], false);
  });

  it('peak RSS ≤ 400 MB over every run of every size, the large workbook included', () => {
    assert.equal(verdicts([size(10, 1, 1, [150]), size(1000, 10, 5, [399, 400, 380])], [])['peak-rss'], true);
    assert.equal(verdicts([size(10, 1, 1, [150]), size(1000, 10, 5, [399, 401, 380])], [])['peak-rss'], false);
    assert.equal(verdicts([size(1000, 10, 5, [300])], [], size(1, 3, 1, [420]))['peak-rss'], false);
  });

  it('10× the workbooks ≤ 11× the time, on every tenfold step', () => {
    assert.equal(verdicts([], [step(10, 100, 2.3), step(100, 1000, 11)]).growth, true);
    assert.equal(verdicts([], [step(10, 100, 2.3), step(100, 1000, 11.2)]).growth, false);
    assert.equal(verdicts([], []).growth, null);
  });

  it('1,000 workbooks under 60 s, and not measured without that corpus', () => {
    assert.equal(verdicts([size(1000, 59, 5, [300])], [])['time-1000'], true);
    assert.equal(verdicts([size(1000, 61, 5, [300])], [])['time-1000'], false);
    assert.equal(verdicts([size(100, 3, 1, [200])], [])['time-1000'], null);
  });
});
