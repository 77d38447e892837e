/** How `_response.ts` ranks and picks the facts of one object: what a person wants said before coordinates and codes. */
import { selfNamedKind30 } from './_replies30.ts';
import { withoutZeroRows } from './_breakdown25.ts';
import { wholeBreakdown28 } from './_breakdown-lists28.ts';
import type { RecordOperation } from '../plan/types.ts';
import { loneCoordinate } from './_intent-facts.ts';
export { ownNounNumber } from './_own-noun23.ts'; // a sibling of bareCode: a key said as a fact

export interface Fact {
  text: string;
  rank: number;
  n: number;
  key: string;
}

const COORDINATE = /^(lat|lng|lon|long|latitude|longitude|geo_?lat|geo_?lng|geo_?lon)$/i;
// An operation about places (geocode, locations, positions) has coordinates for its answer.
const PLACE_OPERATION = /geo|coord|locat|position|place|address|map|nearby|distance|route|direction/i;

/** {lat, lon} of a job or an event: said after its own facts (company, pay, type), unless the operation is about places. */
export function minorCoordinate(key: string, op: RecordOperation | undefined): boolean {
  return COORDINATE.test(key) && !PLACE_OPERATION.test(`${op?.path ?? ''} ${op?.name ?? ''}`);
}

// {localtime_epoch: 1687677599}: a moment as seconds is for machines; the same moment in words is said if anything.
// A publish time in seconds (`providerPublishTime`) beside its publish date says the same moment again.
const EPOCH = /epoch|unix|publish_?time/i;

/** A number of seconds since 1970 ("the localtime epoch is 1687677599"): said only when nothing else is left. */
export function epochNumber(key: string, value: unknown): boolean {
  return typeof value === 'number' && EPOCH.test(key);
}

// {type: 2}, {kind: 5}, {category_code: 3}: a number that stands for a word the result never gives.
const CODE_KEY = /(^|_|-)(type|kind|category|class|mode|code|variant)$|[a-z](Type|Kind|Category|Class|Mode|Code|Variant)$/;

/** A bare numeric code ("the type is 2") means nothing to the user: it is not said. */
export function bareCode(key: string, value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && CODE_KEY.test(key);
}

const FACT_VALUE = /^the .+? (?:is|are)(?: now)? (.+)$/;

/** What a fact says ("December 22, 2024" of "the day is December 22, 2024"), for telling two facts apart. */
function valueOf(fact: Fact): string {
  return (FACT_VALUE.exec(fact.text)?.[1] ?? fact.text).replace(/[.!]+$/, '').replace(/ at 00:00 UTC$/, '').toLowerCase();
}

/**
 * A value that two fields cannot share by chance: words with a capital or a date ("Chamber of commerce opens second
 * site", "December 22, 2024"), never a bare amount ("0 EUR", "57") or a state ("not valid"), which two fields may
 * each hold.
 */
function sameWhenEqual(fact: Fact): boolean {
  const value = FACT_VALUE.exec(fact.text)?.[1] ?? '';
  return value.length >= 4 && /[A-Z]/.test(value) && !/^-?[\d.,]+(?: [A-Z]{3})?$/.test(value);
}

/**
 * The facts most worth saying, best first: one value said under two names ("the day is December 22, the date is
 * December 22"; a headline, summary and details that are one sentence) is said once, by its best-ranked name.
 */
/** The record's name is said beside the fields asked for, unless another fact says it already (reading 32). */
function nameBeside32(facts: readonly Fact[]): number {
  const label = facts.find((f) => f.rank === 0.3);
  return label && !facts.some((f) => f !== label && f.text.toLowerCase().includes(valueOf(label))) ? 1 : 0;
}

