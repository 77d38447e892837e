/**
 * Search hits that are plain texts carry the query (QUALITY.md E): a search within a channel for "Five ways to start
 * a vegetable garden" lists that video first (`videos: ["Five tips for street photography", …]` finds nothing the
 * user asked for), and reviews filtered by the keyword "delivery" each speak of the delivery. Runs over the lists
 * the query pass already found (no new scan of the result); patterns are fixed, never built per call.
 */
import { textMood } from './_reviews.ts';

type Json = Record<string, unknown>;

/** Lists of titles a search returns as bare strings. */
const TITLE_LIST = /(video|title|movie|film|song|track|book|album|show|episode|podcast|playlist|result|hit|match|suggestion|name)s?$/i;
/** The free text of a user's post that a keyword filters (`text`, `review_text`, `body`). */
const TEXT_KEY = /^(text|review|review_?text|body|comment|content|message|snippet)$/i;
const TEXT_LIST = /review|comment|post|tweet|message|feedback|mention|opinion|answer|repl/i;
const URLISH = /^(https?:|www\.)|\.[a-z]{2,4}$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** How a review that mentions the keyword ends (by its place in the list): "… Happy with the delivery too." */
// "The customer service was as described" says nothing (wave 28): each ending judges the thing named.
const MENTIONS = ['The {q} was good.', 'Happy with the {q} too.', 'Only the {q} could be better.', 'No complaints about the {q}.'];
const PRAISES = ['The {q} was great too.', 'Happy with the {q} too.', 'No complaints about the {q}.'];
const MIXED_MENTIONS = ['The {q} was fine.'];
/** The same, for a text that complains: one review has one mood ("Not worth the money. Happy with the build quality too." reads as two). */
const COMPLAINTS = ['The {q} was disappointing too.', 'The {q} was a letdown too.', 'The {q} did not help either.'];

const titled = (q: string): string => (/\p{Lu}/u.test(q) ? q : q.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()));

export interface TextList {
  key: string;
  items: unknown[];
}

/** Make a list's plain-text hits carry the query `q` (see the file comment); `pinned` lists keep their items. */
export function honourTextHits(lists: readonly TextList[], q: string, qWords: readonly string[], pinned: (list: TextList) => boolean): void {
  const has = (text: string): boolean => {
    const lower = text.toLowerCase();
    return qWords.length === 0 ? lower.includes(q.toLowerCase()) : qWords.some((w) => lower.includes(w));
  };
  for (const list of lists) {
    if (list.items.length === 0 || pinned(list)) continue;
    const first = list.items[0];
    if (typeof first === 'string') {
      // Bare titles: the exact title first, unless one already carries the query's words.
      if (!TITLE_LIST.test(list.key) || !list.items.every((t) => typeof t === 'string' && t.length <= 120 && !URLISH.test(t))) continue;
      // (A title searched for is found whole: "Five tips for street photography" shares a word, not the title.)
      const whole = q.toLowerCase();
      if (!(list.items as string[]).some((t) => t.toLowerCase().includes(whole))) list.items[0] = titled(q);
      continue;
    }
    // Posts filtered by a lower-case keyword (a topic, not a name): each speaks of it.
    if (!isRecord(first) || !TEXT_LIST.test(list.key) || /\p{Lu}/u.test(q) || q.split(' ').length > 3) continue;
    const key = Object.keys(first).find((k) => TEXT_KEY.test(k) && typeof first[k] === 'string');
    if (key === undefined) continue;
    list.items.forEach((item, i) => {
      if (!isRecord(item) || typeof item[key] !== 'string' || has(item[key] as string)) return;
      const text = (item[key] as string).trim();
      const mood = textMood(text);
      const endings = mood === 'bad' ? COMPLAINTS : mood === 'mixed' ? MIXED_MENTIONS : mood === 'good' ? PRAISES : MENTIONS;
      item[key] = `${text}${/[.!?]$/.test(text) ? '' : '.'} ${endings[i % endings.length]!.replace('{q}', q.toLowerCase())}`;
    });
  }
}
