/**
 * The task pane end to end in headless Chromium: dist/ served on 127.0.0.1, Office.js answered by
 * the stand-in (backed by a broken .xlsx read with exceljs), every other network request refused.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readWorkbookTable } from '../../addin/taskpane/read-workbook';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { formatScore } from '../../shared/format/number-format';
import { DEFAULT_MODEL } from '../../shared/models/registry';
import { BROKEN_FINDINGS, BROKEN, BROKEN_FILE, writeBrokenOpdWorkbook } from '../support/broken-opd-workbook';
import { nodeStandin } from '../support/office-standin/node-standin';
import type { FillSnapshot, WorkbookSnapshot } from '../support/office-standin/snapshot';
import { STATE_GLOBAL } from '../support/office-standin/snapshot';
import { standinScript } from '../support/office-standin/standin-script';
import { snapshotFromXlsx } from '../support/office-standin/xlsx-snapshot';
import { serveDirectory, type StaticServer } from '../support/static-server';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENSHOT = join(ROOT, 'test-output', 'taskpane.png');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DOCUMENT_URL = `https://contoso.sharepoint.com/sites/dinkes/Shared%20Documents/${BROKEN_FILE}`;

interface StandinState {
  workbook: WorkbookSnapshot;
  activeSheet: string;
  selection: { sheet: string; address: string };
  runs: number[];
  customFunctions: string[];
}

/** What the page did that it should not: script errors, console errors, requests leaving 127.0.0.1. */
interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  blocked: string[];
}

