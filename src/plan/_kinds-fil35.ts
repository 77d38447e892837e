/**
 * A kind field (`authorisationType`, `addressType`, `colorMode`) holds a kind, never the filler its other words
 * would draw (QUALITY.md E): "authorisation" holds "author", so the vocabulary gave a person's name
 * ("authorisationType": "Jesse Prosacco"); "address_type" got a street, "phone_type" a phone number. The value is
 * one the description lists ("For example, **preAuthorisation**, **finalAuthorisation**"), else a kind word of the
 * thing the field qualifies.
 */
import type { Rng } from '../random/index.ts';
import { memoized } from '../text/memo.ts';

/** A name that ends in a kind word, with a qualifier before it (`authorisation_type`). */
const KIND_NAME = /^(.+)_(type|kind|mode|method|class|variant|category)$/;

/** Qualifiers whose words make the word rules draw a person, a company, an address, a title or a contact. */
const FILLER_QUALIFIER = /(author|writer|company|organi[sz]ation|employer|brand|publisher|address|street|artist|singer|band|performer|phone|mobile|(^|_)tel|email|song|track|album|book|novel|movie|film|(^|_)job|user_?name|login|handle|owner|customer|contact|person|colou?r|currency|venue|restaurant|hotel|store|shop|event)/;

/** Kind words of the things a qualifier names; anything else takes the generic ones. */
const KIND_WORDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/authori[sz]ation/, ['preauthorisation', 'final authorisation', 'standard']],
  [/address|street/, ['home', 'work', 'billing', 'shipping']],
  [/phone|mobile|(^|_)tel/, ['mobile', 'home', 'work']],
  [/email/, ['personal', 'work']],
  [/company|organi[sz]ation|employer|business/, ['private', 'public', 'nonprofit', 'partnership']],
  [/song|track|album/, ['album', 'single', 'compilation']],
  [/movie|film/, ['movie', 'series', 'documentary']],
  [/book|novel/, ['hardcover', 'paperback', 'ebook']],
  [/artist|singer|(^|_)band(_|$)|performer/, ['person', 'group']],
  [/(^|_)job/, ['full-time', 'part-time', 'contract']],
  [/colou?r/, ['rgb', 'cmyk', 'grayscale']],
  [/currency/, ['fiat', 'crypto']],
  [/customer|contact|person|owner|user|login|handle/, ['individual', 'business']],
  [/hotel/, ['hotel', 'resort', 'hostel', 'apartment']],
];

const GENERIC = ['standard', 'default', 'basic', 'custom'];

/** `authorisation_type` and the like: a kind name whose qualifier the filler rules would misread. */
export const misreadKindName35 = memoized((words: string): boolean => {
  const m = KIND_NAME.exec(words);
  return m !== null && FILLER_QUALIFIER.test(m[1]!);
});

/** A kind word for a kind name whose qualifier the filler rules would misread. */
export function kindWord35(words: string, rng: Rng): string {
  const qualifier = KIND_NAME.exec(words)?.[1] ?? words;
  return rng.pick(KIND_WORDS.find(([test]) => test.test(qualifier))?.[1] ?? GENERIC);
}

/** "For example, **a**, **b**, **c**", "e.g. `a`, `b`": two or more emphasised words after an example cue. */
const EXAMPLE_LIST = /\b(?:for example|for instance|e\.\s?g\.?|such as|possible values(?: are)?|one of)\s*[,:]?\s*((?:(?:\*\*|`)[A-Za-z][\w-]{0,40}(?:\*\*|`)\s*(?:,|\bor\b|\band\b)?\s*){2,12})/i;

const examplesIn = memoized((description: string): readonly string[] | null => {
  const m = EXAMPLE_LIST.exec(description);
  if (!m) return null;
  const items = [...m[1]!.matchAll(/(?:\*\*|`)([A-Za-z][\w-]{0,40})(?:\*\*|`)/g)].map((x) => x[1]!);
  return items.length >= 2 ? [...new Set(items)] : null;
});

/** One of the kinds a kind field's description exemplifies, or undefined. */
export function describedKind35(words: string, description: string | undefined, rng: Rng): string | undefined {
  if (!description || description.length > 600 || !/(^|_)(type|kind|mode|method|class|variant|category)$/.test(words)) return undefined;
  const items = examplesIn(description);
  return items ? rng.pick(items) : undefined;
}
