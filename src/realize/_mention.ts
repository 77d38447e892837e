/**
 * Values a person states, said as they would say them (QUALITY.md B): a yes/no flag is a phrase about the
 * thing ("it should not be public", "it should be base64-encoded"), not "the public is no"; a count named by
 * an adjective phrase carries its noun ("321 copies available", "77.43 kilometers away").
 */
import pluralize from 'pluralize';
import type { DialoguePlan, ParamRef } from '../plan/types.ts';
import { slotNoun } from './words.ts';
import { pathOwnedNoun35 } from './_path-owner-oar35.ts';

/** A yes/no value as a clause ("yes, it should be public", "it should not be public"), from the flag's display name. */
export function sayFlag(noun: string, value: boolean): string {
  noun = noun.replace(/ option$/, '');
  const words = noun.toLowerCase().replace(/\bbase (\d+)\b/g, 'base$1').split(/\s+/);
  const first = words[0] ?? '';
  const rest = words.slice(1).join(' ');
  // A true flag says "yes" too: the checker hears a flag's value in yes/no/on/off/not.
  if (first === 'is' && rest) return value ? `yes, it should be ${rest}` : `it should not be ${rest}`;
  if (/^(has|have)$/.test(first) && rest) return value ? `yes, it should have ${rest}` : `it should not have ${rest}`;
  if (/^(include|includes|show|allow|enable|use|return|send|notify|force|skip|keep|exclude|hide|disable)$/.test(first) && rest) {
    const verb = first.replace(/s$/, '');
    return value ? `yes, please ${verb} ${rest}` : `please do not ${verb} ${rest}`;
  }
  // "delivers to location" → "yes, it should deliver to the location": a verb in the third person is a clause.
  if (/^(delivers|supports|accepts|allows|requires|includes|offers|contains|ships|serves|takes|provides)$/.test(first) && rest) {
    const verb = first.replace(/(?<=[^aeiou]h|x|ss)es$|s$/, '');
    const object = /^(to|from|in|at|on)\s+([a-z]+)$/.exec(rest);
    const said = object ? `${object[1]} the ${object[2]}` : rest;
    return value ? `yes, it should ${verb} ${said}` : `it should not ${verb} ${said}`;
  }
  // "base64 encoded" → "base64-encoded"; "public", "verified", "dry run"-like adjectives.
  const last = words[words.length - 1] ?? '';
  // "open now": a state said with "be".
  if (words.length === 2 && /^(open|closed|available)$/.test(first) && rest === 'now') return value ? `yes, it should be ${noun.toLowerCase()}` : `it should not be ${noun.toLowerCase()}`;
  if (words.length <= 3 && (/(ed|able|ible|ive|ic|al|ous|ful|less)$/.test(last) || /^(public|private|free|active|live|open|visible|hidden|draft|enabled|disabled|verified|available|online|paid|default|primary|archived|deleted|completed|read|favorite|favourite)$/.test(last))) {
    const said = words.length > 1 && /ed$/.test(last) ? words.join('-') : words.join(' ');
    return value ? `yes, it should be ${said}` : `it should not be ${said}`;
  }
  return `the ${noun} option should be ${value ? 'on' : 'off'}`;
}

/** "copies available" = 321 → "321 copies available"; "distance in kilometers" = 77.43 → "77.43 kilometers away". */
export function sayCount(noun: string, value: number): string | undefined {
  const distance = /^distance in (\w+)$/.exec(noun);
  if (distance) return `${value} ${distance[1]} away`;
  if (/^\w+s (available|remaining|left|used|sold|booked|found|included)$/.test(noun)) return `${value} ${noun}`;
  return undefined;
}

/** "The it should …" / "the it should …" made a sentence of its own when a flag is the only value stated. */
export function withoutArticleBeforeClause(text: string): string {
  return text.replace(/\b([Tt])he (it should|please|yes, |the )/g, (_m, t: string, rest: string) => (t === 'T' ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest));
}

