/** dialforge's public library API: one export per pipeline stage, plus the error class. */
export * from './errors.ts';
export * from './specs/index.ts';
export * from './graph/index.ts';
export * from './plan/index.ts';
export * from './realize/index.ts';
export * from './text/index.ts';
export * from './check/index.ts';
export * from './export/index.ts';
export * from './generate/index.ts';
export * from './eval/index.ts';
export * from './report/index.ts';
