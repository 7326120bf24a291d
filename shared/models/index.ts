export * from './model';
export * from './criterion-code';
export * from './model-88-2021';
export * from './model-12-2015';
export * from './registry';
export * from './custom-model';
export * from './model-sheet-rows';
