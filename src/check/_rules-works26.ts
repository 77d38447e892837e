/**
 * Mock values that are true of the world (QUALITY.md E), wave 26. Reads only the dialogue record.
 * - `work_titled_as_artist`: a track or album is titled as a title, never exactly as one of its own artists
 *   (track "Secret Voices" by "Secret Voices, Theo Brandt").
 * - `copyright_type_not_code`: a copyright's `type` is its code, "C" (the copyright) or "P" (the sound recording
 *   copyright), as the Spotify-like schema documents, never "artist".
 * - `orders_over_account_age`: a customer's orders, counted in all, fit the account's age: an account created six
 *   weeks before its latest order holds no 423 orders.
 * - `arrival_for_delivered`: a reply never tells an estimated arrival of an order the result says is delivered.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const WORKS26_INVARIANTS = ['work_titled_as_artist', 'copyright_type_not_code', 'orders_over_account_age', 'arrival_for_delivered'] as const satisfies readonly InvariantId[];

const words = snakeKey;
const WORK_FIELD = /^(track_number|disc_number|duration_ms|album_type|total_tracks|isrc|preview_url)$/;
const WORK_TYPE = /^(track|album|single|ep|compilation|episode|song)$/i;
const ORDER_LIST = /^(orders|purchases)$/;
const TOTAL_COUNT = /^(total_?items|total_?count|total_?results|total_?orders|total)$/;
const CREATED = /^(created_?at|created|signup_?date|registered_?at|member_?since|joined_?at)$/;
const ETA = /^(estimated_?arrival|eta|estimated_?delivery(_?(time|date|at))?|expected_?(arrival|delivery)(_?(time|date|at))?)$/;
const DELIVERED = /^(delivered)$/i;
const SAYS_ARRIVAL = /\b(estimated|expected) (arrival|delivery)\b/i;
/** A generous ceiling: one order a day since the account was created, and ten more. */
const PER_DAY = 1;
const DAY = 86_400_000;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function workTitledAsArtist(obj: Json): string | undefined {
  const artists = obj['artists'];
  const name = obj['name'] ?? obj['title'];
  if (!Array.isArray(artists) || typeof name !== 'string') return undefined;
  const work = (typeof obj['type'] === 'string' && WORK_TYPE.test(obj['type'])) || Object.keys(obj).some((k) => WORK_FIELD.test(words(k)));
  return work && artists.some((a) => isRecord(a) && a['name'] === name) ? name : undefined;
}

/** The latest ISO date among the listed orders' own fields. */
function latestOf(orders: readonly unknown[]): number | undefined {
  let latest: number | undefined;
  for (const o of orders) if (isRecord(o)) for (const v of Object.values(o)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) latest = Math.max(latest ?? 0, Date.parse(v));
  return latest;
}

export function checkWorks26(record: DialogueRecord, add: Add): void {
  /** When each account an earlier result showed was created, by its ids' values. */
  const created = new Map<string, number>();
  let deliveredEta = false;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      deliveredEta = false;
      if (turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
      const call = record.turns.slice(0, at).reverse().find((t) => t.speaker === 'assistant' && t.call?.id === turn.call_id);
      const args = (call?.speaker === 'assistant' ? call.call?.arguments : undefined) ?? {};
      let said = new Set<string>();
      eachObject(turn.result, (obj) => {
        const title = workTitledAsArtist(obj);
        if (title !== undefined && !said.has('work')) {
          said.add('work');
          add('work_titled_as_artist', at, `a work is titled "${title}", the name of one of its own artists`);
        }
        const copyrights = obj['copyrights'];
        if (Array.isArray(copyrights) && !said.has('copyright')) {
          const bad = copyrights.find((c) => isRecord(c) && typeof c['type'] === 'string' && !/^[CP]$/.test(c['type']));
          if (bad !== undefined) {
            said.add('copyright');
            add('copyright_type_not_code', at, `a copyright's type is "${String((bad as Json)['type'])}", not C or P`);
          }
        }
        const keys = Object.keys(obj);
        const createdKey = keys.find((k) => CREATED.test(words(k)) && typeof obj[k] === 'string');
        if (createdKey !== undefined) for (const k of keys) if (/(^|_)id$/.test(words(k)) && (typeof obj[k] === 'string' || typeof obj[k] === 'number')) created.set(String(obj[k]), Date.parse(obj[createdKey] as string));
        if (keys.some((k) => ETA.test(words(k)) && typeof obj[k] === 'string') && keys.some((k) => /^(status|state)$/.test(k) && typeof obj[k] === 'string' && DELIVERED.test(obj[k] as string))) deliveredEta = true;
      });
      said = new Set();
      // Cheap first: a list of orders at the top of the result, asked for by the id of an account seen before.
      const result = turn.result as Json;
      const listKey = Object.keys(result).find((k) => ORDER_LIST.test(words(k)) && Array.isArray(result[k]));
      const since = listKey === undefined ? undefined : Object.values(args).map((v) => created.get(String(v))).find((t) => t !== undefined && Number.isFinite(t));
      const latest = since === undefined ? undefined : latestOf(result[listKey!] as unknown[]);
      if (since === undefined || latest === undefined) return;
      const ceiling = Math.max(0, (latest - since) / DAY) * PER_DAY + 10;
      for (const holder of [result, ...Object.values(result).filter(isRecord)]) {
        const total = Object.keys(holder).find((k) => TOTAL_COUNT.test(words(k)) && typeof holder[k] === 'number');
        if (total !== undefined && (holder[total] as number) > ceiling) {
          add('orders_over_account_age', at, `${String(holder[total])} orders in all for an account created ${Math.round((latest - since) / DAY)} days before its latest order`);
          return;
        }
      }
      return;
    }
    if (turn.speaker !== 'assistant' || !deliveredEta) return;
    if (turn.text && SAYS_ARRIVAL.test(turn.text)) add('arrival_for_delivered', at, 'an estimated arrival is told for an order already delivered');
    if (turn.text) deliveredEta = false;
  });
}
