/**
 * A request agrees in number with the values it is about: "I need to remove an episode." followed by two episode
 * IDs reads as a slip. Where the user gives several IDs, the wordings about one thing ("remove an episode") are said
 * of as many ("remove two episodes").
 */
import pluralize from 'pluralize';
import type { DialoguePlan, RecordOperation } from '../plan/types.ts';

/** "ids", "track_ids", "episodeIds": a parameter holding identifiers. */
const ID_PARAM = /(?:^|[_\-.])ids?$|[a-z]Ids?$/;

/** True when a value is a list of two or more ("5bgH…,7SeK…", ["a", "b"]). */
export function isSeveral(value: unknown): boolean {
  if (Array.isArray(value)) return value.length >= 2;
  return typeof value === 'string' && value.split(',').filter((v) => v.trim() !== '').length >= 2;
}

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The operation's wordings said of as many things as the dialogue gives it IDs: "remove an episode" becomes "remove
 * two episodes" (the retriever still finds the operation by its words), where the operation is named for the thing.
 */
export function agreeingVariants(plan: DialoguePlan, target: RecordOperation, variants: string[]): string[] {
  const id = Object.keys(plan.operations).find((k) => plan.operations[k] === target);
  const slot = plan.slots.find((s) => s.operation === id && ID_PARAM.test(s.param) && isSeveral(s.value));
  if (!slot) return variants;
  const count = Array.isArray(slot.value) ? slot.value.length : String(slot.value).split(',').filter((v) => v.trim() !== '').length;
  const many = NUMBER_WORDS[count] ?? 'several';
  const name = target.name.toLowerCase();
  return variants.map((v) => v.replace(/\b(?:a|an) ([a-z]{3,})\b/gi, (m, noun: string) => (new RegExp(`(?:^|[^a-z])${noun.toLowerCase()}s?(?:[^a-z]|$)`).test(name) ? `${many} ${pluralize.plural(noun)}` : m)));
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
