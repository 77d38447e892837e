/** Nouns for parameter names that are no nouns as they stand: bounds, adjectives, "…by" names, zone suffixes. */
import pluralize from 'pluralize';
import { IRREGULAR_SINGULAR } from './_vocabulary.ts';
import { nounFromDescription } from '../language/param-nouns.ts';

/** "date after utc" → "date after": a trailing time zone is the value's. */
export function withoutZone(words: string[]): string[] {
  return words.length > 1 && /^(utc|gmt)$/.test(words[words.length - 1] ?? '') ? words.slice(0, -1) : words;
}

const ADJECTIVE_END = /(?:ary|al|ic|ive|ous|ful|ible|able)$/;
/** "dietary" + "Only dishes with this dietary label" → "dietary label". */
export function describedAdjective(word: string, description: unknown): string | undefined {
  if (!ADJECTIVE_END.test(word) || word.length < 5 || typeof description !== 'string') return undefined;
  const m = new RegExp(`\\b${word} ([a-z]{3,})\\b`, 'i').exec(description);
  const noun = m?.[1]?.toLowerCase();
  if (!noun || /^(and|or|the|for|to|of|in|on|with|from|by|is|are|that|which)$/.test(noun) || /(?:ly|ing|ed)$/.test(noun)) return undefined;
  return `${word} ${pluralize.singular(noun)}`;
}

/** "dateFrom" → "start date", "daysFrom" → "number of days", "priceTo" → "maximum price", "langTo" → "target language". */
export function boundedNoun(noun: string, start: boolean, schema: Record<string, unknown> | undefined): string {
  if (/^(days|hours|weeks|months|years|minutes|seconds)$/.test(noun)) return `number of ${noun}`;
  if (/date|time|day|year|month/.test(noun) || /date|time/.test(String(schema?.format ?? ''))) return `${start ? 'start' : 'end'} ${noun}`;
  if (schema?.type === 'number' || schema?.type === 'integer') return `${start ? 'minimum' : 'maximum'} ${noun}`;
  return `${start ? 'source' : 'target'} ${noun}`;
}

/** "sort by", "fetch by": a name ending in "by" is no noun ("the fetch by?"); say what it chooses. */
export function byNoun(noun: string): string {
  // "send_at": the time to send, never "the send at".
  const at = /^(send|start|end|publish|schedule|run|expire|post|deliver|notify|remind|close|open) at$/.exec(noun);
  if (at) return `${at[1]} time`;
  const m = /^(\w+) by$/.exec(noun);
  if (!m) return noun;
  const verb = m[1] as string;
  if (/^(sort|order)$/.test(verb)) return 'sort order';
  if (/^created?$/.test(verb)) return 'creator';
  if (/^(updated?|modified?)$/.test(verb)) return 'last editor';
  if (/^(increase|reduce|decrease)$/.test(verb)) return `amount to ${verb} by`;
  return `${verb} type`;
}


/** "The radio deezer ID" in Deezer's API: the API's own name says nothing of the thing ("the radio ID"). */
export function withoutApiName(noun: string | undefined, api: string | undefined): string | undefined {
  if (!noun || !api) return noun;
  const own = new Set(api.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && w !== 'api'));
  const words = noun.split(' ');
  const kept = words.filter((w, i) => i === words.length - 1 || !own.has(w.toLowerCase()));
  return kept.length >= 2 && kept.length < words.length ? kept.join(' ') : noun;
}

/** Nouns of the participles a date bound names ("postedSince" → "posting"). */
const PARTICIPLE_NOUN: Record<string, string> = { posted: 'posting', created: 'creation', updated: 'update', modified: 'modification', published: 'publication', released: 'release', added: 'addition', changed: 'change', closed: 'closing', opened: 'opening', started: 'start', ended: 'end', listed: 'listing', registered: 'registration', joined: 'joining', founded: 'founding', shipped: 'shipping', delivered: 'delivery', paid: 'payment', scheduled: 'scheduled' };
export function boundParticiple(participle: string, start: boolean): string {
  const noun = PARTICIPLE_NOUN[participle];
  const bound = start ? 'earliest' : 'latest';
  return noun ? `${bound} ${noun} date` : `${bound} date ${participle}`;
}


