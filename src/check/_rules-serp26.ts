/**
 * Async tasks, rank grids and rankings that a careful assistant would stand behind (QUALITY.md E, I), wave 26:
 * - `task_not_fetched`: a call that only started a task (`{"task_id": "FdhrLAFkk"}`) is followed by the call that
 *   fetches its results when the assistant's tools hold one (an operation of the same API taking the task's id that
 *   does not cancel it); the dialogue never ends at "the results are not in yet";
 * - `grid_centre_unfound`: a rank grid centred on the searched business's own place (the coordinates an earlier
 *   result gave it) finds it at the centre point, never `found: false` there;
 * - `echo_unit_unsent`: a result's echo of the request never names a unit (`radius_units: "mi"`) the call did not
 *   send and the input's documented default is not ("**Default:** km"): the numbers would mean another distance;
 * - `ranking_names_repeat`: the businesses of one ranking (distinct ids) have distinct names, never two
 *   "Chicago Outdoor Gear".
 * - `language_default_unsaid`: a language switch (`lang`) the user never gave is not sent at a spec default of another
 *   language (`lang: "de"` for a user writing English): it goes in English.
 * - `said_value_asked`: a value the user gives in answer to a request ("I'm looking for outdoor gear") was never said
 *   by them before: a careful assistant reuses what it was told rather than asking again (a self-correction's
 *   redundant request is marked and left alone).
 * Cheap key tests first. Reads only the dialogue record.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { startedId } from './_rules-async15.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const SERP26_INVARIANTS = ['task_not_fetched', 'grid_centre_unfound', 'echo_unit_unsent', 'ranking_names_repeat', 'language_default_unsaid', 'said_value_asked'] as const satisfies readonly InvariantId[];

const TASK_ID = /^(task|job)[_-]?id$/i;
const NOT_RESULT = /\b(cancel|delete|remove|stop|abort|kill|retry|restart)\b/i;
const SEARCHED_ID = /^(place_?id|business_?id|placeId|businessId|cid)$/;
const ECHO = /^(parameters|params|request_?params|request_?parameters|search_?parameters|query_?params|arguments|args)$/i;
const LAT = /^(lat|latitude)$/i;
const LON = /^(lng|lon|long|longitude)$/i;
const DOC_DEFAULT = /\bdefault(?:\s+value)?(?:\s+is)?\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*[`'"]?([A-Za-z0-9][\w.-]*?)[`'"]?\s*\.?\s*$/im;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const words = (text: string): string => text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-/{}.]+/g, ' ');
const propertiesOf = (op: RecordOperation | undefined): Record<string, { default?: unknown; description?: string }> => ((op?.parameters as { properties?: Json } | undefined)?.properties ?? {}) as Record<string, { default?: unknown; description?: string }>;

/** An operation of the tools that fetches a task of `api` by its id. */
function resultOperation(record: DialogueRecord, api: string, starter: string): string | undefined {
  const all: Record<string, RecordOperation> = { ...record.candidates, ...record.operations };
  for (const [id, op] of Object.entries(all)) {
    if (id === starter || op.api !== api || op.method.toUpperCase() === 'DELETE' || NOT_RESULT.test(words(`${op.name} ${op.path}`))) continue;
    if (((op.parameters as { required?: string[] }).required ?? []).some((name) => TASK_ID.test(name))) return id;
  }
  return undefined;
}

function checkTasks(record: DialogueRecord, add: Add): void {
  let called: string | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) called = turn.call.operation;
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || called === undefined) return;
    const op = record.operations[called];
    if (op === undefined || !/task|job/i.test(JSON.stringify(turn.result).slice(0, 400))) return;
    const id = startedId(op, turn.result);
    if (id === undefined) return;
    const fetcher = resultOperation(record, op.api, called);
    if (fetcher === undefined) return;
    const later = record.turns.slice(at + 1);
    if (later.some((t) => t.speaker === 'assistant' && t.call && !t.error && Object.values(t.call.arguments ?? {}).some((v) => String(v) === id))) return;
    add('task_not_fetched', at, `the call only started task ${id}, and ${fetcher} fetches its results, but no later call does`);
  });
}

function checkGrids(record: DialogueRecord, add: Add): void {
  const results: unknown[] = [];
  let args: Json | undefined;
  let operation: string | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      args = turn.error ? undefined : (turn.call.arguments as Json);
      operation = turn.call.operation;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || args === undefined) return;
    const result = turn.result;
    if (isRecord(result)) {
      const holders = [result, ...Object.values(result).filter(isRecord)];
      const text = JSON.stringify(result);
      if (/_units?"/.test(text)) unitEcho(holders, args, record.operations[operation ?? ''], at, add);
      if (text.includes('"found":') && text.includes('"rank":')) {
        centre(holders, args, results, at, add);
        names(holders, args, at, add);
      }
    }
    results.push(result);
  });
}

