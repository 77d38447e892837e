/**
 * When to ask (When2Call's question): on items whose gold turn is a call, a request or a refusal, does
 * the model ask for a missing value exactly when it should? Precision / recall / F1 of "asks" against
 * gold; the guess rate (gold asks, the model calls an operation instead); the over-ask rate (gold calls,
 * the model asks); and of the values it should ask for, the share its question names.
 */
import { humanizeIdentifier } from '../../realize/index.ts';
import { normalizeForMatch } from '../../text/index.ts';
import { prf, rate } from '../_figures.ts';
import type { Metric } from '../types.ts';

/** Does the question name the parameter (its spoken form or its raw name)? */
export function questionNames(text: string, param: string): boolean {
  const words = normalizeForMatch(text);
  return words.includes(normalizeForMatch(humanizeIdentifier(param))) || words.includes(normalizeForMatch(param));
}

export const whenToAskMetric: Metric = {
  name: 'when_to_ask',
  title: 'When to ask',
  mode: 'next',
  score(answers) {
    let tp = 0;
    let predictedAsks = 0;
    let goldAsks = 0;
    let guesses = 0;
    let goldCalls = 0;
    let overAsks = 0;
    let missing = 0;
    let named = 0;
    for (const { item, next } of answers) {
      const decision = item.gold.decision;
      if (!next || !decision) continue;
      const asks = next.prediction.action === 'request';
      if (asks) predictedAsks++;
      if (decision === 'ask') {
        goldAsks++;
        if (asks) tp++;
        if (next.prediction.action === 'call') guesses++;
        for (const ref of item.gold.missing ?? []) {
          missing++;
          if (asks && questionNames(next.reply.content, ref.param)) named++;
        }
      } else if (decision === 'call') {
        goldCalls++;
        if (asks) overAsks++;
      }
    }
    const f = prf(tp, predictedAsks, goldAsks);
    return {
      metric: 'when_to_ask',
      title: 'When to ask',
      mode: 'next',
      figures: {
        ask_precision: f.precision,
        ask_recall: f.recall,
        ask_f1: f.f1,
        guess_rate: rate(guesses, goldAsks, 'lower'),
        over_ask_rate: rate(overAsks, goldCalls, 'lower'),
        asked_param_recall: rate(named, missing),
      },
      breakdowns: {},
    };
  },
};
