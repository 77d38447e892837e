/** Values as a person says them: ISO dates in words, language and country codes by name, flags as yes/no. */
import { periodCount27 } from './_period-count27.ts';
import { CONTINENT_NAMES } from '../text/words24.ts';
import { isPluralNoun, singular } from './words.ts';
import { participleShare } from './_field-meaning20.ts';

const NOT_HAD = /^(ids|years|hours|minutes|seconds|days|months|weeks|coordinates|details|settings|stats|status|units|times|dates)$/;
/** Words before a plural that make it a figure, not things had ("total sales", "average points"). */
const FIGURE_WORD = /^(total|average|avg|mean|min|max|minimum|maximum|median|sum|net|gross|per|number|count|percent|base|extra|free|used|remaining|left)$/;

/**
 * {stars: 3}, {open_jobs: 95}, {hard_bounces: 173}: "it has 3 stars", "it has 95 open jobs", never "the open jobs
 * are 95" (QUALITY.md B); undefined for any other name or value.
 */
export function countHad(name: string, value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0) return undefined;
  const two = /^([a-z]+) ([a-z]+s)$/.exec(name);
  const noun = two ? (two[2] as string) : name;
  if (!/^[a-z]+s$/.test(noun) || !isPluralNoun(noun) || NOT_HAD.test(noun) || (two && FIGURE_WORD.test(two[1] as string))) return undefined;
  return `it has ${value} ${value === 1 ? `${two ? `${two[1]} ` : ''}${singular(noun)}` : name}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2026-02-03T14:00:00Z" → "February 3, 2026 at 14:00 UTC"; undefined when the text is no date. */
export function sayDate(text: string): string | undefined {
  const ms = MS_JSON_DATE.exec(text);
  if (ms) return msJsonDate(Number(ms[1]), ms[2]);
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${MONTHS[month - 1]} ${day}, ${m[1]}`;
  if (m[4] === undefined) return date;
  const zone = m[6] === undefined ? '' : m[6] === 'Z' || /^[+-]00:?00$/.test(m[6]) ? ' UTC' : ` (UTC${m[6].length === 5 ? `${m[6].slice(0, 3)}:${m[6].slice(3)}` : m[6]})`;
  return `${date} at ${m[4]}:${m[5]}${zone}`;
}

/** Microsoft's JSON date, "/Date(1688340807492-0400)/": milliseconds since 1970 and the writer's UTC offset. */
const MS_JSON_DATE = /^\/Date\((-?\d{1,15})([+-]\d{4})?\)\/$/;

