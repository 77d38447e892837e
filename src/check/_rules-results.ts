/**
 * Rules on what tools return (QUALITY.md E, F, B): a read answers with content, not just the request echoed
 * back with a flag; a get by id returns that one record; a list's count is never below the items it shows;
 * a response never speaks a bare flag ("the found is yes"). Each reads only the record and the loader's
 * effect rule: nothing of the planner or the realizer it checks.
 */
import type { AssistantTurn, DialogueRecord, RecordOperation, ToolTurn } from '../plan/types.ts';
import { effectOf } from './_effect.ts';
import { identifierWords } from '../text/index.ts';
import type { InvariantId } from './types.ts';

/** The result rules, in the order `stats` reports them. */
export const RESULT_INVARIANTS = ['echo_only_result', 'count_below_items', 'flag_spoken'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

/** Keys that say how a call went, never what it found. */
const FLAG_KEY = /^(found|status|status_?code|success|successful|succeeded|ok|message|msg|code|result_?code|result_?message|error|errors|request_?id|took|time_?taken)$/i;
/** Wrappers around the record a call returns. */
const WRAPPER = /^(data|result|results|response|item|record|payload|body|content)$/i;

export function checkResultRules(record: DialogueRecord, add: Add): void {
  const calls = new Map<string, AssistantTurn>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant') {
      if (turn.call) calls.set(turn.call.id, turn);
      if (turn.action === 'response' && turn.text && SPOKEN_FLAG.test(turn.text)) add('flag_spoken', i, `the response speaks a bare flag: "${SPOKEN_FLAG.exec(turn.text)![0]}"`);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = record.operations[turn.operation];
    const args = calls.get(turn.call_id)?.call?.arguments ?? {};
    if (effectOf(op, turn.operation) === 'read') {
      if (echoOnly(turn.result, args)) add('echo_only_result', i, `${turn.operation} is a read but returned only its inputs and flags: ${JSON.stringify(turn.result).slice(0, 160)}`);
      if (op) checkById(op, turn, args, i, add);
    }
    for (const problem of countsBelowItems(turn.result)) add('count_below_items', i, `${turn.operation}: ${problem}`);
  });
}


/** "the found is yes", "the success is true": a flag's key read out as if it were a thing. */
const SPOKEN_FLAG = /\bthe (found|success|successful|succeeded|ok|is success|has more) (is|are|was) (yes|no|true|false)\b/i;

/** A result whose only values are the call's own arguments and flags ({"id": "x", "found": true}). */
function echoOnly(result: unknown, args: Record<string, unknown>): boolean {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return false;
  const given = new Set(Object.values(args).filter((v) => v !== null && typeof v !== 'object').map((v) => String(v).trim().toLowerCase()));
  let echoed = 0;
  let content = 0;
  const walk = (value: unknown, key: string, depth: number): void => {
    if (Array.isArray(value)) {
      content++; // a list, even an empty one, is an answer
      return;
    }
    if (value && typeof value === 'object') {
      if (depth < 4) for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, k, depth + 1);
      return;
    }
    if (value === null || value === undefined || FLAG_KEY.test(key)) return;
    if (given.has(String(value).trim().toLowerCase())) echoed++;
    else content++;
  };
  walk(result, '', 0);
  // Only flags ({"status": "ok"}) is the empty_result rule's; here the request came back with a flag and nothing else.
  return echoed > 0 && content === 0;
}

const ID_ARG = /(^|_|[a-z])(id|Id|ID|uuid)$/;

/** The id a read asks for by name: `get_city_by_id(id)`, `getPetById(petId)` (the path rule covers `/pets/{petId}` objects). */
function requestedId(op: RecordOperation, args: Record<string, unknown>): { key: string; value: unknown } | undefined {
  const inPath = /\{([^}]+)\}\/?$/.exec(op.path)?.[1];
  if (inPath !== undefined && ID_ARG.test(inPath) && inPath in args) return { key: inPath, value: args[inPath] };
  if (!/(^|[^a-z])by[ _-]?id([^a-z]|$)|ById\b/i.test(op.name)) return undefined;
  const ids = Object.keys(args).filter((k) => ID_ARG.test(k));
  return ids.length === 1 ? { key: ids[0]!, value: args[ids[0]!] } : undefined;
}

