/**
 * Words that are no speech (QUALITY.md A, B, G): an utterance that pastes a whole description sentence of an
 * operation (its words after the opening verb, eight or more), a phrase cut off before its question mark ("…
 * identified by its?"), and a one- or two-letter parameter name said as a noun ("the s is jaws"). Reads only
 * the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import { isEnglish } from '../language/plain.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** Fewer words after a description sentence's verb than this are a phrase anyone might say. */
const MIN_PASTED_WORDS = 8;

/** Lower-case words with a space at each end, for whole-word containment. */
function normal(text: string): string {
  // One pass for every run of other characters, spaces included: the same as replacing them and then collapsing spaces.
  return ` ${text.toLowerCase().replace(/[`*_]/g, '').replace(/[^a-z0-9']+/g, ' ').trim()} `;
}

/** An operation's pastable sentences, kept per operation object: records of one run share their operations. */
const sentencesByOperation = new WeakMap<RecordOperation, string[]>();

function operationSentences(op: RecordOperation): string[] {
  let out = sentencesByOperation.get(op);
  if (out) return out;
  out = [];
  for (const sentence of (op.description ?? '').split(/(?<=[.!?])\s+|\s+[-–—]\s+|\n+/)) {
    const words = normal(sentence).trim().split(' ');
    if (words.length > MIN_PASTED_WORDS) out.push(` ${words.slice(1).join(' ')} `);
  }
  sentencesByOperation.set(op, out);
  return out;
}

/** Each description sentence's words after its first (the verb a request rewords), when long enough to tell. */
function pastable(operations: RecordOperation[]): string[] {
  const out = new Set<string>();
  for (const op of operations) for (const sentence of operationSentences(op)) out.add(sentence);
  return [...out];
}

/** The "the <short name> is" pattern per set of short names (built once per set, not per record). */
const shortNamePatterns = new Map<string, RegExp>();

function shortNamePattern(names: Set<string>): RegExp | undefined {
  if (names.size === 0) return undefined;
  const alternatives = [...names].join('|');
  let pattern = shortNamePatterns.get(alternatives);
  if (!pattern) {
    pattern = new RegExp(`\\b[Tt]he (${alternatives})(?= (?:is|are|was)\\b|\\?)`);
    if (shortNamePatterns.size >= 10_000) shortNamePatterns.clear();
    shortNamePatterns.set(alternatives, pattern);
  }
  return pattern;
}

/** A question that ends where a noun should follow: "… identified by its?", "… for the?". */
const CUT_OFF = /\b(its|the|a|an|their|his|her|your|our|of|by|with|and|or)\s*\?/i;

/** Two-letter English words that may follow "the" as a parameter name and still be words. */
const WORDS = new Set(['a', 'i', 'to', 'in', 'on', 'at', 'by', 'of', 'it', 'or', 'if', 'no', 'me', 'my', 'up', 'us', 'we', 'so', 'go', 'do', 'be', 'an', 'as', 'is', 'he', 'tv', 'uk', 'us', 'eu']);

/**
 * Cheap tests a text must pass before a pattern below can match (a literal it needs): most texts pass none, and
 * the patterns' word boundaries and look-behinds are tried at every position otherwise.
 */
const DIGIT_SPACE = /\d /;
const AND_OR = /\s(?:and|or)\s/;
const SOMETHING_BY = /something by/i;
const STATE_WORDS = /he (?:in |on |out of |open now|closed now|feels like)/;

/**
 * Text built from identifiers or pasted from documentation (QUALITY.md A, B, G, H), each a pattern no person says:
 * a fragment opening on a conjunction ("help with and precipitations"), a consonant-y plural or an adjective or
 * mass noun counted ("3 historys", "3 publics", "weathers"), a unit suffix read as a name ("the precipitation mm
 * is"), a URL-encoded value ("remaster%20track"), a documentation example ("example To retrieve …"), an
 * operation id counted ("3 find by tags", "3 calculate grid coordinates"), a request with no object ("delete
 * something by its ID"), a state field said as a noun ("the in stock is 293"), a vowelless field name ("the rc is
 * 423"), an HTTP method ("via PUT"), a description participle ("get the continents filtering by name") and a
 * person called "it" ("one customer: Felix Nakamura. Its …").
 */
const BUILT_PATTERNS: [RegExp, string, ((text: string) => boolean)?][] = [
  [/(?<![\p{L}\p{N}])(?:[Aa]bout|[Ww]ith|[Tt]he|an?|related to|for|of)\s+(?:and|or)\s+(?!from\b|to\b)\p{Ll}/u, 'opens a phrase on a conjunction (a fragment of a description)', (t) => AND_OR.test(t)],
  [/\b\d+ [a-z]+[^aeiou\s]ys\b|\b(?:weathers|musics|informations|softwares|equipments|advices|feedbacks|metadatas|datas|traffics|precipitations)\b/, 'makes a plural English has not'],
  [/\b\d+ (?:publics|privates|actives|inactives|pendings|shareds|internals|externals|globals|locals|nearbies)\b/, 'counts an adjective as a noun', (t) => DIGIT_SPACE.test(t)],
  [/\b[Tt]he (?:[a-z]+ ){1,3}(?:mm|cm|km|kg|ms|kmh|kph|mph|hpa|pct|usd|eur|kb|mb|gb)\b(?: (?:is|are|was)\b|\?)/, 'reads a unit suffix as part of a name'],
  [/\w%(?:2[0-9A-F]|3[A-F]|40|5[BD]|7[BCD])/, 'says a URL-encoded value', (t) => t.includes('%')],
  [/\b[Ee]xample:? (?:To|The|An?|Call|Request|Response|Usage)\b|(?:^|\s)#{2,} /, 'pastes documentation example text', (t) => t.includes('xample') || t.includes('##')],
  [/\b\d+ (?:find|get|list|search|fetch|create|update|delete)s? (?:by|all|an?)\b/, 'counts an operation name', (t) => DIGIT_SPACE.test(t)],
  [/\b(?:get|delete|update|find|list|create|remove) something by (?:its|the)\b/i, 'asks for "something" where the operation names a thing', (t) => SOMETHING_BY.test(t)],
  [/\b[Tt]he (?:(?:in|on|out of) [a-z]+|(?:open|closed) now|feels like)(?= (?:is|are|was)\b|,| and\b| so\b)/, 'says a state field name as a noun (say "it is in stock", "293 are in stock")', (t) => STATE_WORDS.test(t)],
  [/\b[Tt]he (?!(?:tv|sms|mms|pdf|dvd|cd|mp3)\b)[b-df-hj-np-tv-xz]{2,4} (?:is|are|was)\b/, 'says a cryptic field name with no vowel as a noun'],
  [/\b\d+ (?:calculate|compute|generate|convert|fetch|retrieve|lookup)s? [a-z]/, 'counts an operation name', (t) => DIGIT_SPACE.test(t)],
  [/\bvia (?:GET|POST|PUT|PATCH|DELETE)\b/, 'names an HTTP method in speech', (t) => t.includes('via ')],
  [/\b(?:get|list|find|search for|show) (?:the |a |an |all )?(?:[a-z]+ ){1,2}(?:filtering|sorting|ordering) by\b/, 'pastes a description participle ("filtering by name") into a request', (t) => t.includes('ing by')],
  [/\b(?:customer|user|person|employee|contact|member|author|artist|player|driver|guest|patient|student|client|passenger|candidate): [A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)*\. Its\b/u, 'calls a person "it"', (t) => t.includes('. Its')],
];

/** Three-letter English words ending in "id", which a parameter may be named and still be words. */
const ID_WORDS = new Set(['aid', 'bid', 'did', 'hid', 'kid', 'lid', 'mid', 'rid']);

/** Each operation's foreign description words, kept per operation object (isEnglish is costly; operations recur). */
const foreignByOperation = new WeakMap<RecordOperation, string[]>();

function operationForeignWords(op: RecordOperation): string[] {
  let out = foreignByOperation.get(op);
  if (out) return out;
  out = [];
  const text = op.description ?? '';
  if (text && !isEnglish(text)) {
    const own = normal(`${op.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ')} ${op.path.replace(/[/{}_-]/g, ' ')}`);
    for (const w of normal(text).trim().split(' ')) if (w.length >= 4 && !own.includes(` ${w} `)) out.push(w);
  }
  foreignByOperation.set(op, out);
  return out;
}

/** Words of a description in another language that are not the operation's own name or path words. */
function foreignWords(operations: RecordOperation[]): Set<string> {
  const out = new Set<string>();
  for (const op of operations) for (const w of operationForeignWords(op)) out.add(w);
  return out;
}

/** Two words in a row of a foreign description ("liste aktueller"): its text pasted into speech. */
function foreignRun(said: string, foreign: ReadonlySet<string>): string | undefined {
  const words = said.trim().split(' ');
  for (let i = 0; i + 1 < words.length; i++) if (foreign.has(words[i] as string) && foreign.has(words[i + 1] as string)) return `${words[i]} ${words[i + 1]}`;
  return undefined;
}

/** An operation's parameter names said as nouns, in order, kept per operation object (operations recur). */
const shortNamesByOperation = new WeakMap<RecordOperation, string[]>();

function operationShortNames(op: RecordOperation): string[] {
  let out = shortNamesByOperation.get(op);
  if (out) return out;
  out = [];
  for (const name of Object.keys((op.parameters.properties as Record<string, unknown> | undefined) ?? {})) {
    if ((/^[a-z]{1,2}$/.test(name) && !WORDS.has(name)) || (/^[a-z]id$/.test(name) && !ID_WORDS.has(name))) out.push(name);
    // "moveIssuesTo" said as "the move issues to is …".
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[_\s-]+/);
    if (words.length >= 2 && /^(to|into|from|for|with|since|after|until|before)$/.test(words[words.length - 1] ?? '')) out.push(words.join(' '));
  }
  shortNamesByOperation.set(op, out);
  return out;
}

export function checkWords(record: DialogueRecord, add: Add): void {
  const operations = Object.values(record.operations);
  const sentences = pastable(operations);
  const shortNames = new Set<string>();
  for (const op of operations) for (const name of operationShortNames(op)) shortNames.add(name);
  const foreign = foreignWords(operations);
  const shortName = shortNamePattern(shortNames);
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      const said = normal(text);
      const pasted = sentences.find((s) => said.includes(s));
      if (pasted) add('wording', i, `the ${kind} pastes an operation's description ("…${pasted.trim()}"): say what the user wants in their words`);
      if (kind !== 'thought' && CUT_OFF.test(text)) add('wording', i, `the ${kind} is cut off before its question mark: "${CUT_OFF.exec(text)?.[0]}"`);
      const cryptic = shortName?.exec(text);
      if (cryptic && kind !== 'query') add('wording', i, `the ${kind} says the parameter name "${cryptic[1]}" as a noun: name what it is ("the title", "the year")`);
      for (const [pattern, what, may] of BUILT_PATTERNS) {
        if (may !== undefined && !may(text)) continue;
        const hit = pattern.exec(text);
        if (hit) add('wording', i, `the ${kind} ${what}: "${hit[0].trim()}"`);
      }
      const pastedForeign = foreign.size > 0 ? foreignRun(said, foreign) : undefined;
      if (pastedForeign) add('wording', i, `the ${kind} pastes words of a description in another language ("${pastedForeign}"): say it in English`);
    }
  });
}
