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

/**
 * False for a request about one thing ("Could you delete a post?") where the dialogue gives that operation several
 * IDs; the thing counts where the operation is named for it ("delete_api_v1_post", "remove-episodes-user").
 */
export function agreesInNumber(plan: DialoguePlan, text: string): boolean {
  if (!/\b(?:a|an) [a-z]/i.test(text)) return true;
  for (const slot of plan.slots) {
    if (!ID_PARAM.test(slot.param) || !isSeveral(slot.value)) continue;
    const name = (plan.operations[slot.operation]?.name ?? slot.operation).toLowerCase();
    for (const m of text.matchAll(/\b(?:a|an) ([a-z]{3,})\b/gi)) {
      if (new RegExp(`(?:^|[^a-z])${(m[1] as string).toLowerCase()}s?(?:[^a-z]|$)`).test(name)) return false;
    }
  }
  return true;
}
