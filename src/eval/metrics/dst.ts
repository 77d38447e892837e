/**
 * Dialogue state tracking (ToolDial's DST task): joint goal accuracy (the whole state right: confirmed
 * or not, the operation, every parameter's value, unknown = null) and slot precision/recall/F1 over the
 * known slots (the operation is one slot, each known value another; values of a wrong operation are all
 * wrong). Values are compared coerced by the parameter schemas.
 */
import { namesOperation, prf, rate, toolParameters } from '../_figures.ts';
import { paramSchemaOf, sameValue } from '../_values.ts';
import type { EvalItem, Metric, PredictedState } from '../types.ts';

const known = (v: unknown): boolean => v !== null && v !== undefined && v !== '';

export function compareState(item: EvalItem, state: PredictedState): { joint: boolean; tp: number; predicted: number; gold: number } {
  const gold = item.gold.state;
  const goldValues = gold.api_confirmed ? { ...gold.api_status.required_parameters, ...gold.api_status.optional_parameters } : {};
  const goldSlots = gold.api_confirmed ? 1 + Object.values(goldValues).filter(known).length : 0;
  if (!state) return { joint: false, tp: 0, predicted: 0, gold: goldSlots };
  const predictedValues = state.api_confirmed ? state.values : {};
  const predictedSlots = state.api_confirmed ? 1 + Object.values(predictedValues).filter(known).length : 0;
  if (!gold.api_confirmed || !state.api_confirmed) {
    return { joint: !gold.api_confirmed && !state.api_confirmed, tp: 0, predicted: predictedSlots, gold: goldSlots };
  }
  if (!namesOperation(state.operation, gold.api_status.operation)) return { joint: false, tp: 0, predicted: predictedSlots, gold: goldSlots };
  const parameters = toolParameters(item, state.operation);
  let tp = 1;
  let joint = true;
  for (const param of new Set([...Object.keys(goldValues), ...Object.keys(predictedValues)])) {
    const g = goldValues[param];
    const p = predictedValues[param];
    const same = known(g) ? known(p) && sameValue(p, g, paramSchemaOf(parameters, param)) : !known(p);
    if (!same) joint = false;
    if (same && known(g)) tp++;
  }
  return { joint, tp, predicted: predictedSlots, gold: goldSlots };
}

export const dstMetric: Metric = {
  name: 'dst',
  title: 'Dialogue state',
  mode: 'dst',
  score(answers) {
    let n = 0;
    let joint = 0;
    let unreadable = 0;
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const { item, dst } of answers) {
      if (!dst || !item.tasks.includes('dst')) continue;
      n++;
      if (dst.state === null) unreadable++;
      const c = compareState(item, dst.state);
      if (c.joint) joint++;
      tp += c.tp;
      predicted += c.predicted;
      gold += c.gold;
    }
    const f = prf(tp, predicted, gold);
    return {
      metric: 'dst',
      title: 'Dialogue state',
      mode: 'dst',
      figures: { joint_goal_accuracy: rate(joint, n), slot_precision: f.precision, slot_recall: f.recall, slot_f1: f.f1, unreadable_rate: rate(unreadable, n, 'lower') },
      breakdowns: {},
    };
  },
};
