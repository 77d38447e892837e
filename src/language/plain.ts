/**
 * Documentation text made fit for speech: markdown and HTML stripped (remove-markdown, plus the tags and
 * entities it leaves), deprecation labels dropped, and the language of a description told apart (franc-min),
 * so that text in another language is never pasted into an English sentence.
 */
import removeMarkdown from 'remove-markdown';
import { francAll } from 'franc-min';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const cache = new Map<string, string>();

/** Plain words of a markdown/HTML text: no emphasis, code marks, links, headings, tags or entities. */
export function plainText(text: string): string {
  if (!/[*_`#<>&[\]|~]/.test(text)) return text.replace(/\s+/g, ' ').trim();
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = removeMarkdown(text.replace(/<br\s*\/?>/gi, ' ').replace(/<\/(p|li|div|h\d)>/gi, '. '), { gfm: true, useImgAltText: false })
    .replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m))
    // What remove-markdown leaves of code and emphasis marks.
    .replace(/`+/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s*\[\s*deprecated\s*\]\s*/gi, ' ')
    .replace(/^\s*deprecated\s*[:.-]\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cache.size > 20000) cache.clear();
  cache.set(text, out);
  return out;
}

/**
 * A description without its deprecation notes ("[DEPRECATED]", "Deprecated: use X instead."), which say what to
 * use instead rather than what the operation does. Plain text out.
 */
export function withoutDeprecation(text: string): string {
  const plain = plainText(text.replace(/\[\s*deprecated\s*\]/gi, ' '));
  return plain
    .split(/(?<=[.!?])\s+|\s+[-–—]\s+/)
    .filter((sentence) => !/^\W*deprecated\b/i.test(sentence))
    .map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`))
    .join(' ')
    .trim();
}

const languageCache = new Map<string, string>();
/**
 * Function words of German, French, Spanish, Italian, Portuguese and Dutch that English never uses: two of them
 * settle that a text is not English, whatever the detector's scores (it puts German near English on short texts).
 */
const FOREIGN_WORDS = /(?<![\p{L}'])(der|und|eine|einer|eines|einem|zur|zum|zurück|gibt|nicht|oder|werden|wird|für|mit|von|auf|ist|sind|les|une|est|pour|avec|dans|sur|du|aux|los|las|una|para|por|con|del|het|een|niet|voor|van|della|delle|degli|gli|il|não|uma|são|com|das)(?![\p{L}'])/giu;

/** Whether a text holds two or more distinct function words that only other languages use. */
export function hasForeignFunctionWords(text: string): boolean {
  const found = new Set((text.toLowerCase().match(FOREIGN_WORDS) ?? []).map((w) => w.toLowerCase()));
  return found.size >= 2;
}
const COMMON_ENGLISH = /\b(the|to|of|and|is|are|you|your|can|could|would|what|which|for|with|me|my|please|have|about|this|that|it's|i'm|i|we|get|list|by|from|an|or|be|will)\b/g;
/** Two English function words in a row, or a common English API verb at the start: the text is English. */
const ENGLISH_WORDS = /^ (returns?|gets?|lists?|deletes?|creates?|updates?|removes?|adds?|retrieves?|fetch(es)?|search(es)?|provides?|converts?|partially|discover|query) | (of the|for the|in the|to the|on the|from the|by the|for a|of a|with the|and the|is the|for your|this endpoint|you can) /;

/**
 * The ISO 639-3 code of a text's language ('eng', 'deu', …), or 'und' when it is too short to tell. Only
 * texts of some length are judged: a three-word summary says too little, and is read as English.
 */
export function languageOf(text: string): string {
  const plain = plainText(text);
  if (plain.length < 40) return 'und';
  let lang = languageCache.get(plain);
  if (lang === undefined) {
    const scores = francAll(plain, { minLength: 40 });
    const top = scores[0]?.[0] ?? 'und';
    // Short technical English ("Deletes a permission grant") often scores near French or Portuguese: English
    // close behind the winner, or English function words in the text, keep it English.
    const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
    const foreign = top !== 'eng' && top !== 'und' && hasForeignFunctionWords(plain);
    lang = top === 'und' || ((english >= 0.8 || ENGLISH_WORDS.test(` ${plain.toLowerCase()} `)) && !foreign) ? (top === 'und' ? 'und' : 'eng') : top;
    if (languageCache.size > 20000) languageCache.clear();
    languageCache.set(plain, lang);
  }
  return lang;
}

/** Whether an operation's own words (description, else summary) are English: else its name speaks for it. */
export function describedInEnglish(op: { description?: string; summary?: string }): boolean {
  return isEnglish(op.description ?? op.summary ?? '');
}

/**
 * False only for text that is clearly in another language: a non-Latin script, or a long enough text that
 * the detector puts in another language. Short or undecidable text counts as English.
 */
export function isEnglish(text: string): boolean {
  // Descriptions and candidate sentences are judged again and again: a pure function of the text, remembered.
  let english = englishCache.get(text);
  if (english === undefined) {
    english = judgeEnglish(text);
    if (englishCache.size >= 20_000) englishCache.clear();
    englishCache.set(text, english);
  }
  return english;
}

const englishCache = new Map<string, boolean>();

function judgeEnglish(text: string): boolean {
  if (/(?=\p{L})\P{Script=Latin}/u.test(text)) return false;
  // Two common English words no other Latin-script language uses settle it (chat is too short for the detector).
  const common = new Set(text.toLowerCase().match(COMMON_ENGLISH) ?? []);
  if (common.size >= 2) return true;
  const lang = languageOf(text);
  return lang === 'und' || lang === 'eng' || lang === 'sco';
}
