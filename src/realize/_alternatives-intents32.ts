/**
 * A summary listing alternatives is never cut to its first item (QUALITY.md G, I), wave 32: "Fetch a PGA Tour player
 * by his last name, first name, playerId, or a combination of these parameters" was said "fetch a PGA Tour player by
 * last name" (and the user then gave a first name); "get information for sunrise, sunset, moonrise, moonset, moon
 * phase and illumination" was said "get information for sunrise". The list is kept whole when short, else the
 * phrase ends before the preposition that opens it.
 */

/** ", or a combination of these parameters": how the inputs combine is the documentation's, never the request. */
const COMBINATION = /,?\s+(?:or|and|and\/or)\s+(?:a|any)\s+combinations?(?:\s+of\s+(?:these|those|them|the above|both|all)(?:\s+(?:parameters|fields|options|inputs|criteria|values))?)?(?=[.;]|$)/i;

/** "by last name, first name, playerId, or a combination …" → "by last name, first name or playerId". */
export function withoutCombination32(phrase: string): string {
  if (!/combination/i.test(phrase)) return phrase;
  const cut = phrase.replace(COMBINATION, '');
  if (cut === phrase) return phrase;
  // The list lost its "or": the last comma becomes one, so the alternatives still read as alternatives.
  return /,[^,]*\b(?:and|or)\b[^,]*$/.test(cut) ? cut : cut.replace(/,\s*([^,]+)$/, ' or $1');
}

const PREPOSITIONS = new Set(['at', 'on', 'in', 'for', 'with', 'by', 'from', 'to', 'of', 'about', 'into', 'within', 'via', 'under', 'over', 'between']);

/**
 * Where a long phrase is cut when its first comma (index `comma`) ends the first item of a list: after the list
 * when the phrase then has at most `max` words, else before the list's preposition; undefined when no list starts
 * there (the comma ends a clause, and the cut there stands).
 */
export function listCut32(words: readonly string[], comma: number, max = 16): number | undefined {
  // The first item: at most three words after its preposition ("by his last name,", "for sunrise,").
  const opens = words.findLastIndex((w, k) => k <= comma && PREPOSITIONS.has(w.toLowerCase()));
  if (opens < 0 || comma - opens > 3) return undefined;
  // The items after the first: one or two words each ("include option year or …" is a clause), then "and"/"or" and a last item.
  let i = comma + 1;
  let items = 1;
  for (;;) {
    const start = i;
    while (i < words.length && i - start < 2 && !/,$/.test(words[i] as string) && !/^(?:and|or)$/i.test(words[i] as string)) i += 1;
    if (i >= words.length) return undefined;
    if (/,$/.test(words[i] as string)) {
      items += 1;
      i += 1;
      continue;
    }
    if (!/^(?:and|or)$/i.test(words[i] as string) || i === start) return undefined;
    items += 1;
    break;
  }
  // The last item: up to three words, ending at the phrase's end, a preposition or a clause.
  let end = i + 1;
  while (end < words.length && end - i <= 3 && !PREPOSITIONS.has((words[end] as string).toLowerCase()) && !/^(?:which|that|when|if|and|or)$/i.test(words[end] as string)) end += 1;
  if (end === i + 1 || items < 2) return undefined;
  if (end <= max) return end;
  const prep = words.findLastIndex((w, k) => k >= 2 && k <= comma && PREPOSITIONS.has(w.toLowerCase()));
  return prep > 0 ? prep : undefined;
}
