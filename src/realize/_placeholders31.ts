/**
 * Placeholders of a summary said where they read as a person's words (QUALITY.md A, G). "list popular books in a
 * subject" is the documentation's placeholder for the value the user gives; asked for that value, the assistant says
 * what it will do without it ("So I can get the observed weather, what is the date?", never "… on a past date, what
 * is the date?"), as the value is what the question is about.
 */

const PREPOSITION = '(?:in|for|on|near|from|by|of|at|within|during)';
const QUALIFIER = '(?:(?:past|future|given|specific|certain|particular|single|chosen) )?';

const BLAND_LEFT = /^\S+ (?:the |some |all the )?(?:details?|info|information|data|status|state|summary|result|results|value|values|list)$/;

/** The intent without the placeholder of the noun asked for ("the date", "the subject key"); else the intent as is. */
export function withoutAskedPlaceholder31(intent: string, slots: string): string {
  const noun = /^(?:the|your|a|an) ([a-z]+)(?: (?:key|code))?$/.exec(slots)?.[1];
  if (!noun) return intent;
  const at = new RegExp(` ${PREPOSITION} (?:a|an|some|one) ${QUALIFIER}${noun}(?=$|,| (?:for|to|with|from|in|on)\\b)`).exec(intent);
  if (!at) return intent;
  const cut = `${intent.slice(0, at.index)}${intent.slice(at.index + at[0].length)}`;
  // What is left must still name a thing ("get the observed weather"), never a bare verb ("list").
  // "get details", "get the status": the placeholder named the thing, so it stays.
  return cut.split(' ').length >= 2 && !BLAND_LEFT.test(cut) ? cut : intent;
}

/** Nouns of a value a summary leaves open ("in a subject", "for a date"), which a person says as "some …". */
const OPEN_NOUN = /^(?:subject|topic|theme|category|genre|date|day|year|period)$/;

/**
 * "list popular books in a subject" → "list popular books on some subject"; "get historical weather for a date" →
 * "… for some date": a person asks for a thing of some value they have in mind, never "in a subject". Only where the
 * noun is an input of the operation (`inputs`, singular words of its path and parameters). The words the retriever
 * matches stay the same ("some", "on", "in" are stop words).
 */
export function openPlaceholder31(intent: string, inputs: ReadonlySet<string>): string {
  return intent.replace(/ (in|on|for|about|under|from) (?:a|an) ((?:past |future |given |specific |certain |particular )?)([a-z]+)(?=$|,| (?:for|to|with|from|in|on)\b)/, (whole, prep: string, qualifier: string, noun: string) => {
    if (!OPEN_NOUN.test(noun) || !inputs.has(noun)) return whole;
    const on = /^(?:subject|topic|theme)$/.test(noun) && prep === 'in' ? 'on' : prep;
    return ` ${on} some ${/^(?:past|future|specific|particular) $/.test(qualifier) ? qualifier : ''}${noun}`;
  });
}