function unitEcho(holders: Json[], args: Json, op: RecordOperation | undefined, at: number, add: Add): void {
  const props = propertiesOf(op);
  for (const holder of holders) {
    for (const [key, echo] of Object.entries(holder)) {
      if (!ECHO.test(key) || !isRecord(echo) || !Object.entries(args).some(([k, v]) => echo[k] !== undefined && String(echo[k]) === String(v))) continue;
      for (const [k, v] of Object.entries(echo)) {
        if (!/units?$/i.test(k) || k in args || typeof v !== 'string' || props[k] === undefined) continue;
        const p = props[k]!;
        const fallback = p.default !== undefined && p.default !== '' ? String(p.default) : DOC_DEFAULT.exec(p.description ?? '')?.[1];
        if (fallback !== undefined && fallback !== v) add('echo_unit_unsent', at, `the result echoes ${k} "${v}", which the call did not send; its default is "${fallback}"`);
      }
    }
  }
}

function centre(holders: Json[], args: Json, earlier: readonly unknown[], at: number, add: Add): void {
  const idEntry = Object.entries(args).find(([k, v]) => SEARCHED_ID.test(k) && typeof v === 'string');
  const latArg = Object.entries(args).find(([k]) => LAT.test(k))?.[1];
  const lat = num(latArg);
  const lon = num(Object.entries(args).find(([k]) => LON.test(k))?.[1]);
  if (idEntry === undefined || lat === undefined || lon === undefined) return;
  // The grid is centred on the business's own place: an earlier result gave it there.
  const own = earlier.some((r) => {
    const text = JSON.stringify(r);
    return text.includes(`"${idEntry[1] as string}"`) && text.includes(String(latArg));
  });
  if (!own) return;
  for (const holder of holders) {
    for (const v of Object.values(holder)) {
      if (!Array.isArray(v) || v.length < 2 || !v.every(isRecord)) continue;
      const points = v as Json[];
      if (typeof points[0]!.found !== 'boolean') continue;
      const latKey = Object.keys(points[0]!).find((k) => LAT.test(k));
      const lonKey = Object.keys(points[0]!).find((k) => LON.test(k));
      if (latKey === undefined || lonKey === undefined) continue;
      const mid = points.find((p) => Math.abs((num(p[latKey]) ?? NaN) - lat) < 1e-3 && Math.abs((num(p[lonKey]) ?? NaN) - lon) < 1e-3);
      if (mid !== undefined && mid.found === false) add('grid_centre_unfound', at, `the grid is centred on the business's own place (${lat}, ${lon}), yet that point says it was not found`);
    }
  }
}

function names(holders: Json[], args: Json, at: number, add: Add): void {
  const idKey = Object.keys(args).find((k) => SEARCHED_ID.test(k));
  if (idKey === undefined) return;
  for (const holder of holders) {
    for (const v of Object.values(holder)) {
      if (!Array.isArray(v) || v.length < 2 || !v.every(isRecord)) continue;
      const items = v as Json[];
      if (!(idKey in items[0]!) || typeof items[0]!.name !== 'string') continue;
      const seen = new Map<string, unknown>();
      for (const item of items) {
        if (typeof item.name !== 'string') continue;
        if (seen.has(item.name) && seen.get(item.name) !== item[idKey]) {
          add('ranking_names_repeat', at, `two businesses of one ranking are both named "${item.name}"`);
          return;
        }
        seen.set(item.name, item[idKey]);
      }
    }
  }
}

const LANGUAGE = /(^|_)(lang|language|locale|hl|ui_?lang|interface_?language)$/;
const ENGLISH = /^(en|eng|english)([-_][a-z]{2})?$/i;

/**
 * A language switch sent in English where its spec default is another language: grounded as the dialogue's own
 * language (a user writing English never has to say "in English").
 */
export function englishForDefault(param: string, value: unknown, schema: { default?: unknown } | undefined): boolean {
  return typeof value === 'string' && ENGLISH.test(value) && typeof schema?.default === 'string' && !ENGLISH.test(schema.default)
    && LANGUAGE.test(param.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}

function checkLanguages(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    if (slot.source !== 'default' || typeof slot.value !== 'string' || ENGLISH.test(slot.value) || !LANGUAGE.test(slot.param.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())) continue;
    add('language_default_unsaid', null, `${slot.operation}.${slot.param} is sent as "${slot.value}", the spec's default, though the user speaks English and never named a language`);
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function checkAskedAgain(record: DialogueRecord, add: Add): void {
  if (record.meta.self_correction !== undefined) return;
  const turns = record.turns;
  let said = '';
  turns.forEach((turn, at) => {
    if (turn.speaker !== 'user') return;
    const before = turns[at - 1];
    if (turn.action === 'inform' && said !== '' && before?.speaker === 'assistant' && before.action === 'request' && !before.error) {
      for (const ref of turn.informs ?? []) {
        const value = record.slots.find((slot) => slot.operation === ref.operation && slot.param === ref.param)?.value;
        if (typeof value !== 'string' || value.length < 4 || !/[a-z]/i.test(value)) continue;
        // A value never said as a substring is never said as a word: no pattern to build (most values).
        if (!said.includes(value.toLowerCase())) continue;
        if (new RegExp(`(^|[^\\p{L}\\p{N}])${escape(value.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(said)) {
          add('said_value_asked', at - 1, `the user had already said "${value}", yet the assistant asks for ${ref.param} again`);
          break;
        }
      }
    }
    said += ` ${(turn.text ?? '').toLowerCase()}`;
  });
}

export function checkSerp26(record: DialogueRecord, add: Add): void {
  checkLanguages(record, add);
  checkAskedAgain(record, add);
  checkTasks(record, add);
  checkGrids(record, add);
}
