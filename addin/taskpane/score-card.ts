/** The score card: components, total, predikat, next predikat, unanswered count, top criteria to raise. */
import { formatScore, round2 } from '../../shared';
import { el, replaceChildren } from './dom';
import type { ScoreSummary } from './score-summary';
import type { Texts } from './texts';

const row = (label: string, value: string, className = ''): HTMLElement =>
  el('tr', className ? { class: className } : {}, el('th', { scope: 'row' }, label), el('td', {}, value));

export function renderScoreCard(container: HTMLElement, summary: ScoreSummary, texts: Texts): void {
  const table = el(
    'table',
    { class: 'scores' },
    el('tbody', {}, ...summary.components.map((c) => row(c.name, `${c.score} / ${c.weight}`)), row(texts.total, summary.total, 'total')),
  );
  const grade = el(
    'div',
    { class: 'grade' },
    el('span', { class: 'predikat' }, summary.predikat || '–'),
    el('span', { class: 'label' }, summary.label),
  );
  const facts = el(
    'dl',
    { class: 'facts' },
    el('dt', {}, texts.nextGrade),
    el('dd', { class: 'next-grade' }, summary.nextGrade),
    el('dt', {}, texts.unanswered),
    el('dd', { class: 'unanswered' }, summary.unanswered),
  );
  const improvements = el(
    'ol',
    { class: 'improvements' },
    ...summary.improvements.map((step) =>
      el(
        'li',
        { title: step.text },
        el('span', { class: 'criterion' }, step.code),
        el('span', { class: 'step' }, `${step.from} → ${step.to}`),
        el('span', { class: 'gain' }, `${step.gain} ${texts.points}`),
      ),
    ),
  );
  const verdict = el(
    'fluent-message-bar',
    { intent: summary.rejected ? 'error' : 'success', class: 'verdict' },
    summary.rejected ? texts.rejected : texts.accepted,
  );
  const plan = summary.nextSteps;
  const planIntro = !plan.target ? [] : !plan.reachable ? [el('p', { class: 'plan-intro' }, texts.unreachable(plan.target))] : plan.steps.length > 0 ? [el('p', { class: 'plan-intro' }, texts.stepsTo(String(plan.steps.length), plan.target))] : [];
  const steps = el(
    'ol',
    { class: 'next-steps' },
    ...plan.steps.map((step) =>
      el(
        'li',
        { title: step.text },
        el('span', { class: 'criterion' }, step.code),
        el('span', { class: 'step' }, `${step.from ?? texts.blankAnswer} → ${step.to}`),
        el('span', { class: 'gain' }, `+${formatScore(round2(step.gain))} ${texts.points}`),
      ),
    ),
  );
  const toFix = el(
    'ul',
    { class: 'to-fix' },
    ...plan.findings.map((f) => el('li', { class: `to-fix-${f.severity}` }, el('strong', {}, `${f.title} (${f.count})`), el('span', { class: 'fix' }, ` ${f.fix}`))),
  );
  replaceChildren(
    container,
    el('h2', {}, texts.score),
    verdict,
    el('div', { class: 'score-top' }, grade, table),
    facts,
    el('h3', {}, texts.improvements),
    improvements,
    el('h3', {}, texts.nextSteps),
    ...planIntro,
    steps,
    ...(plan.findings.length > 0 ? [el('h4', {}, texts.toFix), toFix] : []),
  );
}