/** The user's request in the assistant's mouth: "teach my parrot" → "teach your parrot", "help me" → "help you". */
export function asAssistantSays(request: string): string {
  const swap: Record<string, string> = { my: 'your', mine: 'yours', me: 'you', myself: 'yourself', i: 'you', "i'm": "you're", "i've": "you've", our: 'your', us: 'you', ours: 'yours', ourselves: 'yourselves', we: 'you' };
  // The verb follows its new subject: "while I am away" → "while you are away", never "you am".
  const verbs = request.replace(/\bI am\b/g, 'you are').replace(/\bI was\b/g, 'you were');
  return verbs.replace(/\b(my|mine|me|myself|I|I'm|I've|our|us|ours|ourselves|we)\b/gi, (word) => swap[word.toLowerCase()] ?? word);
}

/** A search's free-text term: what a person would never call "the search query" when the thing searched is known. */
const SEARCH_TERM = /^(q|query|search|search_query|search_term|searchterm|term|keyword|keywords|text)$/;
/** A read's kind switch (`type: playlist`): the sort of record a search returns. */
const KIND_SWITCH = /^(type|types|kind|kinds|search_type|result_type|category_type)$/;
/** Verbs of a search operation's name ("autocomplete places", "searchCompanies"): the noun after one is searched. */
const SEARCH_VERB = /^(search|searches|autocomplete|find|lookup|look|suggest|query)$/;
/** Words after a search verb that name no kind of thing ("search for everything", "search by keyword"). */
const NOT_A_THING = /^(for|by|up|all|any|everything|results?|items?|entries|web|content|data|query|queries|keywords?|terms?|text|api|v\d+|suggestions?|autocomplete|the|a|an|in|on|with)$/;
/** Places are said as places ("the city is Bristol"), never as a place's name. */
const PLACE = /^(place|city|town|location|locality|address|region|country|area|destination|airport|station)$/;
/** Works are told by title ("the track title"), everything else by name ("the playlist name"). */
const TITLED = /^(track|song|album|movie|film|book|audiobook|episode|show|video|article|podcast|series|chapter|novel|job|position)$/;

