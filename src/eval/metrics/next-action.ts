/** Next action: the reply's action against the gold one — overall, per gold action, per flow family, and the confusion matrix. */
import { rate, Tally } from '../_figures.ts';
import type { Metric } from '../types.ts';

export const nextActionMetric: Metric = {
  name: 'next_action',
  title: 'Next action',
  mode: 'next',
  score(answers) {
    let hits = 0;
    let n = 0;
    let noAnswer = 0;
    const perAction = new Tally();
    const perFamily = new Tally();
    const confusion: Record<string, Record<string, number>> = {};
    for (const { item, next } of answers) {
      if (!next || !item.tasks.includes('next_action')) continue;
      const gold = item.gold.action;
      const predicted = next.prediction.action;
      const hit = predicted === gold;
      n++;
      if (hit) hits++;
      if (predicted === 'no_answer') noAnswer++;
      perAction.add(gold, hit);
      perFamily.add(item.family, hit);
      const row = (confusion[gold] ??= {});
      row[predicted] = (row[predicted] ?? 0) + 1;
    }
    return {
      metric: 'next_action',
      title: 'Next action',
      mode: 'next',
      figures: { accuracy: rate(hits, n), no_answer_rate: rate(noAnswer, n, 'lower') },
      breakdowns: { per_gold_action: perAction.figures(), per_family: perFamily.figures() },
      confusion,
    };
  },
};
