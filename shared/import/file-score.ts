/**
 * The self-assessment as an imported workbook computes it itself (docs/import.md §3): its own
 * Nilai on each sub-component row (a blank one counts 0, as the workbook's own summary reads it).
 * Where that differs from what the answers give, a finding names the sub-component: the file's
 * subtotal formula is missing or stale.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { LkeScore } from '../scoring/rollup';

const TOLERANCE = 1e-6;
const sum = (numbers: readonly number[]): number => numbers.reduce((a, b) => a + b, 0);

export function fileScore(computed: LkeScore, fileScores: ReadonlyMap<string, number>, where: { file: string; sheet: string }): { score: LkeScore; findings: Finding[] } {
  const findings: Finding[] = [];
  const components = computed.components.map((component) => {
    const subComponents = component.subComponents.map((sub) => {
      const own = fileScores.get(sub.key) ?? 0;
      if (Math.abs(own - sub.score) > TOLERANCE) {
        findings.push(makeFinding('IMPORT_SUBTOTAL_DIFFERS', where, { subcomponent: sub.key, name: sub.name, file: own, computed: sub.score }));
      }
      return { ...sub, score: own };
    });
    return { ...component, subComponents, score: Math.min(sum(subComponents.map((s) => s.score)), component.weight) };
  });
  return { score: { ...computed, components, total: sum(components.map((c) => c.score)) }, findings };
}
