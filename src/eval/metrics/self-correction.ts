/**
 * Self-correction: on items whose context still holds an uncorrected wrong turn (a rejected call with a
 * made-up or schema-breaking value, or a redundant question the user pointed out), is the model's next
 * turn the fix — the gold action, and for a call the gold call exactly? Per kind of error as well.
 */
import { rate, Tally } from '../_figures.ts';
import type { Metric } from '../types.ts';
import { compareCall } from './call.ts';

export const selfCorrectionMetric: Metric = {
  name: 'self_correction',
  title: 'Self-correction',
  mode: 'next',
  score(answers) {
    let fixed = 0;
    let n = 0;
    const perKind = new Tally();
    for (const { item, next } of answers) {
      const error = item.gold.error;
      if (!next || !error || !item.tasks.includes('self_correction')) continue;
      const prediction = next.prediction;
      let hit = prediction.action === item.gold.action;
      if (hit && item.gold.action === 'call') hit = compareCall(item, prediction.call).exact;
      n++;
      if (hit) fixed++;
      perKind.add(error.kind, hit);
    }
    return {
      metric: 'self_correction',
      title: 'Self-correction',
      mode: 'next',
      figures: { fix_rate: rate(fixed, n) },
      breakdowns: { per_error_kind: perKind.figures() },
    };
  },
};
