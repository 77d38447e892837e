/** The scorer: replies → predictions → every registered metric. Pure functions over plain data. */
import { baselineReply, type Baseline } from './baselines.ts';
import { predictNext } from './classify.ts';
import { compareCall } from './metrics/call.ts';
import { compareState } from './metrics/dst.ts';
import { metricsFor } from './metrics/index.ts';
import { parseState } from './prompt.ts';
import type { EvalItem, EvalMode, EvalReport, ItemAnswer, ModelReply } from './types.ts';

/** One item's replies, read: the next-turn reply as an action, the dst reply as a state. */
export function toItemAnswer(item: EvalItem, replies: Partial<Record<EvalMode, ModelReply>>): ItemAnswer {
  const answer: ItemAnswer = { item };
  if (replies.next) answer.next = { reply: replies.next, prediction: predictNext(replies.next, item) };
  if (replies.dst) answer.dst = { reply: replies.dst, state: replies.dst.error === undefined ? parseState(replies.dst.content) : null };
  return answer;
}

export function scoreAnswers(answers: readonly ItemAnswer[], modes: readonly EvalMode[]): EvalReport {
  return { items: answers.length, metrics: metricsFor(modes).map((metric) => metric.score(answers)) };
}

/** A baseline's answers to every item in the modes asked for. */
export function baselineAnswers(items: readonly EvalItem[], baseline: Baseline, modes: readonly EvalMode[], seed = 0): ItemAnswer[] {
  return items.map((item) => toItemAnswer(item, Object.fromEntries(modes.map((mode) => [mode, baselineReply(baseline, item, mode, seed)]))));
}

export function scoreBaseline(items: readonly EvalItem[], baseline: Baseline, modes: readonly EvalMode[], seed = 0): EvalReport {
  return scoreAnswers(baselineAnswers(items, baseline, modes, seed), modes);
}

/** One line of answers.jsonl: the replies as received, what they were taken to mean, and the verdicts. */
export function answerRecord(answer: ItemAnswer, by: string): Record<string, unknown> {
  const { item } = answer;
  const record: Record<string, unknown> = { id: item.id, by, family: item.family, gold_action: item.gold.action };
  if (answer.next) {
    const p = answer.next.prediction;
    const next: Record<string, unknown> = { reply: answer.next.reply, action: p.action, correct_action: p.action === item.gold.action };
    if (p.call) next.call = p.call;
    if (item.gold.call) {
      const c = compareCall(item, p.call);
      next.call_name_correct = c.name;
      next.call_exact = c.exact;
    }
    record.next = next;
  }
  if (answer.dst) {
    record.dst = { reply: answer.dst.reply, state: answer.dst.state, joint_goal: compareState(item, answer.dst.state).joint };
  }
  return record;
}