/** An API's name from its spec file name, as said: an example's marker goes ("Expanded"), a vendor of three letters or fewer is an acronym ("oai__petstore-expanded" → "OAI Petstore", never "Oai Petstore Expanded"). */
export function spokenApiWords(words: string[], api: string): string[] {
  const vendor = api.includes('__') ? (api.split('__')[0] as string) : '';
  return words
    .filter((w, i) => i === 0 || !/^(expanded|extended|example|examples|sample|samples|demo|test|minimal|simple|full)$/i.test(w))
    .map((w, i) => (i === 0 && /^[a-z]{2,3}$/i.test(vendor) && w.toLowerCase() === vendor.toLowerCase() ? w.toUpperCase() : w));
}

/** Names whose words are no noun as they stand: a rate ("mileage per year"), a start value ("starting mileage"), a preposition ("near" → "location"). */
export function shapedNoun(words: string[], schema: Record<string, unknown> | undefined): string | undefined {
  const numeric = schema?.type === 'number' || schema?.type === 'integer';
  const [first = '', second = ''] = words;
  if (numeric && words.length === 2 && /^(year|month|week|day)$/.test(second) && /^[a-z]{4,}age$|^(distance|usage|spend|income|revenue|rainfall)$/.test(first)) return `${first} per ${second}`;
  if (numeric && words.length === 2 && second === 'start' && /^[a-z]{4,}age$|^(distance|balance|count|reading)$/.test(first)) return `starting ${first}`;
  // {near: "Budapest"}: a preposition names no thing; the value is a place.
  if (words.length === 1 && /^(near|around|at|nearby)$/.test(first)) return 'location';
  return undefined;
}

