/**
 * A list of named items whose first one's details are shared by every item ("the time zone is Africa/Lagos" of
 * three hotels in Lagos): those are said once for all, "For all of them, …", never as the first one's alone.
 */
import { joinList, upperFirst } from './words.ts';
import { eachItem26, restatesName26 } from './_each-item26.ts';

type Frame = (count: string, names: string, first: string, about: string) => string;

/** `facts`: the first item's details told (`about` joined; '' when none are told); `factsOf`: an item's fact texts. */
export function namedList25(frame: Frame, count: string, names: string, first: string, about: string, facts: readonly string[], items: readonly unknown[], factsOf: (item: unknown) => string[], all = false): string {
  if (about === '' || items.length < 2 || items.length > 12) return frame(count, names, first, about);
  let shared = [...facts];
  for (const item of items.slice(1)) {
    const own = new Set(factsOf(item));
    shared = shared.filter((f) => own.has(f));
    if (shared.length === 0) return eachNamed26(count, names, facts.filter((f) => !restatesName26(f, first)), items, factsOf, all) ?? frame(count, names, first, about);
  }
  // What differs is said of each item, else not at all: never "for Global Research Architect, …" alone (wave 26).
  const rest = facts.filter((f) => !shared.includes(f) && !restatesName26(f, first));
  const each = eachItem26(rest, items, factsOf);
  return `${upperFirst(count)}: ${names}. ${items.length === 2 ? 'For both' : 'For all of them'}, ${joinList(shared)}${each.length > 0 ? `; ${joinList(each)}` : ''}.`;
}

/** "3 jobs: A, B and C. They are in Madrid, Barcelona and Valencia.": every named item's detail, never the first one's alone (wave 26). */
function eachNamed26(count: string, names: string, facts: readonly string[], items: readonly unknown[], factsOf: (item: unknown) => string[], all: boolean): string | undefined {
  const each = all ? eachItem26(facts, items, factsOf) : [];
  return each.length > 0 ? `${upperFirst(count)}: ${names}. ${upperFirst(joinList(each))}.` : undefined;
}
