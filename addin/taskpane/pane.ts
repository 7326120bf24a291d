/// <reference types="office-js" />
/**
 * The pane's controller: wires the four buttons to the Excel actions and the core, keeps the
 * last findings and the saved fills, and shows progress and results. One action at a time.
 */
import { assessOpdWorkbook, type Finding, type Lang } from '../../shared';
import { documentName } from './document-name';
import { byId, el, replaceChildren } from './dom';
import { renderFindings } from './findings-view';
import { goToCell } from './go-to-cell';
import { applyHighlight, clearHighlight, type SavedFill } from './highlight';
import { highlightTargets } from './highlight-targets';
import { prepareSheets } from './prepare-sheets';
import { readWorkbookTable } from './read-workbook';
import { renderScoreCard } from './score-card';
import { scoreSummary } from './score-summary';
import { langOf, textsFor, type Texts } from './texts';

type TextKey = { [K in keyof Texts]: Texts[K] extends string ? K : never }[keyof Texts];

/** Fills every `[data-text]` element of the page from the dictionary. */
function applyStaticTexts(texts: Texts): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = texts[element.dataset.text as TextKey];
    if (typeof text === 'string') element.textContent = text;
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function startPane(): void {
  const lang: Lang = langOf(Office.context.displayLanguage);
  const texts = textsFor(lang);
  document.documentElement.lang = lang;
  document.title = texts.title;
  applyStaticTexts(texts);

  const buttons = {
    check: byId('check'),
    highlight: byId('highlight'),
    clear: byId('clear-highlight'),
    prepare: byId('prepare'),
  };
  const status = byId('status');
  const scoreSection = byId('score');
  const findingsSection = byId('findings');

  let findings: readonly Finding[] = [];
  let saved: readonly SavedFill[] = [];
  let busy = false;

  const updateButtons = (): void => {
    document.body.dataset.busy = String(busy);
    buttons.check.toggleAttribute('disabled', busy);
    buttons.prepare.toggleAttribute('disabled', busy);
    buttons.highlight.toggleAttribute('disabled', busy || highlightTargets(findings).length === 0);
    buttons.clear.toggleAttribute('disabled', busy || saved.length === 0);
  };

  const showStatus = (intent: 'success' | 'warning' | 'error' | 'info', message: string): void =>
    replaceChildren(status, el('fluent-message-bar', { intent, class: `status-${intent}` }, message));

  /** Runs one action; its returned text (if any) is shown as the result. */
  const run = async (action: () => Promise<string | undefined>, progress?: string): Promise<void> => {
    if (busy) return;
    busy = true;
    updateButtons();
    replaceChildren(status, ...(progress ? [el('fluent-spinner', { size: 'tiny' }), el('span', {}, progress)] : []));
    try {
      const result = await action();
      replaceChildren(status);
      if (result) showStatus('success', result);
    } catch (error) {
      console.error(error);
      showStatus('error', texts.failed(errorMessage(error)));
    } finally {
      busy = false;
      updateButtons();
    }
  };

  const goTo = (finding: Finding): void => {
    const sheet = finding.sheet;
    if (sheet === undefined) return;
    void run(() => Excel.run((context) => goToCell(context, sheet, finding.cell)).then(() => undefined));
  };

  const check = async (): Promise<undefined> => {
    const table = await Excel.run((context) => readWorkbookTable(context, documentName(Office.context.document.url)));
    const assessment = assessOpdWorkbook(table);
    findings = assessment.findings;
    renderScoreCard(scoreSection, scoreSummary(assessment, texts, lang), texts);
    renderFindings(findingsSection, findings, lang, texts, goTo);
    scoreSection.hidden = false;
    findingsSection.hidden = false;
    return undefined;
  };

  const highlight = async (): Promise<string> => {
    const targets = highlightTargets(findings);
    if (targets.length === 0) return texts.nothingToHighlight;
    await Excel.run(async (context) => {
      // An earlier highlight is undone first, so its colours are never saved as originals.
      await clearHighlight(context, saved);
      saved = [];
      saved = await applyHighlight(context, targets);
    });
    return texts.highlighted(targets.length);
  };

  const clear = async (): Promise<string> => {
    await Excel.run((context) => clearHighlight(context, saved));
    saved = [];
    return texts.highlightCleared;
  };

  const prepare = async (): Promise<string> => {
    const added = await Excel.run((context) => prepareSheets(context));
    return added.length > 0 ? texts.sheetsAdded(added.join(', ')) : texts.sheetsComplete;
  };

  buttons.check.addEventListener('click', () => void run(check, texts.checking));
  buttons.highlight.addEventListener('click', () => void run(highlight));
  buttons.clear.addEventListener('click', () => void run(clear));
  buttons.prepare.addEventListener('click', () => void run(prepare));
  updateButtons();
  document.body.dataset.ready = 'true';
}
