export type * from './types.ts';
export { loadSpecs, loadSpecFile, formatIssue, type LoadOptions } from './_load.ts';
export { operationEffect, withEffect, type EffectDecision, type OperationDraft } from './_effect.ts';
