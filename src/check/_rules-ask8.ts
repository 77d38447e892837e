/**
 * Which calls and which values (QUALITY.md C, I, H). The checker's own reading of the record; it shares nothing
 * with the planner.
 * - `caller_source`: a value about something the user has in mind (another user's id, the place they asked
 *   about) never comes from the caller's own record (`GET /me`, "current user's profile", "place by my IP"),
 *   unless the user spoke of themselves ("near me", "my own"). A pick among the caller's own list is fine.
 * - `wide_pick`: the user is never asked to pick from three records of a whole collection listed unfiltered
 *   (every country, a list that says it holds 250 records or 147 pages): the assistant asks which one instead.
 * - `unsent_filter`: a call sends the filter its spec requires in prose ("you must include at least one of the
 *   following: `balanceAccountId`, …"; "Required if you don't provide …").
 * - `named_source`: a value whose spec names the endpoint it comes from ("The value of _id field returned in
 *   .../products/list endpoint") is never chained in from another endpoint (a car model's id from a search).
 * - `unsayable_value`: the user never states a value of a kind (a media type, a category, a mode) as a code of
 *   letters and digits ("the media type is ITM-33659"): a kind is a word.
 */
import type { DialogueRecord, RecordOperation, ToolTurn } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

export const ASK8_INVARIANTS = ['caller_source', 'wide_pick', 'unsent_filter', 'unsayable_value', 'named_source'] as const satisfies readonly InvariantId[];

type Schema = { description?: unknown; enum?: unknown; 'x-rapidapi-type'?: unknown };

const words = keyWords;
const CALLER_SEGMENT = /(^|\/)(me|my|self|myself)(\/|$)/i;
const CALLER_WORDS = /(^|_)(current_users?|my|me|myself|mine)(_|$)/;
/** The user speaking of themselves: then their own record is the one meant. */
const ABOUT_SELF = /\b(near me|around me|where i am|my own|myself|my location|my profile|my account|my ip)\b/i;
const NARROWS_NOTHING = /(^|_)(page|page_number|page_token|cursor|offset|skip|limit|size|page_size|per_page|count|max_results|lang|language|locale|hl|gl|sort|sort_by|order|order_by|direction|format|fields|include|expand|version|api_version)$/;
const PLACE_COLLECTION = /^(countries|cities|regions|states|provinces|municipalities|towns|localities|places|locations|airports|timezones|time_zones|currencies|languages)$/;
const TOTAL_FIELD = /^(total|total_count|total_results|total_items|item_count|items|count|number_of_results|total_records|results_count)$/;
const PAGES_FIELD = /^(number_of_pages|total_pages|page_count|pages)$/;
const WIDE = 25;
const ONE_OF = /\b(?:must|need to|have to)\s+(?:include|provide|specify|pass|send|supply)\s+(?:at least\s+)?one of\b([^]*?)(?:\n\n|$)/i;
const REQUIRED_UNLESS = /\brequired (?:if you don'?t provide|if you do not provide|unless)\b/i;
const KIND = /(^|_)(type|types|kind|kinds|mode|category|categories|format|genre|genres|media_type|class)$/;
const CODE = /^[A-Z]{2,5}-\d{3,}$/;
const NAMED_SOURCE = /\b(?:returned|got|obtained|taken)\s+(?:in|by|from)\s+(?:the\s+)?[.…/ ]*((?:[\w{}-]+\/)*[\w{}-]+(?:\s*(?:\bor\b|\band\b|,)\s*[.…/ ]*(?:[\w{}-]+\/)*[\w{}-]+)*)\s+(?:endpoints?|end points?|api)\b/i;
/** The endpoints a NAMED_SOURCE match names ("flights/detail or .../flights/get-more-info"), without dots and slashes around. */
const namedPaths = (list: string): string[] => list.split(/\s*(?:\bor\b|\band\b|,)\s*/i).map((p) => p.replace(/^[.…/ ]+|\/+$/g, '').toLowerCase()).filter(Boolean);

function propertiesOf(op: RecordOperation | undefined): Record<string, Schema> {
  return (op?.parameters.properties as Record<string, Schema> | undefined) ?? {};
}

function isCallerOwn(op: RecordOperation, id: string): boolean {
  return CALLER_SEGMENT.test(op.path) || CALLER_WORDS.test(words(op.name || id.split('.').pop() || id));
}

function userSaid(record: DialogueRecord, before: number): string {
  return record.turns.slice(0, before).map((t) => (t.speaker === 'user' ? t.text ?? '' : '')).join(' ');
}

/** Index of the first call to `operation` at or after `from`, or -1. */
function callAt(record: DialogueRecord, operation: string, from = 0): number {
  return record.turns.findIndex((t, i) => i >= from && t.speaker === 'assistant' && t.action === 'call' && t.call?.operation === operation);
}

function checkCallerSources(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from || slot.from.field.includes('[')) continue;
    const source = record.operations[slot.from.operation];
    if (!source || !isCallerOwn(source, slot.from.operation)) continue;
    const at = callAt(record, slot.operation);
    if (ABOUT_SELF.test(userSaid(record, at < 0 ? record.turns.length : at))) continue;
    out.push({ invariant: 'caller_source', turn: at < 0 ? null : at, message: `${slot.operation} ${slot.param} comes from ${slot.from.operation}, the caller's own record; the user has someone or somewhere else in mind: ask which` });
  }
}

