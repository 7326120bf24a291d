/**
 * An evaluation (LKE) model is data: components, sub-components with weights, criteria with
 * answer types, and kerangka-logis rules. Scoring code never names a criterion.
 */
import { z } from 'zod/mini';

/**
 * `A-D`: four steps 1 / 0,66 / 0,33 / 0 (Trenggalek); `M/BM`: MEMADAI / BELUM MEMADAI; `%`: a
 * percentage 0–100 (value = percentage / 100).
 */
export const ANSWER_TYPES = ['Y/T', 'A-E', 'AA-E', 'A-D', 'M/BM', '%'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const SUB_METHODS = ['rata-rata', 'akumulasi'] as const;
export type SubMethod = (typeof SUB_METHODS)[number];

export const SubComponentSchema = z.object({
  /** Slot 1..n within the component (88/2021: 1 Keberadaan, 2 Kualitas, 3 Pemanfaatan; a city may add a 4th, e.g. Capaian). */
  slot: z.number(),
  name: z.string(),
  weight: z.number(),
  /** `rata-rata` (default): mean value × weight; `akumulasi`: Σ value × criterion weight (scoring.md §3). */
  method: z.optional(z.enum(SUB_METHODS)),
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
  /** A value per answer option (`A=1; B=0,66; …`), replacing the type's scale. */
  options: z.optional(z.array(z.object({ answer: z.string(), value: z.number() }))),
  /** Scored per required document: each document answered Y/T, with its share of the criterion (scoring.md §2). */
  perDokumen: z.optional(z.boolean()),
  /** Points in the total, for a sub-component scored by `akumulasi` (default: sub weight / its criteria). */
  weight: z.optional(z.number()),
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