/** A word's singular: irregulars by the vocabulary, "-ies" by pluralize ("movies" → "movie"), else the suffix cut. */
export function singularOf(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_SINGULAR[lower]) return IRREGULAR_SINGULAR[lower];
  // "movies" → "movie", "cookies" → "cookie", never "movy": pluralize knows which "-ies" words keep their "ie".
  if (/ies$/.test(lower) && lower.length > 4) return pluralize.singular(lower);
  if (/(ss|us|is)$/.test(lower)) return lower;
  if (/(ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

/** "alpha2", "country_alpha3": an ISO 3166 code ("the alpha 2 is DE" names no thing); "gen_at": when it was generated; a flight's scheduled ends. */
export function codeOrStampNoun(words: string[]): string | undefined {
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && /^[23]$/.test(last) && words[words.length - 2] === 'alpha') return last === '2' ? 'country code' : 'three-letter country code';
  if (words.length === 2 && words[0] === 'gen' && last === 'at') return 'generated at';
  // A flight's "schd_from"/"schd_to" (Flightradar): its scheduled airports, never "the schd from is"; "ac_type" its aircraft.
  if (words.length === 2 && /^(schd|sched)$/.test(words[0]!) && (last === 'from' || last === 'to')) return last === 'from' ? 'departure airport' : 'arrival airport';
  if (words.length === 2 && words[0] === 'ac' && last === 'type') return 'aircraft type';
  if (words.length === 1 && last === 'reg') return 'registration';
  return undefined;
}

/** The noun of each ACTION_VERBS verb: "adjustEstimate" → "estimate adjustment". */
export const ACTION_NOUNS: Record<string, string> = { exclude: 'exclusion', include: 'inclusion', ignore: 'ignore rule', skip: 'skip rule', adjust: 'adjustment', override: 'override', notify: 'notification', move: 'move', expand: 'expansion', omit: 'omission' };

/** Numeric names of an upper bound ("bound", "top") that, undescribed, say nothing of what they count. */
const BARE_BOUNDS = /^(bound|upper|top|cap|max|maximum|upto)$/;

/** "bound" = 10 on "Get Articles By Upper Bound": the number of articles the operation returns. */
export function countedBound(words: string[], schema: Record<string, unknown> | undefined, ownerOf: () => string | undefined): string | undefined {
  if (words.length !== 1 || !BARE_BOUNDS.test(words[0] ?? '') || !/^(integer|number)$/.test(String(schema?.type ?? ''))) return undefined;
  if (nounFromDescription(schema?.description as string | undefined)) return undefined;
  const owner = ownerOf();
  return owner && owner !== words[0] ? `number of ${pluralize.plural(owner)}` : undefined;
}

/** Nouns that a bare name leaves out and its description says: "root" is a "root symbol", "email" an "email address". */
const HEADS = new Set(['symbol', 'address', 'number', 'ticker', 'handle', 'username', 'option', 'method', 'mode']);

/**
 * "root" + "The value of RootSymbol field" → "root symbol"; "email" + "Email address to send the tickets to" →
 * "email address"; an email-formatted "email" is an "email address" whatever its description; "subjectKey" whose
 * pattern is a lower-case slug ("^[a-z_]+$") is the subject itself ("Which subject?"), never "the subject key".
 */
export function describedHead(words: readonly string[], schema: Record<string, unknown> | undefined): string | undefined {
  const description = typeof schema?.description === 'string' ? schema.description.slice(0, 300) : '';
  if (words.length === 1) {
    const word = words[0] ?? '';
    if (word.length >= 3 && description) {
      const m = new RegExp(`\\b${word}[ _-]?([A-Za-z]{4,})\\b`, 'i').exec(description);
      const head = m?.[1]?.toLowerCase();
      if (head && HEADS.has(head)) return `${word} ${head}`;
      // {stars: 4} "The star-rate between 1 and 5": one number on a scale, "the star rating", never "the star is 4".
      const rated = word.endsWith('s') ? new RegExp(`\\b${word.slice(0, -1)}[ _-]?(rate|rating|score|level)\\b`, 'i').exec(description) : null;
      if (rated) return `${word.slice(0, -1)} ${rated[1]?.toLowerCase() === 'rate' ? 'rating' : rated[1]?.toLowerCase()}`;
    }
    // "could you send me the email?" asks for a message: the parameter holds an address.
    if (/^e?mail$/.test(word) && (schema?.format === 'email' || !/\b(body|content|message|template|html)\b/i.test(description))) return 'email address';
  }
  // A key that is a slug of the thing ("science_fiction") names the thing: "the subject", not "the subject key".
  if (words.length === 2 && /^(key|slug)$/.test(words[1] ?? '') && /^\^?\[a-z(?:0-9)?[_-]*\]\+\$?$/.test(String(schema?.pattern ?? ''))) return words[0];
  return undefined;
}

/**
 * A body described as "Possible values for a board square" is what goes into the square, not the square: the
 * operation's own description names it ("Places a mark on the board" → "mark"); else "board square value".
 */
export function placedNoun(description: unknown, operationDescription: string | undefined): string | undefined {
  const m = typeof description === 'string' ? /^\s*(?:the )?(?:possible|allowed|valid) values (?:for|of) (?:a |an |the )?([a-z][a-z ]{2,30}?)\s*[.,;:]/i.exec(description) : null;
  if (!m) return undefined;
  // "Set a single board square — Places a mark on the board": the summary, then the description's first verb.
  const placed = /(?:^\s*|— |\. )[A-Z][a-z]+s (?:a|an|the) ([a-z]{3,})\b/.exec((operationDescription ?? '').slice(0, 300));
  return placed?.[1] && !/^(list|set|new|single|given|specified)$/.test(placed[1]) ? placed[1] : `${m[1]!.toLowerCase()} value`;
}

/** An API's words said as one name; a site's slug ("weatherapi_com") as its domain, "WeatherAPI.com", never "Weatherapi Com". */
export function siteName(words: string[]): string {
  const domain = words.length >= 2 && /^(com|net|org|io|ai|co|app|dev)$/i.test(words[words.length - 1] ?? '');
  if (!domain) return words.join(' ');
  const site = words.slice(0, -1).map((w) => w.replace(/(?<=[a-z]{3})api$/i, 'API')).join('');
  return `${site}.${(words[words.length - 1] ?? '').toLowerCase()}`;
}
