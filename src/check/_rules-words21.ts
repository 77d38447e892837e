/**
 * How the assistant words what it asks and reports (QUALITY.md B, J), wave 21. Reads only the dialogue record.
 * - `chosen_value_as_known`: a value the user makes up (the name, title, description or text of what a create or
 *   update call makes) is asked as a choice, never "Do you know the playlist name?".
 * - `lookup_note_empty`: a chained value's note says what was looked up, never "the ID came from a first lookup"
 *   nor a source API named by a value ("another API (the one for Sydney)").
 * - `query_as_thing`: a search query is never asked as "the business" (the user holds a search term, no business).
 * - `scale_dropped`: a number the operation's description gives in millions/thousands/billions is said with it.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS21_INVARIANTS = ['chosen_value_as_known', 'lookup_note_empty', 'query_as_thing', 'scale_dropped'] as const satisfies readonly InvariantId[];

const MAKES = /^(?:create|add|new|make|post|insert|update|edit|rename|modify|set|save|write|compose|publish|upload)\b/i;
const CONTENT = /^(?:name|title|description|text|caption|label|summary|subject|body|content|bio)$/i;
const KNOWN_ASK = /\b(?:do you (?:happen to )?(?:know|have)|have (?:it|them|\S+ \S+) handy)\b/i;
const EMPTY_NOTE = /\bcame from a first lookup\b|\bfrom another (?:API|service) \(the one for\b/i;
const THING_ASK = /\bthe (?:business|shop|store|merchant)(?:es|s)?\s*\?/i;
const QUERY_DESCRIBED = /\bsearch (?:query|term|keyword)s?\b|\bkeywords?\b|\bquery\b/i;
const SCALE = /^(millions|thousands|billions)$/i;

const words = (s: string): string[] => s.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/).filter(Boolean).map((w) => w.toLowerCase());
const textOf = (turn: unknown): string => {
  const text = (turn as { text?: unknown }).text;
  return typeof text === 'string' ? text : '';
};
const paramOf = (op: RecordOperation | undefined, param: string): { description?: unknown } | undefined =>
  (op?.parameters as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties?.[param];

/** A content parameter ("playlist_name") of an operation that makes or changes the thing it names. */
function chosen(op: RecordOperation | undefined, param: string): boolean {
  if (!op || !/^(?:post|put|patch)$/i.test(op.method)) return false;
  const ws = words(param);
  const last = ws[ws.length - 1];
  const opWords = words(op.name);
  if (!last || !CONTENT.test(last) || (!MAKES.test(opWords[0] ?? '') && !MAKES.test(op.description.trim()))) return false;
  return ws.slice(0, -1).every((w) => opWords.includes(w) || op.description.toLowerCase().includes(w));
}

/** "monthly listeners" → "million" where the description says "Monthly listeners in millions". */
function scales(op: RecordOperation | undefined): { field: string; scale: string }[] {
  const out: { field: string; scale: string }[] = [];
  for (const m of (op?.description ?? '').matchAll(/\b([A-Za-z]+(?: [A-Za-z]+)?)\s*[,(]?\s*in (millions|thousands|billions)\b/gi)) {
    if (SCALE.test(m[2] ?? '')) out.push({ field: (m[1] ?? '').toLowerCase(), scale: (m[2] ?? '').toLowerCase().replace(/s$/, '') });
  }
  return out;
}

export function checkWords21(record: DialogueRecord, add: Add): void {
  let lastOp: string | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') lastOp = turn.operation;
    if (turn.speaker !== 'assistant') return;
    const text = textOf(turn);
    if (EMPTY_NOTE.test(text)) add('lookup_note_empty', at, `a chained value's note says nothing of what was looked up: "${text.slice(0, 60)}"`);
    const refs = turn.action === 'request' ? (turn.request ?? []) : [];
    if (refs.length > 0 && refs.every((r) => chosen(record.operations[r.operation], r.param)) && KNOWN_ASK.test(text)) {
      add('chosen_value_as_known', at, `a value the user chooses (${refs.map((r) => r.param).join(', ')}) is asked as known: "${text.slice(0, 60)}"`);
    }
    if (refs.length > 0 && THING_ASK.test(text) && refs.every((r) => QUERY_DESCRIBED.test(String(paramOf(record.operations[r.operation], r.param)?.description ?? '')))) {
      add('query_as_thing', at, `a search query is asked as a thing: "${text.slice(0, 60)}"`);
    }
    if (turn.action !== 'response' || lastOp === undefined) return;
    for (const { field, scale } of scales(record.operations[lastOp])) {
      // "the monthly listeners are 107.15" with no "million" after the number.
      const bare = new RegExp(`\\b${field}\\s+(?:is|are|was|were|of)\\s+(\\d[\\d,.]*)(?!\\d|[,.]?\\d| ${scale})`, 'i').exec(text);
      if (bare) add('scale_dropped', at, `"${field}" is given in ${scale}s but said as a bare ${bare[1]}`);
    }
  });
}
