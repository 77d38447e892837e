/**
 * The topic a vague opening names, as a person would name it (QUALITY.md A, reading 32): never the object of a
 * description's preposition ("list schools around a geo location" → "geo locations"), never a bare path word the
 * documentation never speaks of as things ("/grid" → "grids"), and a lone generic word ("stages") said with the
 * subject its path gives it ("motorsport stages"). Realizer only: the planner's openings stay as they were, and the
 * old topics stay behind the new ones, so a dialogue changes only where a better topic reads to the retriever as planned.
 */
import pluralize from 'pluralize';
import type { RecordOperation } from '../plan/types.ts';
import { identifierWords, spokenParts } from '../text/index.ts';
import { apiName, intentVariants } from './words.ts';

/** Prepositions a thing's place or scope follows ("schools around a location"): what follows them is no topic. */
const PLACE = '(?:around|about|across|along|within|inside|outside|beyond|over|under|near|nearby|surrounding|per|via|through|towards?)';

/** Where a noun phrase ends in an intent: a preposition, or the end. */
const ENDS = '(?= (?:of|for|by|from|in|on|at|near|with|to|around|about|across|within)\\b|$)';

/** Words of the path that name no subject ("api", "v2", "all"). */
const NO_SUBJECT = /^(?:api|apis|rest|public|private|all|list|get|search|by|id|ids|data|info|v\d+|json|xml|category|categories|type|types|item|items)$/;

/** A verb a path or name leads with ("/browse/categories", "discoverMovies"): "a question about discover movies" names no thing. */
const LEADING_VERB = /^(?:discover|browse|explore|view|show|manage|compare|track|trending) /;

/** Whether the topic's first word is a verb the path or the name leads with ("browse" of /browse/categories), not
 * one that names a kind of thing ("browse permissions"). */
function ledByVerb(topic: string, op: RecordOperation): boolean {
  if (!LEADING_VERB.test(topic)) return false;
  const first = topic.split(' ')[0] as string;
  return identifierWords(op.name)[0]?.toLowerCase() === first || op.path.toLowerCase().split('/').includes(first);
}

/** Title words that name no product ("Real Time Amazon Data" → Amazon). */
const NO_PRODUCT = /^(?:Real|Time|Live|Data|Api|Free|Open|Public|Fast|Simple|Best|Top|The|And|For|Detailed|Unofficial|Official)$/;

/**
 * The product a topic that only reads the operation's name belongs to ("product offers" of Real Time Amazon Data's
 * product_offers → Amazon), where the description writes it so ("… on Amazon"); none otherwise.
 */
function productOf(topic: string, op: RecordOperation): string | undefined {
  if (identifierWords(op.name).map((w) => w.toLowerCase()).join(' ') !== topic) return undefined;
  for (const word of apiName(op).split(' ')) {
    if (/^[A-Z][a-z]{2,}$/.test(word) && !NO_PRODUCT.test(word) && new RegExp(`\\b${word}\\b`).test(op.description ?? '')) return word;
  }
  return undefined;
}

const escape = (w: string): string => w.replace(/[^a-z]/g, '');

/** The lowercase words of a text. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 1));
}

/** A path segment's words as said ("product-offers" → product offers). */
const segmentWords = (segment: string): string[] => identifierWords(segment).flatMap((w) => [...spokenParts(w)]).map((w) => w.toLowerCase());

/** Whether `topic` is only the object of a place preposition in one of the operation's intents. */
function placeObject(topic: string, intents: string[]): boolean {
  const singular = [...topic.split(' ').slice(0, -1), pluralize.singular(topic.split(' ').pop() ?? '')].map(escape).join(' ');
  const asPlace = new RegExp(`\\b${PLACE} (?:(?:a|an|the|some|any) )?(?:[a-z]+ )?${singular}s?\\b`);
  const asThing = new RegExp(`\\b${singular}s?${ENDS}`);
  return intents.some((i) => asPlace.test(i)) && !intents.some((i) => asThing.test(i.replace(new RegExp(`\\b${PLACE} .*$`), '')));
}

