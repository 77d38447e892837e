/**
 * A request agrees in number with the values it is about: "I need to remove an episode." followed by two episode
 * IDs reads as a slip. Where the user gives several IDs, the wordings about one thing ("remove an episode") give way
 * to those about several ("remove the saved episodes").
 */
import type { DialoguePlan, RecordOperation } from '../plan/types.ts';

/** "ids", "track_ids", "episodeIds": a parameter holding identifiers. */
const ID_PARAM = /(?:^|[_\-.])ids?$|[a-z]Ids?$/;
/** "a track", "an episode": a wording about one thing. */
const ONE_THING = /\b(?:a|an)\s+[a-z]/i;

/** True when a value is a list of two or more ("5bgH…,7SeK…", ["a", "b"]). */
export function isSeveral(value: unknown): boolean {
  if (Array.isArray(value)) return value.length >= 2;
  return typeof value === 'string' && value.split(',').filter((v) => v.trim() !== '').length >= 2;
}

/** The operation's wordings, those about one thing left out where the dialogue gives it several IDs (unless none is left). */
export function agreeingVariants(plan: DialoguePlan, target: RecordOperation, variants: string[]): string[] {
  const id = Object.keys(plan.operations).find((k) => plan.operations[k] === target);
  const several = plan.slots.some((s) => s.operation === id && ID_PARAM.test(s.param) && isSeveral(s.value));
  if (!several) return variants;
  const kept = variants.filter((v) => !ONE_THING.test(v));
  return kept.length > 0 ? kept : variants;
}
