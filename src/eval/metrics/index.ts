/** The metric registry: adding a metric is one file here and one line below. */
import type { EvalMode, Metric } from '../types.ts';
import { callMetric } from './call.ts';
import { dstMetric } from './dst.ts';
import { nextActionMetric } from './next-action.ts';
import { selfCorrectionMetric } from './self-correction.ts';
import { whenToAskMetric } from './when-to-ask.ts';

export const METRICS: readonly Metric[] = [nextActionMetric, callMetric, whenToAskMetric, selfCorrectionMetric, dstMetric];

export function metricsFor(modes: readonly EvalMode[]): Metric[] {
  return METRICS.filter((m) => modes.includes(m.mode));
}