function bestFacts(facts: Fact[], max: number): Fact[] {
  const asked = facts.filter((f) => f.rank < 0).length;
  const seen = new Set<string>();
  // {language: "fr", languages: ["fr", "es"]}: "the languages are French and Spanish" says the one too.
  const plurals = new Map(facts.map((f) => [f.key, f]));
  const inPlural = (f: Fact): boolean => {
    const many = plurals.get(`${f.key}s`);
    return many !== undefined && valueOf(many).includes(valueOf(f));
  };
  return wholeBreakdown28(withoutZeroRows(facts))
    .filter((f) => !inPlural(f) && !selfNamedKind30(f.text) && !codeInRoute30(f, facts))
    .sort((a, b) => a.rank - b.rank || a.n - b.n)
    .filter((f) => {
      const value = valueOf(f);
      if (sameWhenEqual(f) && seen.has(value)) return false;
      seen.add(value);
      return true;
    })
    .slice(0, Math.max(max, Math.min(asked + nameBeside32(facts), 6)))
    .filter((f, _i, list) => (f.rank < 4 || list.every((g) => g.rank >= 4)) && !loneCoordinate(f.text, list));
}

/** An airport code that a route beside it names ("CPT" of "Cape Town (CPT) ⟶ Nairobi (NBO)"): said once, in the route. */
function codeInRoute30(fact: Fact, facts: readonly Fact[]): boolean {
  const code = /^the .+? is ([A-Z]{3,4})$/.exec(fact.text)?.[1];
  return code !== undefined && facts.some((g) => g !== fact && g.text.includes(`(${code})`));
}

export function pickFacts(facts: Fact[], max: number): string[] {
  return bestFacts(facts, max)
    // In the record's own order, except that what the record is (its name) is said first.
    .sort((a, b) => Number(a.rank !== 0.3) - Number(b.rank !== 0.3) || a.n - b.n)
    .map((f) => f.text);
}

/** An item's facts in its own order, marked when the user's words asked for them or they lead (a condition), for an item among several. */
export function markedFacts(facts: Fact[], max: number): { text: string; asked: boolean; lead: boolean; kind: boolean }[] {
  const isKind = (f: Fact): boolean => KIND_FIELD.test(f.key) || TYPE_FIELD26.test(f.key);
  const best = bestFacts(facts, max);
  // An item's kind ("the kind is press release") is kept beside its best facts: it tells the items apart (wave 26).
  const kind = best.some(isKind) ? undefined : bestFacts(facts, 12).find(isKind);
  return (kind ? [...best, kind] : best)
    .sort((a, b) => a.n - b.n)
    .map((f) => ({ text: f.text, asked: f.rank <= 0.2, lead: f.rank <= 0.5, kind: isKind(f) }));
}

/** {ticketType: "resale"}, {employmentType}: the kind of each item, what tells offers apart beside their price (wave 26). */
const TYPE_FIELD26 = /^(?!(?:token|media|mime|content|resource|schema|record|object|entity|data|value) )[a-z]+ (?:type|kind|tier|class)$/; // a payment token's or a file's type is no kind of the item

/** {operation: "write"}, {action: "deleted"}, {type: "debit"}: what kind of entry an item of a log is. */
export const KIND_FIELD = /^(operation|action|event|event type|change type|operation type|type|kind)$/;

const LIST_HEAD = /^there are (\d+) ([a-z][a-z ]*?)(?= \(|$)/;
const COUNT_FACT = /^it has (\d+) ([a-z][a-z ]*)$/;

/**
 * {total_reviews: 61, reviews: [3 items]}: "there are 61 reviews, of which 3 came back (…)", never "there are 3 reviews (…), it has
 * 61 reviews", two counts of one thing that contradict each other.
 */
export function pageOfTotal(facts: Fact[]): Fact[] {
  const merged = new Set<Fact>();
  const out = facts.map((f) => {
    const head = LIST_HEAD.exec(f.text);
    if (!head) return f;
    const total = facts.find((g) => {
      const count = COUNT_FACT.exec(g.text);
      return count !== null && count[2] === head[2] && Number(count[1]) > Number(head[1]);
    });
    if (!total) return f;
    merged.add(total);
    // "there are 98 reviews, of which 3 came back (…)": never "there are 3 of its 98 reviews", which no one says (wave 30).
    return { ...f, text: `there are ${COUNT_FACT.exec(total.text)?.[1]} ${head[2]}, of which ${head[1]} came back${f.text.slice(head[0].length)}` };
  });
  return merged.size === 0 ? facts : out.filter((f) => !merged.has(f));
}
