/** The words of the user's request that name what they want from a result (`_response.ts`). */
import { singular } from './words.ts';
export { withTextAsked } from './_asked-text20.ts';

/** The nouns of a request that lists fields: "get an order's lines, totals and status" → [lines, totals, status]. */
export function askedFields(asked: string): string[] {
  const out: string[] = [];
  for (const m of asked.matchAll(/('s|\bwith (?:its|their|the)|\bincluding|\balong with)\s+([^.?!]+)/gi)) {
    const parts = (m[2] ?? '').split(/,\s*(?:and\s+)?|\s+and\s+/).map((p) => p.trim().toLowerCase());
    // "the app's functionality and provide users" is no list of fields: after "'s" a list has commas.
    if (parts.length < 2 || (m[1] === "'s" && !(m[2] ?? '').includes(','))) continue;
    if (parts.some((p) => /^(provide|get|give|show|return|find|make|help|let|allow|use|see|enhance)\b/.test(p))) continue;
    for (const part of parts) if (/^[a-z]+( [a-z]+){0,2}$/.test(part) && !/^(please|thanks|thank you|too|also|more|etc|so on|the like|others?)$/.test(part)) out.push(part);
  }
  return [...new Set(out)];
}

const NOT_TOPICS = /^(with|that|this|from|have|want|need|would|could|should|please|thanks|thank|help|like|what|which|there|their|about|some|know|tell|give|find|list|show|look|hello|details?|info|information|result|data|value|name|type|number|code|status|date|time|your|mine|just|also|into|over|more|much|does|doe|make|sure)$/;

const GIVEN = /\bthe ((?:[a-z]+ ){0,3}[a-z]+) (?:is|are)\b/g;

/** The content words the user said ("ranking", "forecast"), singular, for matching result fields. */
export function userWords(text: string): string[] {
  // Acronyms as the user wrote them ("SPF") come along, for saying a field by them; they match no lower-case word.
  // "the earliest creation date is 2024-02-09": what the user gave is no field they asked to hear.
  const given = new Set([...text.toLowerCase().matchAll(GIVEN)].flatMap((m) => (m[1] ?? '').split(' ').map(singular)));
  // Words that name no topic alone ("type") come along too: "ticket types" asks for {ticketType}.
  return [...new Set([...(text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map(singular).filter((w) => !given.has(w)), ...(text.match(/\b[A-Z]{2,5}\b/g) ?? [])])];
}

export function mentionedIn(words: readonly string[], mentioned: readonly string[]): boolean {
  return words.some((w) => w.length >= 4 && !NOT_TOPICS.test(w) && mentioned.some((m) => m === w || (m.startsWith(w) && m.length - w.length <= 3)));
}

/**
 * "ticket types" said → {ticketType}, "monthly listeners" → {monthlyListeners}: a field of several words, every one
 * of which the user said, one at least telling ("fuel economy" asks for no {fuelType}).
 */
export function askedByWords(words: readonly string[], mentioned: readonly string[]): boolean {
  if (words.length < 2) return false;
  const telling = words.filter((w) => !NOT_TOPICS.test(w));
  return telling.length > 0 && telling.every((w) => w.length >= 4 && mentioned.includes(w)) && words.every((w) => mentioned.includes(w));
}

/** Arguments that cap how many items come back ("limit", "bound", "maxResults"). */
const CAP_ARGUMENT = /^(limit|count|max|max_?results|num_?results|page_?size|per_?page|size|top|bound|upper_?bound|n|rows)$/i;

/**
 * "You asked for up to 251; only 3 came back.": a list shorter than the cap the user gave is said to be so, never
 * left to read as all that was asked for. Empty when no argument the user said caps the list, or the list is full.
 */
export function belowCap(shown: number, sent: Readonly<Record<string, unknown>>, userText: string): string {
  const cap = Object.entries(sent).find(([k, v]) => CAP_ARGUMENT.test(k) && typeof v === 'number' && Number.isInteger(v) && v > shown && (userText.match(/\d+/g) ?? ([] as string[])).includes(String(v)));
  return cap ? ` You asked for up to ${cap[1] as number}; only ${shown} came back.` : '';
}
