/**
 * An evaluation (LKE) model is data: components, sub-components with weights, criteria with
 * answer types, and kerangka-logis rules. Scoring code never names a criterion.
 */
import { z } from 'zod/mini';

export const ANSWER_TYPES = ['Y/T', 'A-E', 'AA-E'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const SubComponentSchema = z.object({
  /** Slot 1..n within the component (88/2021: 1 Keberadaan, 2 Kualitas, 3 Pemanfaatan). */
  slot: z.number(),
  name: z.string(),
  weight: z.number(),
});
export type SubComponent = z.infer<typeof SubComponentSchema>;

export const ComponentSchema = z.object({
  number: z.number(),
  name: z.string(),
  /** The header the consolidated `Ringkasan` sheet uses (Perencanaan, Pengukuran, …). */
  shortName: z.string(),
  weight: z.number(),
  subComponents: z.array(SubComponentSchema),
});
export type Component = z.infer<typeof ComponentSchema>;

export const CriterionSchema = z.object({
  /** `K.S.N`, e.g. `1.2.5`. */
  code: z.string(),
  component: z.number(),
  slot: z.number(),
  text: z.string(),
  type: z.enum(ANSWER_TYPES),
});
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * prerequisite: `criterion` may not score higher than `reference` (a criterion code);
 * average: `criterion` may not score higher than the mean of sub-component `reference` (`K.S`).
 */
export const RuleSchema = z.object({
  kind: z.enum(['prerequisite', 'average']),
  criterion: z.string(),
  reference: z.string(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const EvaluationModelSchema = z.object({
  /** `88/2021`, `12/2015`, or a custom model's name. */
  id: z.string(),
  name: z.string(),
  /** For a custom model: the shipped model whose weights it uses. */
  baseModel: z.optional(z.string()),
  components: z.array(ComponentSchema),
  criteria: z.array(CriterionSchema),
  rules: z.array(RuleSchema),
});
export type EvaluationModel = z.infer<typeof EvaluationModelSchema>;

/** `K.S` key of a sub-component. */
export const subKey = (component: number, slot: number): string => `${component}.${slot}`;
