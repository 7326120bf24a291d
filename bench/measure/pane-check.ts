/**
 * The task pane's "Periksa" on a ~2,000-row workbook in headless Chromium, driven as the
 * end-to-end test drives it (test/addin/taskpane.e2e.test.ts): dist/ served on 127.0.0.1,
 * Office.js answered by the stand-in holding the workbook, every other request refused. The time
 * is taken in the page, from the click to the findings and score rendered (the pane no longer
 * busy, then two animation frames so layout has run), a fresh pane for every repetition.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { STATE_GLOBAL } from '../../test/support/office-standin/snapshot';
import { standinScript } from '../../test/support/office-standin/standin-script';
import { snapshotFromXlsx } from '../../test/support/office-standin/xlsx-snapshot';
import { serveDirectory } from '../../test/support/static-server';
import { median } from '../stats';

export const CHROMIUM = '/usr/bin/chromium';
const DIST = join(__dirname, '..', '..', 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface PaneCheck {
  readonly ms: readonly number[];
  readonly medianMs: number;
  /** A second "Periksa" on the same pane (warm page). */
  readonly warmMedianMs: number;
  readonly findings: number;
  readonly syncs: number;
  readonly cells: number;
}

export const paneAvailable = (): string | undefined =>
  !existsSync(CHROMIUM) ? `${CHROMIUM} is missing` : !existsSync(join(DIST, 'taskpane.html')) ? 'dist/taskpane.html is missing (npm run build)' : undefined;

/**
 * Clicks #check and resolves with the ms until the findings are rendered. Runs in the page; kept
 * as source text because tsx's transform would add helpers (`__name`) the page does not have.
 */
const CLICK_CHECK = `new Promise((resolve) => {
  const body = document.body;
  const findings = document.getElementById('findings');
  const start = performance.now();
  let busySeen = false;
  const observer = new MutationObserver(() => {
    if (body.dataset.busy === 'true') busySeen = true;
    else if (busySeen && !findings.hidden) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    }
  });
  observer.observe(body, { attributes: true, attributeFilter: ['data-busy'] });
  document.getElementById('check').click();
})`;
const clickCheck = (page: Page): Promise<number> => page.evaluate(CLICK_CHECK) as Promise<number>;

export async function measurePaneCheck(workbookPath: string, reps: number): Promise<PaneCheck> {
  const snapshot = await snapshotFromXlsx(workbookPath);
  const cells = snapshot.sheets.reduce((sum, sheet) => sum + Object.keys(sheet.cells).length, 0);
  const script = await standinScript({ workbook: snapshot, displayLanguage: 'id-ID', documentUrl: 'https://contoso.sharepoint.com/sites/opd/Shared%20Documents/bench.xlsx' });
  const server = await serveDirectory(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    let findings = 0;
    let syncs = 0;
    for (let rep = 0; rep < reps; rep++) {
      const context = await browser.newContext({ viewport: { width: 380, height: 900 }, serviceWorkers: 'block' });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: script });
        if (new URL(url).hostname === '127.0.0.1') return route.continue();
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.waitForSelector('body[data-ready="true"]');
      cold.push(await clickCheck(page));
      findings = await page.$$eval('#findings .finding', (items) => items.length);
      const runs = (await page.evaluate(`globalThis.${STATE_GLOBAL}.state().runs`)) as number[];
      syncs = runs[0] ?? 0;
      // The same pane checked again: a second run with the page's code warm.
      await page.evaluate("document.getElementById('findings').hidden = true");
      warm.push(await clickCheck(page));
      await context.close();
    }
    return { ms: cold, medianMs: median(cold), warmMedianMs: median(warm), findings, syncs, cells };
  } finally {
    await browser.close();
    await server.close();
  }
}
