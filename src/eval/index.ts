/**
 * src/eval — scores a model (any OpenAI-compatible endpoint) or a baseline on eval items: the reply to
 * each decision point mapped to our actions and scored by the registered metrics (next action, call
 * accuracy, when to ask, self-correction, dialogue state). Pure scoring over plain data; asking a model
 * goes through the realize stage's LLM client.
 */
export type * from './types.ts';
export { EVAL_MODES } from './types.ts';
export { BASELINES, CHANCE_BASELINES, baselineReply, type Baseline } from './baselines.ts';
export { PREDICTED_ACTIONS, predictNext, textAction } from './classify.ts';
export { METRICS, metricsFor } from './metrics/index.ts';
export { compareCall, hallucinatedArguments } from './metrics/call.ts';
export { compareState } from './metrics/dst.ts';
export { DST_INSTRUCTION, dstRequest, nextRequest, parseState } from './prompt.ts';
export { readEvalItems, resolveEvalFile } from './read.ts';
export { formatMarkdown, formatTable, reportJson, type ReportColumn } from './report.ts';
export { evaluateModel, estimateModelEval, requestFor, type EvalEstimate, type ModelEvalOptions, type ModelEvalResult } from './run.ts';
export { answerRecord, baselineAnswers, scoreAnswers, scoreBaseline, toItemAnswer } from './score.ts';
export { readPreviousAnswers } from './answers.ts';
