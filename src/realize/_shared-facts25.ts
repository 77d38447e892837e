/**
 * A list of named items whose first one's details are shared by every item ("the time zone is Africa/Lagos" of
 * three hotels in Lagos): those are said once for all, "For all of them, …", never as the first one's alone.
 */
import { joinList, upperFirst } from './words.ts';
import { eachSaid35 } from './_facts-var35.ts';
import { eachItem26, restatesName26 } from './_each-item26.ts';
import { apartFacts29, placeGiven29 } from './_replies29.ts';

type Frame = (count: string, names: string, first: string, about: string) => string;

/** A fact whose value the user gave ("the company is Hurtado Ávila S.L." after "the company name is Hurtado Ávila S.L."). */
function givenByUser(fact: string, userText: string): boolean {
  const value = / (?:is|are) (.{4,})$/.exec(fact)?.[1];
  return value !== undefined && userText.includes(value);
}

/**
 * `facts`: the first item's details told (`about` joined; '' when none are told); `factsOf`: an item's fact texts;
 * `userText`: what the user said. A detail every item shares that the user gave (the company whose jobs were asked
 * for) is no news: it is not told, neither "for all of them" nor for the first one (bundled #77, wave 26).
 */
export function namedList25(frame: Frame, count: string, names: string, first: string, about: string, facts: readonly string[], items: readonly unknown[], factsOf: (item: unknown) => string[], all = false, userText = ''): string {
  if (about === '' || items.length < 2 || items.length > 12) return frame(count, names, first, about);
  let shared = [...facts];
  for (const item of items.slice(1)) {
    const own = new Set(factsOf(item));
    shared = shared.filter((f) => own.has(f));
    if (shared.length === 0) return eachNamed26(count, names, facts.filter((f) => !restatesName26(f, first)), items, factsOf, all) ?? frame(count, names, first, about);
  }
  const given = userText === '' ? [] : shared.filter((f) => givenByUser(f, userText));
  // "For all of them, the country is Thailand" of a search in Bangkok: the place searched in is no news; what differs
  // (their addresses) is said instead, when something does (wave 29).
  const place = userText === '' ? [] : shared.filter((f) => !given.includes(f) && placeGiven29(f, userText));
  const apart = place.length > 0 && place.length + given.length === shared.length ? apartNamed29(count, names, items, factsOf, all, shared) : undefined;
  if (apart) return apart;
  if (given.length > 0) {
    const told = facts.filter((f) => !given.includes(f));
    shared = shared.filter((f) => !given.includes(f));
    if (shared.length === 0) return eachNamed26(count, names, told.filter((f) => !restatesName26(f, first)), items, factsOf, all) ?? frame(count, names, first, joinList(told));
    facts = told;
  }
  // What differs is said of each item, else not at all: never "for Global Research Architect, …" alone (wave 26).
  const rest = facts.filter((f) => !shared.includes(f) && !restatesName26(f, first));
  // Nothing of the told facts differs: what differs among all their facts (their addresses) is said instead (wave 29).
  const each0 = eachItem26(rest, items, factsOf);
  const each = each0.length > 0 || !all ? each0 : apartFacts29(items, factsOf, namesOf(items, factsOf), [...shared, ...given]);
  return `${upperFirst(count)}: ${names}. ${items.length === 2 ? 'For both' : 'For all of them'}, ${joinList(shared.map(ofAll32))}${each.length > 0 ? `; ${joinList(each)}` : ''}.`;
}

/** A fact said of one item ("it has 1 track") said of all: "there is 1 track", "each is not blocked" (reading 32). */
function ofAll32(fact: string): string {
  const has = /^it has (1|one) (.+)$/.exec(fact) ?? /^it has (.+?) (.+)$/.exec(fact);
  if (has) return `there ${/^(1|one)$/.test(has[1]!) ? 'is' : 'are'} ${has[1]} ${has[2]}`;
  return fact.replace(/^it is /, 'each is ');
}

/** "3 jobs: A, B and C. They are in Madrid, Barcelona and Valencia.": every named item's detail, never the first one's alone (wave 26). */
/** "3 places: A, B and C. The addresses are …": the detail that tells them apart, from all their facts (wave 29). */
function apartNamed29(count: string, names: string, items: readonly unknown[], factsOf: (item: unknown) => string[], all: boolean, skip: readonly string[]): string | undefined {
  const each = all ? apartFacts29(items, factsOf, namesOf(items, factsOf), skip) : [];
  return each.length > 0 ? `${upperFirst(count)}: ${names}. ${eachSaid35(each)}` : undefined;
}

/** The values of each item's "the name is …" facts: a name is said already, never again as a detail. */
function namesOf(items: readonly unknown[], factsOf: (item: unknown) => string[]): string[] {
  return items.flatMap((item) => factsOf(item).filter((f) => /^the (?:[a-z]+ )?(?:name|title) is /.test(f)).map((f) => f.replace(/^.*? is /, '')));
}

function eachNamed26(count: string, names: string, facts: readonly string[], items: readonly unknown[], factsOf: (item: unknown) => string[], all: boolean): string | undefined {
  const each = all ? eachItem26(facts, items, factsOf) : [];
  return each.length > 0 ? `${upperFirst(count)}: ${names}. ${eachSaid35(each)}` : undefined;
}
