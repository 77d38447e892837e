/**
 * Call accuracy on items whose gold next turn is a call: the function name, the arguments as a whole
 * (exact match, coerced by the parameter schemas, key order free, optional arguments equal to their
 * default ignored) and per argument (micro precision/recall/F1; arguments of a wrongly named call are all
 * false positives). Apart: arguments of every call the model made, on any item, whose value was neither
 * said by the user nor returned by a tool (hallucinated), and calls whose arguments were not a JSON object.
 */
import { prf, rate, toolParameters } from '../_figures.ts';
import { groundingText, isGrounded, paramSchemaOf, sameValue, withoutDefaults } from '../_values.ts';
import type { EvalItem, Metric, PredictedCall } from '../types.ts';

/** Exact match and true positives of one predicted call against the gold call of an item. */
export function compareCall(item: EvalItem, call: PredictedCall | undefined): { name: boolean; exact: boolean; tp: number; predicted: number; gold: number } {
  const gold = item.gold.call;
  const goldArgs = gold?.arguments ?? {};
  const goldCount = Object.keys(goldArgs).length;
  if (!gold || !call) return { name: false, exact: false, tp: 0, predicted: call?.arguments ? Object.keys(call.arguments).length : 0, gold: goldCount };
  const parameters = toolParameters(item, gold.name);
  const name = call.name === gold.name;
  const args = call.arguments ? withoutDefaults(call.arguments, parameters, goldArgs) : {};
  const predicted = Object.keys(args).length;
  if (!name) return { name, exact: false, tp: 0, predicted, gold: goldCount };
  const tp = Object.entries(args).filter(([k, v]) => k in goldArgs && sameValue(v, goldArgs[k], paramSchemaOf(parameters, k))).length;
  return { name, exact: call.arguments !== null && tp === goldCount && predicted === goldCount, tp, predicted, gold: goldCount };
}

/** Arguments of a call whose values the context does not ground. */
export function hallucinatedArguments(item: EvalItem, call: PredictedCall): string[] {
  if (!call.arguments) return [];
  const context = groundingText(item.context);
  const parameters = toolParameters(item, call.name);
  const goldArgs = item.gold.call && item.gold.call.name === call.name ? item.gold.call.arguments : {};
  return Object.entries(call.arguments)
    .filter(([k, v]) => !isGrounded(v, context, paramSchemaOf(parameters, k), goldArgs[k]))
    .map(([k]) => k);
}

export const callMetric: Metric = {
  name: 'call',
  title: 'Call accuracy',
  mode: 'next',
  score(answers) {
    let items = 0;
    let names = 0;
    let exact = 0;
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let madeArgs = 0;
    let hallucinated = 0;
    let calls = 0;
    let malformed = 0;
    for (const { item, next } of answers) {
      if (!next) continue;
      const call = next.prediction.call;
      if (call) {
        calls++;
        if (call.arguments === null) malformed++;
        else {
          madeArgs += Object.keys(call.arguments).length;
          hallucinated += hallucinatedArguments(item, call).length;
        }
      }
      if (!item.gold.call || !toolParameters(item, item.gold.call.name)) continue; // the gold function must be on offer
      const c = compareCall(item, call);
      items++;
      if (c.name) names++;
      if (c.exact) exact++;
      tp += c.tp;
      predicted += c.predicted;
      gold += c.gold;
    }
    const f = prf(tp, predicted, gold);
    return {
      metric: 'call',
      title: 'Call accuracy',
      mode: 'next',
      figures: {
        name_accuracy: rate(names, items),
        args_exact_match: rate(exact, items),
        arg_precision: f.precision,
        arg_recall: f.recall,
        arg_f1: f.f1,
        hallucinated_arg_rate: rate(hallucinated, madeArgs, 'lower'),
        malformed_call_rate: rate(malformed, calls, 'lower'),
      },
      breakdowns: {},
    };
  },
};
