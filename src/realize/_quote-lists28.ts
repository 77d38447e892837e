/**
 * A quote that keeps what was searched for (QUALITY.md J), wave 28: reviews searched for "customer service" are
 * quoted by the sentence that says it ("Stopped working after two weeks, disappointed. The customer service was a
 * letdown too."), never cut to a first sentence that drops the very part the user asked about (rapidapi 104).
 * The phrase is the one the call searched for, set around the summary of its result (synchronous, so no other
 * summary can see it).
 */
const SEARCH_KEY = /^(q|query|search|keywords?|term|search_?term|search_?query|phrase|filter_?by_?keyword)$/i;
let searched: string | undefined;

/** `run` with the phrase the call's arguments searched for known to `quoteSentence28`. */
export function withSearched28<T>(sent: Readonly<Record<string, unknown>>, run: () => T): T {
  const phrase = Object.entries(sent).find(([k, v]) => SEARCH_KEY.test(k) && typeof v === 'string' && v.trim().length >= 3 && v.length <= 60)?.[1] as string | undefined;
  if (phrase === undefined) return run(); // the common case: nothing searched, nothing set
  const before = searched;
  searched = phrase.trim().toLowerCase();
  try {
    return run();
  } finally {
    searched = before;
  }
}

const MAX = 160;

/**
 * The part of `text` to quote, given its first sentence `first` (the default cut): when the searched phrase is in the
 * text but not in that sentence, the sentence holding it, after the first when both fit.
 */
export function quoteSentence28(text: string, first: string | undefined): string | undefined {
  if (searched === undefined) return first;
  const lower = text.toLowerCase();
  if (!lower.includes(searched) || first?.toLowerCase().includes(searched)) return first;
  if (text.length <= MAX) return text;
  const sentences = (text.match(/[^.!?]+(?:[.!?]+|$)/g) ?? []).map((s) => s.trim());
  const hit = sentences.find((s) => s.toLowerCase().includes(searched as string));
  if (hit === undefined || hit.length > MAX) return first;
  return first !== undefined && first.length + hit.length < MAX ? `${first} ${hit}` : hit;
}
