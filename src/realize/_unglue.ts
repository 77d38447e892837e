/** A key glued from two words ("localtime", "newsitems") said as the two words, for result fields and list nouns. */
import { gluedWords, isKnownWord } from '../text/index.ts';

/** Suffixes the segmenter takes for words of their own ("acoustic ness"). */
const SUFFIX = /^(?:ness|ability|ibility|ably|ship|hood|ment|less|wise)$/;
/** Glued words the response's own rules read whole ("datetime published" → "it was published on …"). */
const KEEP = new Set(['datetime', 'timestamp', 'timezone', 'username', 'filename', 'hostname', 'metadata']);

/** "localtime" → "local time", "marketvalue" → "market value": a word no dictionary has that is two long words. */
export function unglued(word: string): string {
  if (word.length < 8 || word.length > 11 || !/^[a-z]+$/.test(word) || KEEP.has(word) || isKnownWord(word)) return word;
  const parts = gluedWords(word);
  return parts && parts.length === 2 && parts.every((p) => p.length >= 4) && !SUFFIX.test(parts[1] ?? '') ? parts.join(' ') : word;
}

/** Each word of a phrase unglued ("newsitems" → "news items"). */
export function ungluedPhrase(text: string): string {
  return text.includes(' ') ? text.split(' ').map(unglued).join(' ') : unglued(text);
}
