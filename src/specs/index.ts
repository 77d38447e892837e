export type * from './types.ts';
export { loadSpecs, loadSpecFile, formatIssue, type LoadOptions } from './_load.ts';
