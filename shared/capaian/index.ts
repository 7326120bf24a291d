/** Capaian kinerja (scoring.md §6): public API. */
export type { Aggregation, CapaianOptions, NegativeFormula, Polarity, Target } from './types';
export { DEFAULT_CAPAIAN_OPTIONS } from './types';
export type { NoValueReason } from './no-value-reasons';
export { NO_VALUE_REASONS } from './no-value-reasons';
export type { CapaianResult } from './capaian';
export { capaian } from './capaian';
export type { AggregateResult, IndicatorMonths } from './aggregate';
export { aggregate } from './aggregate';
export type { IndicatorCapaianResult } from './indicator-capaian';
export { indicatorCapaian } from './indicator-capaian';
export type { CapaianCategory, CategoryScheme } from './category';
export { DEFAULT_CATEGORY_SCHEME, capaianCategory } from './category';
export { parsePolarity } from './parse-polarity';
export { parseAggregation } from './parse-aggregation';
export { parseNegativeFormula } from './parse-negative-formula';
export { parseRangeText } from './parse-range-text';