describe('task pane end to end (headless Chromium)', function () {
  this.timeout(120_000);
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let snapshot: WorkbookSnapshot;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    skipped: ${CHROMIUM} is missing (CI installs Debian's chromium package)`);
      this.skip();
    }
    assert.ok(existsSync(join(DIST, 'taskpane.html')), 'dist/taskpane.html is missing: run `npm run build` first');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'sakip-e2e-'));
    await writeBrokenOpdWorkbook(join(dir, BROKEN_FILE));
    snapshot = await snapshotFromXlsx(join(dir, BROKEN_FILE));
    server = await serveDirectory(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh pane on a fresh copy of the workbook; Office.js is the stand-in, other hosts are refused. */
  async function openPane(displayLanguage: string, problems: PageProblems): Promise<Page> {
    const script = await standinScript({ workbook: snapshot, displayLanguage, documentUrl: DOCUMENT_URL });
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, serviceWorkers: 'block' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      problems.blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  const state = (page: Page): Promise<StandinState> => page.evaluate((name) => (globalThis as unknown as Record<string, { state(): StandinState }>)[name]!.state(), STATE_GLOBAL);

  /** Clicks and waits until the pane's action has finished. */
  async function act(page: Page, selector: string): Promise<void> {
    await page.click(selector);
    await page.waitForSelector('body[data-busy="false"]');
  }

  const fillsOf = (workbook: WorkbookSnapshot): Record<string, FillSnapshot | undefined> =>
    Object.fromEntries(workbook.sheets.flatMap((sheet) => Object.entries(sheet.cells).map(([a1, cell]) => [`${sheet.name}!${a1}`, cell.fill])));

  describe('in Indonesian, on the broken workbook', () => {
    const problems: PageProblems = { pageErrors: [], consoleErrors: [], blocked: [] };
    let page: Page;
    before(async function () {
      if (!browser) this.skip();
      page = await openPane('id-ID', problems);
    });
    after(async () => page?.context().close());

    it('has no inline script or inline event handler, and loads Office.js from the CDN', () => {
      const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
      assert.ok(html.includes(`<script src=${OFFICE_JS}>`) || html.includes(`<script src="${OFFICE_JS}">`), 'office.js script tag');
      assert.deepEqual(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), null, 'inline scripts');
      assert.deepEqual(html.match(/\son[a-z]+=/gi), null, 'inline event handlers');
    });

    it('opens in Indonesian with the custom functions of the shared runtime associated', async () => {
      assert.equal((await page.textContent('#check'))?.trim(), 'Periksa');
      assert.equal((await page.textContent('#clear-highlight'))?.trim(), 'Hapus sorotan');
      const { customFunctions } = await state(page);
      for (const id of ['GRADE', 'LABEL', 'NEXTGRADE', 'ANSWER', 'SCORE', 'COMPONENT', 'CAPAIAN', 'CAPAIANCATEGORY']) assert.ok(customFunctions.includes(id), id);
    });

    it('"Periksa" lists the findings grouped by sheet, reading in at most 3 syncs', async () => {
      await act(page, '#check');
      const listed = await page.$$eval('#findings .finding', (items) => items.map((item) => `${item.getAttribute('data-code')} ${item.getAttribute('data-sheet')}!${item.getAttribute('data-cell')}`));
      assert.deepEqual(listed, BROKEN_FINDINGS);
      const groups = await page.$$eval('#findings section.group h3', (heads) => heads.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()));
      assert.deepEqual(groups, ['LKE1 error1 peringatan', 'Kinerja2 error1 peringatan', 'Pohon Kinerja1 error']);
      const first = await page.textContent('#findings .finding[data-cell="C6"]');
      assert.match(first ?? '', /Error/);
      assert.match(first ?? '', /Jawaban "X" tidak sah untuk kriteria 1\.1\.2/);
      const { runs } = await state(page);
      assert.ok(runs.length === 1 && runs[0]! <= 3, `syncs per run: ${runs.join()}`);
    });

    it('shows the score card: components, total, predikat, next grade, unanswered, top criteria', async () => {
      const card = (await page.textContent('#score'))?.replace(/\s+/g, ' ') ?? '';
      for (const part of ['Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi Internal', 'Total', 'Ditolak', 'Belum dijawab']) assert.ok(card.includes(part), part);
      const total = await page.textContent('#score tr.total td');
      assert.match(total ?? '', /^\d{1,3},\d\d$/, 'Indonesian decimal comma');
      const expected = assessOpdWorkbook(await nodeStandin(snapshot).run((context) => readWorkbookTable(context, BROKEN_FILE)));
      assert.ok(expected.grade.ok);
      assert.equal(await page.textContent('#score .predikat'), expected.grade.predikat);
      assert.equal(total, formatScore(expected.grade.score));
      assert.equal(await page.textContent('#score .unanswered'), `1 dari ${DEFAULT_MODEL.criteria.length} kriteria`);
      const steps = await page.$$eval('#score ol.improvements li', (items) => items.map((li) => li.textContent));
      assert.equal(steps.length, 5);
      const invalid = steps.find((step) => step?.startsWith(BROKEN.invalidAnswer.kode));
      assert.match(invalid ?? '', /kosong → Y\+\d+,\d\d poin$/, 'the unreadable answer counts as blank');
      assert.ok(steps.some((step) => /^2\.1\.3T → Y/.test(step ?? '')), steps.join(' | '));
    });

    it('clicking a finding activates its sheet and selects its cell', async () => {
      await act(page, '#findings .finding[data-cell="W3"]');
      let now = await state(page);
      assert.equal(now.activeSheet, 'Kinerja');
      assert.deepEqual(now.selection, { sheet: 'Kinerja', address: 'W3' });
      await act(page, '#findings .finding[data-cell="B4"]');
      now = await state(page);
      assert.deepEqual(now.selection, { sheet: 'Pohon Kinerja', address: 'B4' });
    });

    it('"Sorot" colours every finding cell, "Hapus sorotan" brings back exactly the fills before', async () => {
      const before = fillsOf((await state(page)).workbook);
      await act(page, '#highlight');
      const lit = fillsOf((await state(page)).workbook);
      assert.equal(lit['LKE!C6']?.color, '#F4B6B6');
      assert.equal(lit['LKE!D13']?.color, '#FFE8A3');
      assert.equal(lit['Kinerja!H2']?.color, '#FFE8A3');
      assert.equal(lit['Kinerja!W3']?.color, '#F4B6B6');
      assert.equal(lit['Kinerja!A4']?.color, '#F4B6B6');
      assert.equal(lit['Pohon Kinerja!B4']?.color, '#F4B6B6');
      assert.equal(await page.getAttribute('#clear-highlight', 'disabled'), null);

      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      await act(page, '#clear-highlight');
      const restored = fillsOf((await state(page)).workbook);
      assert.deepEqual(restored, before);
      assert.deepEqual(restored['LKE!C6'], { pattern: 'Solid', color: BROKEN.answerFill, patternColor: '#000000' });
      assert.equal(restored['Kinerja!H2']?.color, BROKEN.textNumberFill, 'explicit white fill kept');
      assert.equal(restored['Kinerja!A4'], undefined, 'no fill is back to no fill');
    });

    it('"Siapkan lembar" adds the missing Rekomendasi sheet and leaves the others as they were', async () => {
      const before = (await state(page)).workbook;
      await act(page, '#prepare');
      const after = (await state(page)).workbook;
      assert.deepEqual(after.sheets.map((s) => s.name), ['Profil', 'LKE', 'Kinerja', 'Pohon Kinerja', 'Rekomendasi']);
      assert.deepEqual(after.sheets.slice(0, 4), before.sheets);
      assert.equal(after.sheets[4]!.frozenRows, 1);
      assert.match((await page.textContent('#status')) ?? '', /Lembar ditambahkan: Rekomendasi/);
    });

    it('raised no script error, no console error and no request beyond 127.0.0.1', () => {
      assert.deepEqual(problems, { pageErrors: [], consoleErrors: [], blocked: [] });
    });
  });

  describe('in English', () => {
    const problems: PageProblems = { pageErrors: [], consoleErrors: [], blocked: [] };
    let page: Page;
    before(async function () {
      if (!browser) this.skip();
      page = await openPane('en-US', problems);
    });
    after(async () => page?.context().close());

    it('labels the pane and the findings in English when Office is in English', async () => {
      assert.equal((await page.textContent('#check'))?.trim(), 'Check');
      await act(page, '#check');
      const first = await page.textContent('#findings .finding[data-cell="C6"]');
      assert.match(first ?? '', /Error/);
      assert.doesNotMatch(first ?? '', /tidak sah/);
      assert.match((await page.textContent('#findings h2')) ?? '', /Findings/);
      assert.deepEqual(problems, { pageErrors: [], consoleErrors: [], blocked: [] });
    });
  });
});

