export * from './answer-scale';
export * from './rounding';
export * from './rollup';
export * from './predikat';
export * from './kerangka-logis';
export * from './grade-planner';
export * from './criterion-weights';
