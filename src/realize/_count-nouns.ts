/** List keys counted as a person counts them (QUALITY.md A): "3 history entries", "3 public items", never "3 historys". */
import pluralize from 'pluralize';
import type { RecordOperation } from '../plan/types.ts';
import { humanizeFor, humanizeIdentifier, isPluralNoun, singular } from './words.ts';
import { isKnownWord } from '../text/index.ts';
import { ungluedPhrase } from './_unglue.ts'; import { leadFact31 } from './_lead-fact31.ts'; import { listNoun28 } from './_intents-lists28.ts'; import { summaryNoun34 } from './_summary-noun-discoa34.ts';

/** Nouns with no plural ("history") and adjectives ("public", "private") as list keys: "history entry", "public item". */
const NO_PLURAL = /^(history|data|metadata|information|info|content|media|feedback|inventory|news|weather|music|software|equipment|traffic|usage|analytics|pricing|availability|stock|progress|evidence|luggage|baggage|furniture|mail)$/;
const ADJECTIVE_KEY = /^(public|private|shared|own|active|inactive|pending|open|closed|archived|deleted|internal|external|global|local|other|recent|new|old|upcoming|past|current|previous|next|last|latest|first|featured|popular|top)$|(?:ic|ate|ive|ous|ful|able|ible|al)$/;

/** Groups of people counted by their members ("3 cast members", never "3 casts" for three actors). */
const COLLECTIVE = /^(cast|crew|staff|personnel|faculty|jury|clergy)$/;

export function countable(noun: string): string {
  const last = noun.split(' ').pop() ?? noun;
  if (COLLECTIVE.test(last)) return `${noun} member`;
  if (NO_PLURAL.test(last)) return `${noun} entry`;
  if (ADJECTIVE_KEY.test(last) && !KNOWN_NOUNS.test(last)) return `${noun} item`;
  return noun;
}
/** Words ending like adjectives that are things ("template", "rate", "manual", "signal"). */
const KNOWN_NOUNS = /^(template|rate|date|state|update|estimate|candidate|certificate|plate|gate|crate|debate|delegate|affiliate|aggregate|duplicate|manual|signal|animal|journal|portal|rental|total|terminal|proposal|approval|removal|withdrawal|referral|arrival|festival|hospital|capital|interval|material|tutorial|editorial|credential|potential|principal|individual|original|professional|official|musical|chemical|vehicle|file|title|article|topic|comic|clinic|music|logic|metric|lyric|graphic|relative|representative|objective|native|executive|archive|directive|incentive|alternative|detective|initiative|cable|table|variable|label|bible)$/;

/** A verb opening a path segment ("calculate grid coordinate points"): no part of what came back. */
export const LEADING_VERB = /^(?:calculate|compute|generate|get|list|search|find|fetch|retrieve|create|update|delete|lookup|check|convert) (?=[a-z])/;

/** Path words that are actions, views or screens, never the things a list holds. */
const NOT_ITEMS = /^(search|find|lookup|autocomplete|suggest|suggestions?|query|browse|filter|match|compare|export|import|download|upload|calculate|convert|check|validate|verify|detail|details|summary|overview|status|count|stats|info|list|all|api|json|xml|picker|dropdown|widget|selector|me|my|self|current|latest|random|top|new|nearby|bulk|batch|health|ping|version|config|settings|default)$/;
/** Mass nouns a list of records is counted in entries of ("/Projects/{id}/Time" → "time entries"). */
const ENTRY_MASS = /^(time|work|history|usage|activity)$/;

/**
 * The things a list is, from the path's last static segment when it is one count noun: "/{roadId}/services/closure"
 * holds closures (not services), "/Projects/{id}/Time" time entries (not projects); a screen word ("/user/picker")
 * gives way to the segment before it ("users"). Undefined when the segment is an action or a mass noun.
 */
export function itemsOfLastSegment(path: string): string | undefined {
  const segments = path.split('/').filter((s) => s && !/^v\d+(?:\.\d+)?$/i.test(s)).reverse();
  for (const raw of segments) {
    if (/[{}:]/.test(raw)) return undefined;
    const word = raw.toLowerCase().replace(/\.(json|xml)$/, '');
    if (/^(picker|dropdown|widget|selector)$/.test(word)) continue;
    if (!/^[a-z]{3,}$/.test(word) || !isKnownWord(word) || NOT_ITEMS.test(word) || LEADING_VERB.test(`${word} x`)) return undefined;
    if (ENTRY_MASS.test(word)) return `${word} entries`;
    if (NO_PLURAL.test(word) || ADJECTIVE_KEY.test(word) && !KNOWN_NOUNS.test(word)) return undefined;
    return pluralize.isPlural(word) && pluralize.singular(word) !== word ? undefined : pluralize.plural(word);
  }
  return undefined;
}

/** List keys that are adjectives said as plurals ("populars", "latests"): no noun to count with. */
const ADJECTIVE = /^(popular|latest|recent|new|top|trending|featured|favorite|favourite|similar|related|upcoming|current|previou|other|all|additional)$|(ular|ive|ous|ful|able|ible|ical)$/;