/** Why the listed result is a whole collection, or undefined. */
function wideList(result: unknown, field: string): string | undefined {
  const listKey = field.split('[')[0]!.split('.').pop() ?? '';
  if (PLACE_COLLECTION.test(words(listKey))) return `every ${words(listKey)}`;
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (typeof value !== 'number') continue;
    if (TOTAL_FIELD.test(words(key)) && value > WIDE) return `${value} records`;
    if (PAGES_FIELD.test(words(key)) && value > 1) return `${value} pages`;
  }
  return undefined;
}

function checkWidePicks(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from || !/\[\d*\]/.test(slot.from.field)) continue;
    const at = callAt(record, slot.from.operation);
    if (at < 0) continue;
    const args = record.turns[at]!.speaker === 'assistant' ? (record.turns[at] as { call?: { arguments: Record<string, unknown>; id: string } }).call : undefined;
    if (!args || Object.keys(args.arguments).some((name) => !NARROWS_NOTHING.test(words(name)))) continue;
    const tool = record.turns.find((t, i) => i > at && t.speaker === 'tool' && (t as ToolTurn).call_id === args.id) as ToolTurn | undefined;
    const wide = tool ? wideList(tool.result, slot.from.field) : undefined;
    if (wide) out.push({ invariant: 'wide_pick', turn: at, message: `${slot.from.operation} lists ${wide} unfiltered and the user picks ${slot.param} among a few of them: ask which one they mean` });
  }
}

function requiredGroup(op: RecordOperation): string[] {
  const props = propertiesOf(op);
  const required = new Set((op.parameters.required as string[] | undefined) ?? []);
  const listed = new Set<string>();
  const m = ONE_OF.exec(op.description ?? '');
  if (m) for (const n of (m[1] ?? '').matchAll(/`([A-Za-z0-9_.-]+)`/g)) if (n[1]! in props) listed.add(n[1]!);
  for (const [name, s] of Object.entries(props)) if (REQUIRED_UNLESS.test(String(s.description ?? ''))) listed.add(name);
  return [...listed].filter((n) => !required.has(n));
}

function checkUnsentFilters(record: DialogueRecord, out: Violation[]): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call) return;
    const op = record.operations[turn.call.operation];
    if (!op) return;
    const group = requiredGroup(op);
    if (group.length > 0 && !group.some((n) => n in turn.call!.arguments)) out.push({ invariant: 'unsent_filter', turn: at, message: `${turn.call.operation} is called without any of ${group.join(', ')}, one of which its spec requires` });
  });
}

function checkUnsayableValues(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if ((slot.source !== 'given' && slot.source !== 'asked') || typeof slot.value !== 'string' || !CODE.test(slot.value)) continue;
    const schema = propertiesOf(record.operations[slot.operation])[slot.param];
    if (KIND.test(words(slot.param)) || schema?.['x-rapidapi-type'] === 'ENUM') out.push({ invariant: 'unsayable_value', turn: null, message: `the user states ${slot.operation} ${slot.param} as "${slot.value}", a code, where a word of its kind is meant` });
  }
}

function checkNamedSources(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const source = record.operations[slot.from.operation];
    const m = NAMED_SOURCE.exec(String(propertiesOf(record.operations[slot.operation])[slot.param]?.description ?? ''));
    if (!source || !m) continue;
    const path = source.path.replace(/^\/+|\/+$/g, '').toLowerCase();
    if (namedPaths(m[1]!).some((named) => path.endsWith(named) || named.endsWith(path))) continue;
    out.push({ invariant: 'named_source', turn: null, message: `${slot.operation} ${slot.param} comes from ${slot.from.operation} (${source.path}), but its spec says it is returned by ${m[1]}` });
  }
}

export function checkAsks8(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkCallerSources(record, out);
  checkWidePicks(record, out);
  checkUnsentFilters(record, out);
  checkUnsayableValues(record, out);
  checkNamedSources(record, out);
  return out;
}
