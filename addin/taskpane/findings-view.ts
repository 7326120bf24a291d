/**
 * The findings list: grouped by sheet (file-level findings first), each group with its error and
 * warning counts; each finding shows its cell, severity label, code and message. A finding that
 * names a sheet is a button that takes the user there.
 */
import { SEVERITY_LABEL, type Finding, type Lang, findingMessage } from '../../shared';
import { el, replaceChildren } from './dom';
import type { Texts } from './texts';

export interface FindingGroup {
  /** Undefined for file-level findings. */
  readonly sheet?: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
}

/** Groups in order of first appearance (the core lists findings in sheet order). */
export function groupBySheet(findings: readonly Finding[]): FindingGroup[] {
  // File-level findings (no sheet) first.
  const groups = new Map<string | undefined, Finding[]>([[undefined, []]]);
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([sheet, list]) => ({
      ...(sheet === undefined ? {} : { sheet }),
      findings: list,
      errors: list.filter((f) => f.severity === 'error').length,
      warnings: list.filter((f) => f.severity === 'warning').length,
    }));
}

function countBadges(errors: number, warnings: number, texts: Texts): HTMLElement[] {
  const badges: HTMLElement[] = [];
  if (errors > 0) badges.push(el('fluent-badge', { color: 'danger', appearance: 'tint', class: 'count count-error' }, `${errors} ${texts.errors}`));
  if (warnings > 0) badges.push(el('fluent-badge', { color: 'warning', appearance: 'tint', class: 'count count-warning' }, `${warnings} ${texts.warnings}`));
  return badges;
}

function findingItem(f: Finding, lang: Lang, texts: Texts, onSelect: (f: Finding) => void): HTMLElement {
  const content = [
    el('span', { class: 'cell' }, f.cell ?? (f.sheet === undefined ? '' : texts.wholeSheet)),
    el('fluent-badge', { size: 'small', color: f.severity === 'error' ? 'danger' : 'warning', class: 'severity' }, SEVERITY_LABEL[f.severity][lang]),
    el('span', { class: 'code' }, f.code),
    el('span', { class: 'message' }, findingMessage(f, lang)),
  ];
  const attributes = { class: `finding finding-${f.severity}`, 'data-code': f.code, 'data-sheet': f.sheet ?? '', 'data-cell': f.cell ?? '' };
  if (f.sheet === undefined) return el('li', {}, el('div', attributes, ...content));
  const button = el('button', { ...attributes, type: 'button', title: texts.goTo(f.sheet, f.cell ?? 'A1') }, ...content);
  button.addEventListener('click', () => onSelect(f));
  return el('li', {}, button);
}

export function renderFindings(container: HTMLElement, findings: readonly Finding[], lang: Lang, texts: Texts, onSelect: (f: Finding) => void): void {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const heading = el('h2', {}, el('span', {}, texts.findings), ...countBadges(errors, findings.length - errors, texts));
  if (findings.length === 0) {
    replaceChildren(container, heading, el('p', { class: 'empty' }, texts.noFindings));
    return;
  }
  const groups = groupBySheet(findings).map((group) =>
    el(
      'section',
      { class: 'group', 'data-sheet': group.sheet ?? '' },
      el('h3', {}, el('span', { class: 'sheet-name' }, group.sheet ?? texts.fileLevel), ...countBadges(group.errors, group.warnings, texts)),
      el('ul', {}, ...group.findings.map((f) => findingItem(f, lang, texts, onSelect))),
    ),
  );
  replaceChildren(container, heading, ...groups);
}