/** The noun of a list a result is: its property name, else the resource the path names ("albums"), else "results". */
export function listNoun(name: string | undefined, op: RecordOperation | undefined): string {
  // "/aircrafts/list": a noun with no plural in -s is said right ("3 aircraft").
  return listNounOf(name, op).replace(/(?<=(?:air|space|hover|water)craft)s$/, '');
}

function listNounOf(name: string | undefined, op: RecordOperation | undefined): string {
  const generic = /^(data|info|information|content|body|response|results?|items?|list|records?|entries|values?|hits|docs|rows|objects|elements|payloads?)$/;
  // {newsitems: […]}: "news items", a glued key said apart.
  const named = name ? ungluedPhrase(humanizeFor(name, op).toLowerCase()) : '';
  // {docs: […]} is a search engine's container (Solr): what the items are comes from the operation ("one book"), never "documents".
  if (named && !generic.test(named) && (listNoun28(named, op?.name) ?? (isPluralNoun(named) && !ADJECTIVE.test(singular(named.split(' ').pop() ?? '')) && named))) return listNoun28(named, op?.name) ?? named; // "schedule entries", "radio playlists"
  // The last plural noun of the path ("/locations/hotels/by-geocode" → "hotels").
  const segments = (op?.path ?? '').split('/').filter((s) => s && !/[{}:]/.test(s) && !/^v\d+$/.test(s)).reverse();
  const own = itemsOfLastSegment(op?.path ?? '');
  if (own) return own;
  for (const segment of segments) {
    // "/calculate_grid_coordinate_points": the verb of the operation is no part of what came back.
    // "/get_articles_by_upper_bound": the things are what comes before "by" ("articles").
    const fromPath = humanizeFor(segment, op).toLowerCase().replace(LEADING_VERB, '').replace(/^([a-z]+(?: [a-z]+)?) (?:by|for|from|with|in|of|per) [a-z ]+$/, '$1');
    if (fromPath && !generic.test(fromPath) && isPluralNoun(fromPath) && /^[a-z ]+$/.test(fromPath) && !ADJECTIVE.test(singular(fromPath.split(' ').pop() ?? ''))) return fromPath;
  }
  // "Get Articles By Upper Bound" at /news/articles-bounded/{bound}: the operation's own name says what it lists.
  const fromName = humanizeIdentifier(op?.name ?? '').toLowerCase().replace(LEADING_VERB, '').replace(/^(?:all|the|my|some|any|every) /, '').replace(/^([a-z]+(?: [a-z]+)?) (?:by|for|from|with|in|of|per) [a-z ]+$/, '$1');
  if (fromName && !generic.test(fromName) && isPluralNoun(fromName) && /^[a-z]+(?: [a-z]+)?$/.test(fromName) && !ADJECTIVE.test(singular(fromName.split(' ').pop() ?? ''))) return fromName;
  // "Get long weekends for a given country": the summary says what it lists (wave 34).
  return summaryNoun34(op?.description, generic, ADJECTIVE) ?? 'results';
}


const GENERIC_LIST = /^(items|data|results|list|entries|records|values|objects|elements|rows)$/i;

/** {data: {points: 9, results: [9 items]}}: a plural count beside a generic list, equal to its length, names its items. */
export function countBeside(leaves: readonly { path: string[]; value: unknown }[], list: { path: string[]; items: unknown[] }): string | undefined {
  if (!GENERIC_LIST.test(list.path[list.path.length - 1] ?? '')) return undefined;
  const parent = list.path.slice(0, -1).join('.');
  const leaf = leaves.find((l) => l.path.length === list.path.length && l.value === list.items.length && l.path.slice(0, -1).join('.') === parent && /^[a-z]{3,}s$/.test(l.path[l.path.length - 1] ?? '') && isPluralNoun(l.path[l.path.length - 1] as string));
  return leaf?.path[leaf.path.length - 1];
}

/**
 * Facts with a count the list already said dropped: "There are 3 reviews (…)" then {total_reviews: 3} would say
 * "it has 3 reviews" again (QUALITY.md J). A count that differs from the list's ("it has 372 ratings") stays.
 */
export function countOnce<F extends { text: string; rank?: number; n?: number }>(facts: F[]): F[] {
  const said = new Set<string>();
  for (const f of facts) {
    const m = /^there (?:are (\d[\d,]*)|is (one)) ([a-z][a-z ]*?)(?: \(|:|, of which |$)/i.exec(f.text); // ", of which": `pageOfTotal`
    if (m) said.add(`${m[1] ?? '1'} ${singular(m[3] as string)}`);
  }
  if (said.size === 0) return facts;
  // After a list that leads ("There are 3 reviews (…)"), "it has 372 ratings" has no "it": "there are 372 ratings".
  // Leads as `pickFacts` orders them (the record's name, then the record's order), not as they were gathered.
  const listLeads = /^there /i.test(leadFact31(facts)?.text ?? '');
  return facts.filter((f) => {
    const m = /^it has (\d[\d,]*|one) ([a-z][a-z ]*)$/.exec(f.text);
    return !m || !said.has(`${m[1] === 'one' ? '1' : m[1]} ${singular(m[2] as string)}`);
  }).map((f) => {
    const m = listLeads ? /^it has (\d[\d,]*) ([a-z][a-z ]*s)$/.exec(f.text) : null;
    return m && m[1] !== '1' ? { ...f, text: `there are ${m[1]} ${m[2]}` } : f;
  });
}
