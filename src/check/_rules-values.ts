/**
 * Mock values that mean what they say (QUALITY.md E), within one result. `stock_description`: no description,
 * summary or note of a record (nor a call's argument) is a stock line written for no thing in particular ("Kept
 * up to date by the team", "My description"). `soonest_order`: a list an operation describes as soonest first is
 * in date order. `edition_titles`: items of one list that are versions of one work (editions sharing a `workId`)
 * carry that one work's title. `release_tracks`: a release's track count fits its type (a single has 1–3, an EP
 * at most 6). Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

export const VALUE_INVARIANTS = ['stock_description', 'soonest_order', 'edition_titles', 'release_tracks'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** Lines that describe nothing in particular: they read the same under a transaction, an icon or a golf table. */
const STOCK_LINE = /^(kept up to date by the team|set up for day-to-day use|reviewed every quarter|in regular use since last year|added during the spring clean-up|shared with the whole department|checked by the owner every month|maintained by the operations team|created for the new office|still in its trial period|my description|description goes here|sample description|lorem ipsum.*)\.?$/i;
const SOONEST = /\bsoonest first\b|\bin chronological order\b|\bearliest first\b/i;
const START_KEY = /^(starts?_?at|start_?date|start_?time|start|date|datetime|date_?time|local_?date|event_?date|begins?_?at|departure_?time|scheduled_?at)$/i;
const PARENT_ID = /^(work_?id|work_?key|book_?id|album_?id|movie_?id|title_?id|series_?id|master_?id)$/i;
const TITLE_KEY = /^(title|work_?title|book_?title)$/i;
const COUNT_KEY = /^(total_?tracks|track_?count|tracks_?count|number_?of_?tracks|num_?tracks)$/i;
const RELEASE_TYPE = /^(album_?type|release_?type|album_?group|type)$/i;
const MOST_TRACKS: Readonly<Record<string, number>> = { single: 3, ep: 6 };
const ISO = /^\d{4}-\d{2}-\d{2}/;

type Visit = (value: unknown, key: string) => void;

function walk(value: unknown, visit: Visit, key = '', depth = 0): void {
  if (depth > 10) return;
  visit(value, key);
  if (Array.isArray(value)) for (const v of value) walk(v, visit, key, depth + 1);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, k, depth + 1);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why a list of records breaks an order or a shared title, if it does. */
function listProblems(list: unknown[], soonest: boolean): Array<[InvariantId, string]> {
  const records = list.filter(isRecord);
  if (records.length < 2 || records.length !== list.length) return [];
  const out: Array<[InvariantId, string]> = [];
  const head = records[0]!;
  const start = Object.keys(head).find((k) => START_KEY.test(k) && typeof head[k] === 'string' && ISO.test(head[k] as string));
  if (soonest && start !== undefined) {
    const dates = records.map((r) => r[start]);
    const back = dates.findIndex((d, i) => i > 0 && typeof d === 'string' && typeof dates[i - 1] === 'string' && d < (dates[i - 1] as string));
    if (back > 0) out.push(['soonest_order', `item ${back} ${start} ${String(dates[back])} comes before item ${back - 1}'s ${String(dates[back - 1])} in a soonest-first list`]);
  }
  const parent = Object.keys(head).find((k) => PARENT_ID.test(k) && (typeof head[k] === 'string' || typeof head[k] === 'number'));
  const title = Object.keys(head).find((k) => TITLE_KEY.test(k) && typeof head[k] === 'string');
  if (parent !== undefined && title !== undefined && records.every((r) => r[parent] === head[parent])) {
    const titles = new Set(records.map((r) => r[title]).filter((t) => typeof t === 'string'));
    if (titles.size > 1) out.push(['edition_titles', `items of one ${parent} ${JSON.stringify(head[parent])} carry different titles: ${[...titles].slice(0, 3).map((t) => JSON.stringify(t)).join(', ')}`]);
  }
  return out;
}

function tracksProblem(obj: Record<string, unknown>): string | undefined {
  const count = Object.keys(obj).find((k) => COUNT_KEY.test(k) && typeof obj[k] === 'number');
  const type = Object.keys(obj).find((k) => RELEASE_TYPE.test(k) && typeof obj[k] === 'string' && (obj[k] as string).toLowerCase() in MOST_TRACKS);
  if (count === undefined || type === undefined) return undefined;
  const most = MOST_TRACKS[(obj[type] as string).toLowerCase()]!;
  return (obj[count] as number) > most ? `a ${String(obj[type])} with ${String(obj[count])} tracks` : undefined;
}

export function checkValues(record: DialogueRecord, add: Add): void {
  const operations = record.operations as Record<string, { description?: string; summary?: string } | undefined>;
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; status?: string; result?: unknown; operation?: string; call?: { operation?: string; arguments?: unknown } };
    if (t.call?.arguments !== undefined) {
      walk(t.call.arguments, (v, key) => {
        if (typeof v === 'string' && STOCK_LINE.test(v.trim())) add('stock_description', i, `${t.call?.operation ?? 'call'} argument ${key} is a stock line: "${v}"`);
      });
    }
    if (t.speaker !== 'tool' || t.status !== 'ok' || t.result === undefined) return;
    const op = t.operation === undefined ? undefined : operations[t.operation];
    const soonest = SOONEST.test(`${op?.summary ?? ''} ${op?.description ?? ''}`);
    walk(t.result, (v, key) => {
      if (typeof v === 'string' && STOCK_LINE.test(v.trim())) add('stock_description', i, `${t.operation ?? 'tool'} result ${key} is a stock line: "${v}"`);
      else if (Array.isArray(v)) for (const [rule, message] of listProblems(v, soonest)) add(rule, i, `${t.operation ?? 'tool'} result ${key}: ${message}`);
      else if (isRecord(v)) {
        const tracks = tracksProblem(v);
        if (tracks) add('release_tracks', i, `${t.operation ?? 'tool'} result: ${tracks}`);
      }
    });
  });
}
