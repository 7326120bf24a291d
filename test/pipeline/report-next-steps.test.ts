/**
 * The report and the pane agree on "what to do next": one core function (shared/assess/next-steps.ts)
 * computes the list; the report feeds it the consolidated workbook's LKE answers and Temuan rows,
 * the pane the open OPD workbook's answers and findings. For an OPD the evaluators have not
 * corrected, both give the same list; an evaluator's answer changes the report's plan.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { opdResults } from '../../pipeline/report/opd-results';
import { readConsolidation } from '../../pipeline/report/read-consolidation';
import { paneNextSteps } from '../../addin/taskpane/score-summary';
import { editEvaluator, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

describe('what to do next: the report and the pane agree', function () {
  this.timeout(300_000);
  let root: string;
  let out: string;
  let opdFile: string;
  let city: string;

  before(async () => {
    root = await tempFolder('next-steps');
    const input = join(root, 'masukan');
    await mkdir(input);
    city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    // Weak answers (so there is a plan) and one blank (a warning to fix).
    const answers: Record<string, string> = {};
    for (const c of MODEL_88_2021.criteria.filter((c) => c.component === 2)) answers[c.code] = c.type === 'Y/T' ? 'T' : 'D';
    answers['1.1.1'] = '';
    opdFile = await writeOpd(input, { kode: 'DINKES', answers });
    await writeOpd(input, { kode: 'DISDIK' });
    out = join(root, 'konsolidasi-2025-05.xlsx');
    const outcome = await runConsolidation({ city, input, out, now: new Date('2025-06-02T08:00:00Z') });
    assert.equal(outcome.kind, 'done');
  });

  async function paneList() {
    const cityRead = readCityWorkbook((await readWorkbookFile(city)).table!);
    const assessment = assessOpdWorkbook((await readWorkbookFile(opdFile)).table!, { city: cityRead.config!, period: { year: 2025, month: 5 } });
    return paneNextSteps(assessment, 'id');
  }

  async function reportList(path: string) {
    const workbook = readConsolidation((await readWorkbookFile(path)).table!);
    return opdResults(workbook, 'id').find((r) => r.line.kodeOpd === 'DINKES')!.next;
  }

  it('gives the same steps and findings from the consolidated workbook as from the OPD workbook', async () => {
    const pane = await paneList();
    const report = await reportList(out);
    assert.ok(pane.target, 'DINKES is below AA');
    assert.ok(pane.steps.length > 0, 'a plan to the next predikat');
    assert.ok(pane.findings.some((f) => f.code === 'LKE_UNANSWERED' && f.fix.length > 0), 'the blank answer, with its fix');
    assert.deepEqual(report, pane);
  });

  it("follows the evaluator's answer in the report", async () => {
    const edited = join(root, 'dinilai.xlsx');
    const pane = await paneList();
    const lowered = pane.steps[0]!;
    // The evaluator lowers another criterion to the bottom: the total drops and the plan changes.
    const target = MODEL_88_2021.criteria.find((c) => c.component === 3 && c.type === 'A-E')!;
    await editEvaluator(out, [{ kodeOpd: 'DINKES', kode: target.code, jawaban: 'E' }]);
    const { copyFile } = await import('node:fs/promises');
    await copyFile(out, edited);
    const report = await reportList(edited);
    assert.ok(report.total < pane.total, `${report.total} < ${pane.total}`);
    assert.ok(report.target !== pane.target || report.pointsNeeded > pane.pointsNeeded, `more to do after the evaluator's answer (first step ${lowered.code})`);
  });
});
