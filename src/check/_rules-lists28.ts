/**
 * Replies that report what came back (QUALITY.md F, J), wave 28. `token_said`: a reply never reads out an internal
 * token of the result (a snapshot id, an etag, a checksum or hash, a revision token) unless the user asked for it.
 * `create_unconfirmed`: after a create that returned a record, the reply says that something was made ("I created
 * the playlist …", "Done"), never only the record's fields as if it had been looked up. `breakdown_partial`: a star
 * breakdown is told whole or not at all: a reply that names some of its non-empty rows names them all. Reads only the
 * dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LISTS28_INVARIANTS = ['token_said', 'create_unconfirmed', 'breakdown_partial'] as const satisfies readonly InvariantId[];

const TOKEN_KEY = /(?:^|_|[a-z])(?:snapshot_?id|e_?tag|check_?sum|md5|sha(?:1|256|512)?|hash|nonce|fingerprint|version_?token|(?:revision|concurrency|sync|change)_?(?:token|key|tag))$/i;
const TOKEN_WORDS = /\b(snapshot|e-?tag|checksum|md5|sha|hash|nonce|fingerprint|revision|version token)\b/i;
/** Words that say a thing was made or done, or an opening that says so ("Done!", "All set."). */
const MADE = /\b(created(?! on\b| at\b)|added(?! on\b| at\b)|made|set up|subscribed|refunded|registered|opened|saved|booked|placed|submitted|scheduled|started|copied|uploaded|issued|generated|sent|posted|reserved|enrolled|signed up|done|all set|went through|taken care of|worked|finished|completed|success|in place|is in)\b/i;
const STAR_ROW = /^[1-5]$/;
const BREAKDOWN_KEY = /^(counts|distribution|histogram|breakdown|ratings?_?counts?|star_?counts|rating_?distribution)$/i;

/** String values under token keys in a result (two levels down at most: tokens sit on the record). */
function tokens(value: unknown, out: string[], depth = 0): void {
  if (depth > 2 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 5)) tokens(item, out, depth + 1);
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && v.length >= 6 && !/\s/.test(v) && TOKEN_KEY.test(k)) out.push(v);
    else if (v !== null && typeof v === 'object') tokens(v, out, depth + 1);
  }
}

/** The rows of a star breakdown at the top of a result or one level down ({counts: {"2": 3, "4": 2}}). */
function breakdown(result: unknown): Map<string, number> | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const [k, v] of Object.entries(result as Record<string, unknown>)) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const rows = Object.entries(v as Record<string, unknown>);
    if (BREAKDOWN_KEY.test(k) && rows.length >= 2 && rows.every(([s, n]) => STAR_ROW.test(s) && typeof n === 'number')) return new Map(rows as [string, number][]);
    const inner = k.length <= 12 ? breakdown(v) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

const STAR_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];

/** Does the reply name the row of `star` stars ("2-star", "two-star", "2 stars")? */
function namesRow(text: string, star: number): boolean {
  return new RegExp(`\\b(?:${star}|${STAR_WORDS[star]})[- ]stars?\\b`, 'i').test(text);
}

export function checkLists28(record: DialogueRecord, add: Add): void {
  let effect = 'read';
  let result: unknown;
  let users = '';
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'user') users += ` ${turn.text ?? ''}`;
    if (turn.speaker === 'assistant' && turn.call && !turn.error) effect = effectOf(record.operations[turn.call.operation], turn.call.operation);
    if (turn.speaker === 'tool') result = turn.status === 'ok' ? turn.result : undefined;
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text || result === undefined || result === null || typeof result !== 'object') return;
    const text = turn.text;
    const found: string[] = [];
    tokens(result, found);
    const said = found.find((t) => text.includes(t));
    if (said !== undefined && !TOKEN_WORDS.test(users)) add('token_said', at, `the reply reads out the internal token ${said}`);
    if (effect === 'create' && !Array.isArray(result) && Object.keys(result).length > 0 && !MADE.test(text)) add('create_unconfirmed', at, 'after a create the reply never says that anything was made');
    const rows = /star/i.test(text) ? breakdown(result) : undefined;
    if (rows) {
      const full = [...rows].filter(([, n]) => n > 0).map(([s]) => Number(s));
      const named = full.filter((s) => namesRow(text, s));
      if (named.length > 0 && named.length < full.length) add('breakdown_partial', at, `the reply names the ${named.join(', ')}-star rows of a breakdown but not the ${full.filter((s) => !named.includes(s)).join(', ')}-star ones`);
    }
  });
}
