export * from './finding';
export { catalogue } from './catalogue';
export * from './make-finding';
export * from './sort-findings';
