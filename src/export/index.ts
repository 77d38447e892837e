/** Export stage: canonical DialogueRecord → the files fine-tuning and evaluation pipelines read. */
export * from './names.ts';
export * from './tools.ts';
export * from './formats.ts';
export * from './split.ts';
export * from './validate.ts';
export * from './readback.ts';
export * from './write.ts';
export * from './stats.ts';
export * from './read.ts';
export * from './format.ts';
export * from './formats/index.ts';
export * from './text-stats.ts';
