/** Criterion codes `K.S.N` (component.slot.number) and sub-component keys `K.S`. */

export interface CriterionCode {
  readonly component: number;
  readonly slot: number;
  readonly number: number;
}

const CODE_PATTERN = /^([1-9]\d*)\.([1-9]\d*)\.([1-9]\d*)$/;
const SUB_KEY_PATTERN = /^([1-9]\d*)\.([1-9]\d*)$/;

/** Reads `K.S.N` with positive integers (surrounding spaces ignored); undefined otherwise. */
export function parseCriterionCode(text: string): CriterionCode | undefined {
  const match = CODE_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return { component: Number(match[1]), slot: Number(match[2]), number: Number(match[3]) };
}

/** Reads a sub-component key `K.S`; undefined otherwise. */
export function parseSubKey(text: string): { component: number; slot: number } | undefined {
  const match = SUB_KEY_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return { component: Number(match[1]), slot: Number(match[2]) };
}

/** Orders codes by their numbers (1.2.10 after 1.2.9); unreadable codes last, by text. */
export function compareCriterionCodes(a: string, b: string): number {
  const pa = parseCriterionCode(a);
  const pb = parseCriterionCode(b);
  if (pa && pb) return pa.component - pb.component || pa.slot - pb.slot || pa.number - pb.number;
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