/** Whether a one-word topic is only a path word: no intent names it as the thing, and no sentence of the documentation says it in plural. */
function barePathWord(topic: string, op: RecordOperation, intents: string[], described: Set<string>): boolean {
  if (topic.includes(' ')) return false;
  const singular = pluralize.singular(topic);
  if (singular === topic) return false; // a mass noun or an area ("weather", "music") is said as it is
  const segments = op.path.toLowerCase().split('/').flatMap((s) => segmentWords(s));
  if (!segments.includes(singular) && !segments.includes(topic)) return false;
  if (described.has(topic)) return false;
  return !intents.some((i) => new RegExp(`\\b(?:${escape(singular)}|${escape(topic)})${ENDS}`).test(i));
}

/** The subject the path puts a lone word under ("/motorsport/category/{id}/stages" → "motorsport"), if the documentation names it. */
function subjectOf(topic: string, op: RecordOperation, described: Set<string>): string | undefined {
  const singular = pluralize.singular(topic);
  const segments = op.path.split('/').filter((s) => s && !/^[{:]/.test(s)).map((s) => segmentWords(s));
  const at = segments.findIndex((words) => words.length === 1 && (words[0] === topic || words[0] === singular));
  if (at <= 0) return undefined;
  for (const words of segments.slice(0, at)) {
    const word = words.length === 1 ? (words[0] as string) : '';
    if (/^[a-z]{4,}$/.test(word) && !NO_SUBJECT.test(word) && !LEADING_VERB.test(`${word} `) && word !== singular && pluralize.singular(word) === word && described.has(word)) return word;
  }
  return undefined;
}

/**
 * The realizer's topics for a vague opening about `op`, from `vagueTopics`: a lone word said with its subject first
 * or its product's name ("Amazon product offers") first (then alone), and a place or bare path word or a topic led by a verb
 * only last, where no other topic reads to the retriever as the plan needs.
 */
export function spokenTopics33(op: RecordOperation, topics: string[]): string[] {
  const [out, last] = topicTiers34(op, topics);
  return [...new Set([...out, ...last])];
}

/**
 * `spokenTopics33` in two tiers (wave 34): the topics a person names, then a place's object, a bare path word or a
 * topic led by a verb ("a hand with grids", "a task involving geo locations"), which a vague opening says only where
 * no generic opener reads to the retriever as the plan needs either.
 */
export function topicTiers34(op: RecordOperation, topics: string[]): [string[], string[]] {
  if (topics.length === 0) return [[], []];
  const intents = intentVariants(op).map((i) => i.toLowerCase());
  const described = wordsOf(op.description ?? '');
  const out: string[] = [];
  const last: string[] = [];
  for (const topic of topics) {
    if (placeObject(topic, intents) || barePathWord(topic, op, intents, described) || ledByVerb(topic, op)) {
      last.push(topic);
      continue;
    }
    const subject = topic.includes(' ') ? productOf(topic, op) : subjectOf(topic, op, described) ?? productOf(topic, op);
    if (subject) out.push(`${subject} ${topic}`);
    out.push(topic);
  }
  const first = [...new Set(out)];
  return [first, [...new Set(last)].filter((t) => !first.includes(t))];
}

/**
 * A goodbye's word for what came back ("the product offers" of product_offers): a noun that only reads the
 * operation's name is said by its head ("If you need more on the offers"), as a person who just heard them would.
 */
export function byeNoun33(noun: string, op: RecordOperation | undefined): string {
  const words = noun.split(' ');
  if (!op || words.length !== 3 || words[0] !== 'the') return noun;
  return identifierWords(op.name).map((w) => w.toLowerCase()).join(' ') === words.slice(1).join(' ') ? `the ${words[2]}` : noun;
}