/** "/Date(1688340807492-0400)/" → "July 2, 2023 at 19:33 (UTC-04:00)", never read out as it is (rd35 control). */
function msJsonDate(ms: number, offset: string | undefined): string | undefined {
  const minutes = offset === undefined ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3)));
  const local = new Date(ms + minutes * 60_000);
  if (Number.isNaN(local.getTime())) return undefined;
  const iso = local.toISOString();
  return sayDate(`${iso.slice(0, 16)}${offset === undefined || minutes === 0 ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3)}`}`);
}

/** A value as said: flags as yes/no, without a closing full stop. */
export function said(value: string | number | boolean): string {
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : INITIALS_END.test(String(value)) ? String(value) : String(value).replace(/(?<=\w)[.!]+$/, '');
}

/** "T.I.", "J.R.R.", "Sammy Davis Jr.": a name's last period is part of the name, not the end of a sentence. */
export const INITIALS_END = /(?:^|[\s.])[A-Z]\.$|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros|St|Dr)\.$/;

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** A language or country code said as its English name ("en" → "English", "CO" → "Colombia"); else the code. */
export function sayCode(name: string, value: string): string {
  try {
    if (/\b(language|lang)$/i.test(name) && /^[a-z]{2,3}(?:[-_][A-Z]{2})?$/.test(value)) {
      const spoken = LANGUAGES.of(value.replace('_', '-'));
      if (spoken && spoken !== value) return spoken;
    }
    if (/^(country|region|nationality|.+ country)$/i.test(name) && /^[A-Z]{2}$/.test(value)) {
      const spoken = REGIONS.of(value);
      if (spoken && spoken !== value) return spoken;
    }
  } catch {
    // A code Intl does not know is said as it is.
  }
  return value;
}

/**
 * A value as the user says it for a parameter named `noun`: a country or language code by its name ("the country is
 * Belgium", never "the country is be"); the call still sends the code. Else `plain(value)`.
 */
export function sayAsPerson(noun: string, value: unknown, plain: (value: unknown) => string): string {
  if (typeof value !== 'string' || !/^[A-Za-z]{2}$/.test(value) || / code$/.test(noun)) return plain(value);
  try {
    const spoken = /\bcontinents?$/i.test(noun) ? CONTINENT_NAMES[value.toUpperCase()] : /\b(country|market|nationality|storefront)$/i.test(noun) ? REGIONS.of(value.toUpperCase()) : /\b(language|lang)$/i.test(noun) ? LANGUAGES.of(value.toLowerCase()) : undefined;
    if (spoken && spoken.toLowerCase() !== value.toLowerCase() && !/^unknown/i.test(spoken)) return spoken;
  } catch {
    // A code Intl does not know is said as it is.
  }
  return plain(value);
}

/** A field name still cryptic after expansion ("rc", "tx"): a short word with no vowel. */
export const CRYPTIC = /^[b-df-hj-np-tv-xz]{1,4}$/;

/** A yes/no field as a person says it: "it is explicit", "it has no media assets", "the flag … is on". */
export function flagClause(name: string, value: boolean): string {
  const words = name.toLowerCase().replace(/ flag$/, '');
  const is = /^is (.+)$/.exec(words);
  if (is) return `it is ${value ? '' : 'not '}${is[1]}`;
  const has = /^has (.+)$/.exec(words);
  if (has) return `it ${value ? 'has' : 'has no'} ${has[1]}`;
  if (/^(can|allows?|supports?|requires?) /.test(words)) return `it ${value ? words.replace(/^(allow|support|require) /, '$1s ') : words.replace(/^can /, 'cannot ').replace(/^(allow|support|require)s? /, 'does not $1 ')}`;
  // {valid: true}: an adjective is a state of the thing ("it is valid"), never a switch ("Valid is on").
  if (/^[a-z]+(ed|ive|ic|able|ible|al|ful|id|ent|ant)$/.test(words) || /^(ready|free|paid|private|correct|busy|full|empty|new|unique|secure|safe|hidden|read|unread|complete|done|due|pending|missing|existing|running|true|false|ok)$/.test(words)) return `it is ${value ? '' : 'not '}${words}`;
  // {in_stock: true}, {open_now: false}: "it is in stock", "it is not open now".
  if (STATE_PHRASE.test(words)) return `it is ${value ? '' : 'not '}${words}`;
  return `${words} is ${value ? 'on' : 'off'}`;
}

/** Names that say a state of the thing itself ("in stock", "open now", "on sale"): a clause with "it is". */
const STATE_PHRASE = /^(?:(?:in|on|out of|at|under|over) [a-z]+(?: [a-z]+)?|(?:open|closed|available|sold out|live|online|offline|active|enabled|visible)(?: now| today)?)$/;


/** Nouns of people: a person is "they", never "it" (QUALITY.md J). */
const PERSON_NOUN = /^(?:customer|user|person|people|employee|contact|member|author|artist|player|driver|guest|patient|student|client|owner|agent|passenger|traveler|traveller|attendee|candidate|applicant|subscriber|follower|friend|buyer|seller|vendor|teacher|doctor|athlete|actor|host|speaker|recipient|sender|reviewer|manager|admin|administrator|staff|worker|account holder)$/;

/** "the customer ID is …, and it was created on …" of one item, as "its …" or, for a person, "their …, they were …". */
export function ownedFacts(about: string, noun: string): string {
  if (!PERSON_NOUN.test(noun.toLowerCase())) return about.replace(/^the /, 'its ');
  return about
    .replace(/^the /, 'their ')
    .replace(/\bit (was|is|has|does|can)\b/g, (_m, verb: string) => `they ${({ was: 'were', is: 'are', has: 'have', does: 'do', can: 'can' } as Record<string, string>)[verb]}`);
}

/** "batches sent", "emails opened", "messages delivered": a plural noun and the participle of what was done to them. */
const COUNTED_PARTICIPLE = /^([a-z]{3,}s) ((?:[a-z]{2,}ed)|sent|built|made|won|lost|read|seen|done|taken|given|written|held|paid|sold|spent|bought|kept)$/;

/** A single past participle ({sent}, {delivered}, {won}); words in -eed and a few -ed nouns and adjectives are none. */
const BARE_PARTICIPLE = /^(?:[a-z]{2,}ed|sent|sold|won|lost|paid|seen|done|taken|given|written|spent|bought|held|built|made|found|shown|known|drawn|thrown|shipped)$/;
const NOT_PARTICIPLE = /(?:eed|^hundred|^embed|^bred|^shed|^sled|^naked|^wicked|^sacred|^kindred|^rugged|^ragged|^aged|^red|^bed|^seabed|^wed|^fled|^sped|^led)$/;

/** {eta_in_minutes: 284} → "the ETA is 284 minutes", {found_percent: 22} → "the share found is 22 percent"; {employees: "51-200"} → "it has 51–200 employees". */
export function shareOrRange(name: string, value: string | number | boolean, now: boolean, inUnit: RegExpExecArray | null): string | undefined {
  const verbal = typeof value === 'string' && !now ? verbClause(name, value) : undefined;
  if (verbal) return verbal;
  // {batches_sent: 464}: a count of things a verb was done to is "464 batches were sent", never "the batches sent is 464".
  const done = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? COUNTED_PARTICIPLE.exec(name) : null;
  if (done && isPluralNoun(done[1] ?? '')) return value === 1 ? `1 ${singular(done[1] ?? '')} was ${done[2]}` : `${value} ${done[1]} ${now ? 'have been' : 'were'} ${done[2]}`;
  const period = periodCount27(name, value, now); if (period) return period; // {sent_monthly: 0}: "the number sent this month"
  // {sent: 273}, {opened: 139}: a bare participle is no noun ("the sent is 273"): "the number sent is 273".
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && BARE_PARTICIPLE.test(name) && !NOT_PARTICIPLE.test(name)) return `the number ${name} ${now ? 'is now' : 'is'} ${value}`;
  // {found_percent: 22}: a participle is no noun ("the found is 22 percent"): "the share found is 22 percent".
  if (inUnit && typeof value === 'number' && /^(?:[a-z]+ed|found|seen|known|done|won|lost)$/.test(inUnit[1] ?? '') && !/^(speed|need|seed|feed)$/.test(inUnit[1] ?? '')) return participleShare(inUnit[1] ?? '', value, inUnit[2] ?? '', now);
  // {employees: "51-200"}: a range of a count is had, "it has 51–200 employees".
  if (typeof value === 'string' && !now && /^\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\+?$|^\d[\d,]*\+$/.test(value) && /^[a-z]+s$/.test(name) && isPluralNoun(name) && !/^(years|hours|minutes|seconds|days|months|weeks|dates|times|ids|status)$/.test(name)) return `it has ${value.replace(/\s*(?:-|to)\s*/, '–')} ${name}`;
  if (inUnit && typeof value === 'number') return `the ${inUnit[1]} ${now ? 'is now' : 'is'} ${value} ${inUnit[2]}`;
  return undefined;
}

/** "… and T.I.." → "… and T.I.": a name's own period ends the sentence too. */
export function oneStop(text: string): string {
  return text.includes('..') ? text.replace(/(\b[A-Z]|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros|St|Dr))\.\.(?=\s|$)/g, '$1.') : text;
}

/** Names that are a verb with its preposition: {ships_from: "Berlin"} is "it ships from Berlin", never "the ships from is". */
const VERB_PREPOSITION = /^(?:ships|belongs|comes|goes|lives|applies|sells|flies|departs|arrives|leaves|returns|points|refers|links|maps|redirects|reports|originates|sends|moves|travels|delivers|imports|exports|migrates|converts|translates|responds|depends|relates|connects|subscribes|syncs|runs|works|plays) (?:from|to|in|at|on|with|by|for|into)$/;

/** {ships_from: "Berlin"} → "it ships from Berlin"; {knownForDepartment: "Acting"} → "the main department is Acting"; else undefined. */
export function verbClause(name: string, value: string): string | undefined {
  if (VERB_PREPOSITION.test(name)) return `it ${name} ${said(value)}`;
  // {knownForDepartment: "Acting"} of a person: "the main department is Acting", no pronoun to get wrong.
  const known = /^known for(?: ([a-z]+))?$/.exec(name);
  if (known) return known[1] ? `the main ${known[1]} is ${said(value)}` : `it is known for ${said(value)}`;
  return undefined;
}
