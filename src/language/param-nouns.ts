/**
 * Display names for parameters whose own name is cryptic ("s", "q", "u"): the noun their description names
 * ("Movie or TV Show Title to search" → "title", "f for Fahrenheit or c for Celsius" → "temperature unit").
 */
import { plainText } from './plain.ts';

/** Lower-cases the first letter unless the first word is an acronym ("IP address"). */
function lowerFirst(s: string): string {
  const first = s.split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || /[A-Z]/.test(first.slice(1))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A description that lists values rather than naming a thing: "Possible values for …", "The way to …". */
const VALUES_ALONE = /^(?:the\s+)?(?:(?:possible|allowed|valid|accepted|supported|available|permitted)\s+(?:values?|options?)|way to)\b/i;
const VALUES_OF = /^(?:the\s+)?(?:possible|allowed|valid|accepted|supported|available|permitted)\s+(?:values?|options?)\s+(?:for|of)\s+(?:a|an|the|each)?\s*(.+)$/i;

/** Short, noun-like descriptions ("Search query", "The artist name to search for") read better than cryptic names. */
export function nounFromDescription(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const description = plainText(raw);
  const sentence = description.split(/(?<=[.;:])\s|\n/)[0]?.replace(/[.;:,]+$/, '').trim() ?? '';
  // "Possible values for a board square": the values' owner is the noun ("board square"), never "possible values".
  const valuesOf = VALUES_OF.exec(sentence);
  if (VALUES_ALONE.test(sentence) && !valuesOf) return undefined;
  const first = valuesOf ? (valuesOf[1] ?? '') : sentence;
  // The noun phrase ends where the sentence goes on ("… to search for", "… that matches").
  const head = first.split(/\s+(?:to|for|that|which|used|when|if|in order|of the following|\()\s*/i)[0] ?? first;
  const cleaned = head
    .replace(/^(the|a|an|any|your|my|our)\s+/i, '')
    .replace(/^(valid|unique|specific)\s+/i, '')
    // "Movie or TV Show Title": the noun is the last word.
    .replace(/^.+\sor\s.*?([A-Z][a-z]+)$/, (_m, last: string) => last.toLowerCase())
    // "term or phrase", "keywords": what a search is made with.
    .replace(/^(?:search )?(?:term|phrase|keyword|word)s?(?:\s+or\s+\w+)?$/i, 'search term')
    .replace(/\s+(based on|based|on|by|with|from|at|as|and|or)$/i, '')
    .trim();
  if (/\b(parameter|param|field|argument)s?\b/i.test(cleaned) || /\sor\s/.test(cleaned)) return undefined;
  const words = cleaned.split(/\s+/);
  if (!cleaned || words.length > 4) return undefined;
  if (/[{}()[\]<>`"=/\\|]/.test(cleaned)) return undefined;
  if (/^(if|when|whether|use|set|specify|must|should|optional|required|e\.g|filter|limit|returns?|only)\b/i.test(cleaned)) return undefined;
  if (/\b(is|are|will|can)\b/i.test(cleaned)) return undefined;
  if (/^(words?|text|string|value|term|input|parameter|query|search|query string)$/i.test(cleaned) || cleaned.length <= 2) return undefined;
  // "Venue Name" → "venue name", "IP Address" → "IP address": Title Case is no proper noun here.
  if (words.length > 1 && words.every((w) => /^[A-Z][a-z]+$|^[A-Z]{2,4}$/.test(w))) return words.map((w) => (/^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w)).join(' ');
  // "name of the venue" → "venue name".
  const of = /^(\w+) of (?:the |a |an )?(\w+)$/i.exec(cleaned);
  if (of) return lowerFirst(`${of[2]} ${/^[A-Z][a-z]+$/.test(of[1] ?? '') ? (of[1] ?? '').toLowerCase() : of[1]}`);
  return lowerFirst(cleaned);
}

/** Things a cryptic parameter's description names first ("… Latitude and Longitude … city name …" → location). */
const NAMED_THINGS: [RegExp, string][] = [
  [/\bip ?address|\bipv[46]\b/i, 'IP address'],
  [/\blatitude\b|\bcity name\b|\bpostcode\b|\bzip\b|\blocation\b/i, 'location'],
  [/\bfahrenheit\b|\bcelsius\b/i, 'temperature unit'],
  [/\blimit\b|\bmax(?:imum)? (?:number|results)\b/i, 'maximum number of results'],
  [/\bmedia ?type\b|\bmovie or (?:tv )?show\b/i, 'media type'],
  [/\byear\b/i, 'year'],
  [/\btitle\b/i, 'title'],
  [/\blanguage\b/i, 'language'],
  [/\bcountry\b/i, 'country'],
  [/\bdate\b/i, 'date'],
];

/** The thing a description names earliest, among NAMED_THINGS. */
export function nounNamedIn(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let best: { at: number; noun: string } | undefined;
  for (const [pattern, noun] of NAMED_THINGS) {
    const at = raw.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, noun };
  }
  return best?.noun;
}

