/**
 * What the assistant and the user say, wave 22 (QUALITY.md A, F, G, J). Reads only the dialogue record.
 * - `coordinates_read_out`: a bounding box, an extent or a polyline ("7.876519,52.147824,7.897519,52.163824") is
 *   never read to the user: three or more decimals in a row are for a map. The place is said, or nothing.
 * - `several_told_as_one`: a change sent with several keys (`ids: [970864, 626158]`) is never reported as one
 *   ("Done: I deleted the post.").
 * - `asked_item_unsaid`: what the user asked for by name (a time zone) is in the reply when the result holds it
 *   ({tz_id: "Europe/London"}).
 * - `summary_pasted`: documentation wording in a request ("fetch a player by his last name", "search for exact
 *   business unit", "using the filter query", "a few companies tools"): a person asks otherwise.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const SPEECH22_INVARIANTS = ['coordinates_read_out', 'several_told_as_one', 'asked_item_unsaid', 'summary_pasted'] as const satisfies readonly InvariantId[];

// Three decimals of four or more places, comma-joined: no price, no version, no score reads so.
const COORDINATE_RUN = /-?\d{1,3}\.\d{4,}\s*,\s*-?\d{1,3}\.\d{4,}\s*,\s*-?\d{1,3}\.\d{4,}/;
const MANY_KEYS = /(?:^|[_-]|[a-z])(?:ids|IDs|Ids|keys|Keys|uuids|Uuids)$/;
// "Done: I deleted the post." — one thing, by a singular noun right after "the".
const DONE_ONE = /\bI (?:deleted|removed|cancell?ed|archived|revoked|withdrew|updated|closed|disabled|enabled|restored) the ([a-z]+)(?: [a-z]+)?\./;
/** Things a user asks for by name, and the result keys that hold them (a bare `timezone` beside a forecast is its frame, said or not). */
const ASKED_ITEMS: { words: RegExp; key: RegExp; said: string }[] = [
  { words: /\btime ?zones?\b/i, key: /^(?:tz|tz_?id|time_?zone_?(?:id|name)|timezone_?(?:id|name))$/i, said: 'time zone' },
];
const PASTED: [RegExp, string][] = [
  [/\bby (?:his|her|his or her|his\/her) (?:[a-z]+ )?(?:name|id|number|email|username)\b/i, 'pastes "by his …" from a summary: a person says "by last name"'],
  [/\b(?:search|look|find|get|fetch)(?: for)? (?:an? |the )?exact [a-z]/i, 'pastes the documentation\'s "exact" into the request'],
  [/\busing the (?:filter query|query parameters?|given (?:filters?|parameters?))\b/i, 'pastes how the API filters ("using the filter query") into the request'],
  [/\ba few [a-z]+(?<![su]s|ics|news)s tools\b/, 'makes a noun of a path word ("a few companies tools"): say "tools for companies"'],
];

function zoneValues(value: unknown, key: RegExp, out: string[], depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 4 || out.length > 3) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && v.length >= 3 && key.test(k)) out.push(v);
    else if (typeof v === 'object') zoneValues(v, key, out, depth + 1);
  }
}

/** A value as a reply may say it: "Europe/London", "Europe London", "London". */
function saidIn(text: string, value: string): boolean {
  const lower = text.toLowerCase();
  const plain = value.toLowerCase().replace(/_/g, ' ');
  return lower.includes(value.toLowerCase()) || lower.includes(plain) || lower.includes(plain.split('/').pop() ?? plain);
}

export function checkSpeech22(record: DialogueRecord, add: Add): void {
  let many = 0;
  let asked: (typeof ASKED_ITEMS)[number][] = [];
  let held: { item: string; value: string }[] = [];
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      held = [];
      if (turn.status !== 'ok' || asked.length === 0) return;
      for (const item of asked) {
        const found: string[] = [];
        zoneValues(turn.result, item.key, found);
        if (found[0]) held.push({ item: item.said, value: found[0] });
      }
      return;
    }
    for (const [kind, text] of utterances(turn)) {
      if (!text || (turn.speaker === 'assistant' && kind === 'thought')) continue;
      if (turn.speaker === 'assistant' && kind === 'text' && COORDINATE_RUN.test(text)) add('coordinates_read_out', at, `reads coordinates out: "${COORDINATE_RUN.exec(text)?.[0]}"`);
      // A response may quote the result's own words ("known by his first name"): only requests are read here.
      if (turn.speaker === 'assistant' && kind === 'text' && turn.action === 'response') continue;
      for (const [pattern, what] of PASTED) {
        const hit = pattern.exec(text);
        if (hit) add('summary_pasted', at, `the ${kind} ${what}: "${hit[0]}"`);
      }
    }
    if (turn.speaker === 'user') {
      for (const item of ASKED_ITEMS) if (!asked.includes(item) && turn.text && item.words.test(turn.text)) asked = [...asked, item];
      return;
    }
    if (turn.call) {
      many = Object.entries(turn.call.arguments).reduce((n, [k, v]) => (Array.isArray(v) && MANY_KEYS.test(k) ? Math.max(n, v.length) : n), 0);
      return;
    }
    if (turn.action !== 'response' || !turn.text || turn.train === false) return;
    const one = many >= 2 ? DONE_ONE.exec(turn.text) : null;
    if (one && !/s$/.test(one[1] ?? '')) add('several_told_as_one', at, `${many} keys were sent, but the reply tells one: "${one[0]}"`);
    for (const { item, value } of held) if (!saidIn(turn.text, value)) add('asked_item_unsaid', at, `the user asked for the ${item}; the result holds it (${value}) but the reply does not say it`);
    held = [];
  });
}
