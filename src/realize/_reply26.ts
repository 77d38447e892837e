/**
 * Last words on an assistant's utterance (QUALITY.md J): amounts said in cents ("556.20 NOK"), no intro that the
 * answer repeats ("Found it. I found 3 transactions"), and no agreement ("Absolutely.") right after a tool result,
 * where nobody asked anything: the assistant says what the lookup found instead ("I found Bergen.").
 */
import type { DialoguePlan, Turn } from '../plan/types.ts';
import { pickedItemLabel } from '../plan/index.ts';
import { moneyInCents } from '../text/money26.ts';

/** Openers that agree to a request; after a tool result nothing was requested. */
const AGREEING = /^(?:Sure(?: thing)?|Absolutely|Of course|Certainly|Happy to(?: help)?|I'd be glad to|I can do that|Will do|Sounds good|No problem|Alright then|Right|Okay|Alright|Got it|Great)[.!]\s+/;
/** Verbs of an intro ("Found it.", "I looked it up.") that the answer may open with again ("I found 3 …"). */
const INTRO_VERB = /\b(found|looked|checked|searched)\b/i;

/** Keys that name a place a geocoder found ("formattedAddress": "Nedre Brubråten 29, Bergen"). */
const PLACE_KEY = /^(?:formatted_?address|display_?name|place_?name|address)$/i;

/** The place named beside a found coordinate (`results[0].lat` → its record's formatted address), or undefined. */
function placeOf(result: unknown, field: string): string | undefined {
  let node: unknown = result;
  const steps = field.split(/[.[\]]+/).filter(Boolean);
  for (const step of steps.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined;
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const hit = Object.entries(node as Record<string, unknown>).find(([k, v]) => PLACE_KEY.test(k) && typeof v === 'string');
  return hit?.[1] as string | undefined;
}

/** What the lookup just done found, by the item the next call takes its value from: "I found Nedre Brubråten 29, Bergen.". */
function foundNote(plan: DialoguePlan, tool: Turn | undefined): string {
  if (tool?.speaker !== 'tool' || tool.status !== 'ok') return '';
  const slot = plan.slots.find((s) => s.source === 'chained' && s.from?.operation === tool.operation);
  const label = slot?.from ? (pickedItemLabel(tool.result, slot.from.field) ?? placeOf(tool.result, slot.from.field)) : undefined;
  // Only a short name: a description or a code is no way to say what was found.
  return label && label.length <= 60 && /^(?:\p{L}|\d+[A-Za-z]? \p{L})/u.test(label) && !/[{}[\]<>:]|[.!?]$/.test(label) && label.split(' ').length <= 8 ? `I found ${label}. ` : '';
}

/** A request's text without the note of what a lookup found: "I found Athens." is no choice the user made. */
export function withoutFoundNote(text: string | undefined): string {
  // Only the note (a name without a colon): "I found 3 stores: Docs App, …" is a pick's list and stays.
  return (text ?? '').replace(/^I found [^.:]*\. /, '');
}

/** The assistant's utterance at turn i, its last words fixed. */
export function reply26(plan: DialoguePlan, turns: readonly Turn[], i: number, text: string): string {
  let out = moneyInCents(text);
  const turn = turns[i];
  if (turn?.speaker === 'assistant' && turn.action === 'request' && turn.corrects === undefined && turns[i - 1]?.speaker === 'tool') {
    // After a lookup the assistant says what it found before the next question, unless the question names it (a pick).
    const note = foundNote(plan, turns[i - 1]);
    const rest = out.replace(AGREEING, '');
    out = note && !rest.includes(note.slice(8, -2)) ? note + rest : rest;
    out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  // "Found it. I found 3 transactions": the intro says what the answer says next.
  const intro = /^([^.!?]{1,30}[.!?])\s+(\S+ \S+ \S+)/.exec(out);
  const verb = intro ? INTRO_VERB.exec(intro[1] ?? '')?.[1]?.toLowerCase() : undefined;
  if (intro && verb && new RegExp(`\\b${verb}\\b`, 'i').test(intro[2] ?? '')) out = out.slice((intro[1] ?? '').length).trimStart();
  return out;
}