/** What an operation is about: the last word of its name before "by" (`get_cities_by_id` → city). */
function nounOf(name: string): string {
  const words = identifierWords(name);
  const by = words.indexOf('by');
  const head = (by > 0 ? words.slice(0, by) : words).filter((w) => !/^(get|list|fetch|find|search|show|retrieve|read|v\d+)$/.test(w));
  const last = head[head.length - 1] ?? '';
  return last.replace(/ies$/, 'y').replace(/s$/, '');
}

const same = (a: unknown, b: unknown): boolean => String(a).trim().toLowerCase() === String(b).trim().toLowerCase();

/** A get by id returns one record, and that record's id is the id asked for. */
function checkById(op: RecordOperation, tool: ToolTurn, args: Record<string, unknown>, at: number, add: Add): void {
  const asked = requestedId(op, args);
  if (!asked || asked.value === undefined || typeof asked.value === 'object') return;
  const keyWords = identifierWords(asked.key).filter((w) => !/^(id|uuid)$/.test(w)).join('_');
  // `getAppPermissionsById(appId)` lists the app's permissions: only records of the entity asked for are compared.
  const ofEntity = keyWords === '' || keyWords === nounOf(op.name) || nounOf(op.name) === '';
  let main: unknown = tool.result;
  if (main && typeof main === 'object' && !Array.isArray(main)) {
    const entries = Object.entries(main as Record<string, unknown>).filter(([k]) => !FLAG_KEY.test(k));
    // The one record beside flags ({question: {…}, result_code}) or a wrapper ({data: […]}) is what was returned.
    const only = entries.length === 1 ? entries[0]![1] : undefined;
    if (only && typeof only === 'object' && (WRAPPER.test(entries[0]![0]) || !Array.isArray(only))) main = only;
    // A record at the top of a path lookup is the meaning rule's (entity_mismatch) already.
    else if (/\{[^}]+\}\/?$/.test(op.path)) return;
  }
  const records = (Array.isArray(main) ? main : [main]).filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r));
  const withId = records.filter((r) => ['id', '_id', asked.key].some((k) => r[k] !== undefined && typeof r[k] !== 'object'));
  if (!ofEntity || withId.length === 0) return;
  if (withId.length > 1) {
    add('entity_mismatch', at, `${tool.operation} was asked for ${asked.key} ${JSON.stringify(asked.value)} and returned ${withId.length} records`);
    return;
  }
  const record = withId[0]!;
  const key = [asked.key, 'id', '_id'].find((k) => record[k] !== undefined && typeof record[k] !== 'object')!;
  if (!same(record[key], asked.value)) add('entity_mismatch', at, `${tool.operation} was asked for ${asked.key} ${JSON.stringify(asked.value)} and returned ${key} ${JSON.stringify(record[key])}`);
}

/** Fields that count a list's items or all of its matches. */
const COUNT_KEY = /^(count|total|total_?count|total_?results|total_?elements|total_?items|total_?hits|number_?of_?elements|number_?of_?items|num_?results|result_?count|results_?count)$/i;

/** Objects holding one list whose count field is smaller than the items shown ({totalCount: 1, items: [3 items]}). */
function countsBelowItems(value: unknown, depth = 0): string[] {
  if (!value || typeof value !== 'object' || depth > 5) return [];
  if (Array.isArray(value)) return value.flatMap((v) => countsBelowItems(v, depth + 1));
  const obj = value as Record<string, unknown>;
  const out: string[] = [];
  // How a page is sorted or linked (`sort`, `links`) is no list of what was found.
  const lists = Object.entries(obj).filter(([k, v]) => Array.isArray(v) && !/^(sort|sorts|links|_links|facets|filters|errors|warnings|messages|fields|columns|tags)$/i.test(k));
  if (lists.length === 1) {
    const n = (lists[0]![1] as unknown[]).length;
    for (const [k, v] of Object.entries(obj)) if (COUNT_KEY.test(k) && typeof v === 'number' && v < n) out.push(`${k} is ${v} but ${lists[0]![0]} holds ${n} items`);
  }
  for (const v of Object.values(obj)) if (v && typeof v === 'object') out.push(...countsBelowItems(v, depth + 1));
  return out;
}