function singularWord(word: string): string {
  if (/^(news|series|species|status)$/.test(word)) return word;
  // "movies" → "movie", never "movy".
  if (/ies$/.test(word) && word.length > 4) return pluralize.singular(word);
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(ss|us|is)$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function splitWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const UNNAMED = /^(flight|order|transaction|booking|payment|invoice|ticket|issue|request|log|record|result|file|message|email|number|code|id)$/;
const MANY_KINDS = /\b\w+(?: \w+)?, \w+(?: \w+)?,? (?:or|and|etc)\b|\betc\b|\bany term\b/i;
/** A search by a part of the names ("groups with substrings matching a given query", "names containing the text"). */
const SUBSTRING = /\bsubstrings?\b|\bpartial(ly)? match|\b(names?|titles?) (that )?contains?\b|\bnames? containing\b/i;
const isPlural = (w: string): boolean => /s$/.test(w) && !/(ss|us|is)$/.test(w);

/**
 * The kind of thing an operation's name says it searches: the plural after a search verb ("autocomplete places",
 * "search business locations" → "the business"), or before a list verb whose `search` filters it ("aquifers names list",
 * "drillers list"). "search by name", "flights search" name no kind a search term is of.
 */
function namedThing(words: string[]): string | undefined {
  const at = words.findIndex((w) => SEARCH_VERB.test(w));
  if (at >= 0) {
    const after = words.slice(at + 1);
    // "categories/search", "business-units/search": the noun before a closing verb.
    const first = after[0] ?? (at > 0 ? words[at - 1] : undefined);
    if (first === undefined || NOT_A_THING.test(first) || !/^[a-z]{3,}$/.test(first)) return undefined;
    const business = /^(business|businesses|shop|shops|store|stores|merchant|merchants)$/;
    if (business.test(first) || (after.length === 0 && business.test(words[at - 2] ?? ''))) return 'business';
    // "searchChannel": one noun alone after the verb names the kind too.
    return isPlural(first) ? singularWord(first) : after.length === 1 || (after.length === 0 && at === 1) ? first : undefined;
  }
  const list = words.findIndex((w) => /^(list|lists|browse)$/.test(w));
  if (list <= 0) return undefined;
  const before = words.slice(0, list).filter((w) => !/^(names|get|all)$/.test(w));
  const last = before[before.length - 1];
  return last !== undefined && isPlural(last) && !NOT_A_THING.test(last) ? singularWord(last) : undefined;
}

const WITHIN = /\b(?:search|find|look)\w*(?: for)?(?: specific| particular| some| any)? ([a-z]+s)\b[^.]*?\b(?:with)?in (?:a|the|this|one|a given|a specific) ([a-z]+)/i;
/**
 * What a search term is called when the thing searched is known (QUALITY.md J, B): a search for playlists asks
 * for "the playlist name", a place search for "the place", never "the search query", a raw API parameter.
 * `callValues` are the values of the same call (the kind switch `type: ["playlist"]` says what is searched);
 * without one, the operation's name says it ("autocomplete places" → "the place"). Undefined when nothing does.
 */
export function searchedNoun(param: string, op: { name: string; description?: string; parameters?: { properties?: unknown } } | undefined, callValues: readonly { param: string; value: unknown }[]): string | undefined {
  if (!SEARCH_TERM.test(splitWords(param).join('_'))) return undefined;
  // A term described as several kinds ("Aircraft number, flight code, airline code, etc...") is a search query.
  const description = ((op?.parameters?.properties as Record<string, { description?: unknown }> | undefined)?.[param]?.description);
  const manyKinds = typeof description === 'string' && MANY_KINDS.test(description);
  let thing: string | undefined;
  for (const v of callValues) {
    if (!KIND_SWITCH.test(splitWords(v.param).join('_'))) continue;
    const kinds = (Array.isArray(v.value) ? v.value : [v.value]).filter((k): k is string => typeof k === 'string');
    if (kinds.length === 1 && /^[a-z]+$/i.test(kinds[0]!)) thing = singularWord(kinds[0]!.toLowerCase());
  }
  if (thing === undefined && op && !manyKinds) thing = namedThing(splitWords(op.name));
  // A search within one thing ("videos or playlists within a channel") is for what it holds: "the video title".
  const said = typeof op?.description === 'string' ? op.description : '';
  const within = thing !== undefined ? WITHIN.exec(said) : null;
  if (within && singularWord(within[2]!.toLowerCase()) === thing) thing = singularWord(within[1]!.toLowerCase());
  if (thing === undefined || /^(multi|all|any|mixed|everything|news)$/.test(thing)) return undefined;
  // Flights, orders and payments have numbers, not names: a search over them is searched by a query.
  if (UNNAMED.test(thing)) return undefined;
  // Shops and businesses nearby are searched by a trade ("hardware") or a name: the value is a search term, never
  // "the business" ("May I have the business?" names no thing the user holds).
  if (/^(business|shop|store|merchant)$/.test(thing)) return `${thing} search term`;
  if (PLACE.test(thing) || /^(tag|label|category|genre|topic)$/.test(thing)) return thing;
  // "groups with substrings matching a given query": a part of the names is sent, never "the group name is dev".
  if (SUBSTRING.test(said)) return `text to find in the ${thing} ${TITLED.test(thing) ? 'titles' : 'names'}`;
  return `${thing} ${TITLED.test(thing) ? 'title' : 'name'}`;
}

/** A slot's noun in a dialogue: a search term whose searched thing is known is named by it ("the playlist name"). */
export function refNoun(plan: Pick<DialoguePlan, 'operations' | 'slots'>, ref: ParamRef): string {
  const op = plan.operations[ref.operation];
  return searchedNoun(ref.param, op, plan.slots.filter((s) => s.operation === ref.operation)) ?? pathOwnedNoun35(ref.param, op) ?? slotNoun(ref.param, op);
}

/** "the playlist name", "the track ID". */
export function refPhrase(plan: Pick<DialoguePlan, 'operations' | 'slots'>, ref: ParamRef): string {
  const noun = refNoun(plan, ref);
  return /^(your|my|the)\b/i.test(noun) ? noun : `the ${noun}`;
}
