export * from './finding';
export { catalogue } from './catalogue';
export * from './make-finding';
