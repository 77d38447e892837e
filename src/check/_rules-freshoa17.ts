/**
 * Fresh-eyes reading of the openapi fixtures, wave 17 (QUALITY.md B, J):
 * - `batch_read_one_id`: a batch read ("Get Several Albums", `get-multiple-shows`) is called for several records:
 *   its list of ids (`ids`, `album_ids`) holding one id teaches the multi-get for one item ("get several albums"
 *   answered with one album).
 * - `api_named_id`: an ID is named by what it identifies, never by the API serving it: "the spotify ID" of a
 *   Spotify operation says nothing of whether an audiobook or a track is meant. Only the plain "the <API> ID"
 *   form where the call's ID argument is a bare `id` counts (an IMDb ID asked by another API is a real name).
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FRESHOA17_INVARIANTS = ['batch_read_one_id', 'api_named_id'] as const satisfies readonly InvariantId[];

const SEVERAL = /\b(?:several|multiple)\b/i;
const ID_LIST = /(?:^|_)ids$|[a-z]Ids$/;

/** Words of an operation's name (`get-multiple-albums`, `getSeveralTracks`) and summary. */
const opWords = (name: string, description: string): string => `${name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ')} ${description.slice(0, 200)}`;

function checkBatchReads(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const op = record.operations[turn.call.operation];
    if (!op || op.method.toUpperCase() !== 'GET' || !SEVERAL.test(opWords(op.name, op.description ?? ''))) return;
    for (const [name, value] of Object.entries(turn.call.arguments)) {
      if (!ID_LIST.test(name)) continue;
      const one = (typeof value === 'string' && value.trim() !== '' && !value.includes(',')) || typeof value === 'number' || (Array.isArray(value) && value.length === 1);
      if (one) add('batch_read_one_id', at, `${turn.call.operation} reads several records, but ${name} holds one id (${JSON.stringify(value)})`);
    }
  });
}

/** The API's own words ("spotify" of `spotify__web-api`), three letters or more. */
const apiWords = (api: string): Set<string> => new Set(api.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3 && w !== 'api' && w !== 'web'));

function checkApiNamedIds(record: DialogueRecord, add: Add): void {
  const named = new Map<string, string>();
  for (const id of record.chain) {
    const op = record.operations[id];
    const props = (op?.parameters as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    if (op && 'id' in props) for (const w of apiWords(op.api)) named.set(w, id);
  }
  if (named.size === 0) return;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') return;
    const text = turn.text ?? '';
    if (!/ IDs?\b/.test(text)) return;
    for (const m of text.matchAll(/\b[Tt]he ([A-Za-z]+) (IDs?)\b/g)) {
      const word = m[1]!.toLowerCase();
      if (named.has(word)) add('api_named_id', at, `"${m[0]}" names the ${named.get(word)} ID after the API, not after what it identifies`);
    }
  });
}

export function checkFreshoa17(record: DialogueRecord, add: Add): void {
  checkBatchReads(record, add);
  checkApiNamedIds(record, add);
}
