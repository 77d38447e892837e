/**
 * What is asked, what the user says, which call is made (QUALITY.md H, I, D). The checker's own reading of the
 * record; it shares nothing with the planner.
 * - `empty_search`: a search with an optional search term (`q`, `title`, `prefix`) is never called without
 *   one: called empty it returns arbitrary records, and a pick among them answers nothing the user wanted.
 * - `destructive_proposal`: a proposal the user did not ask for (`suggest`) is never to delete, cancel,
 *   withdraw or remove something.
 * - `volunteered_switch`: the user never states a read's kind switch ("the type is playlist"; the assistant
 *   sets it from the request), nor volunteers an API flag ("yes, please enable shared users") or raw
 *   coordinates ("the latitude is 35.1017"): a user says what a person knows.
 * - `wrong_operation`: a request to create something is never answered by updating or deleting an existing
 *   record (a PATCH whose spec summary says "creates").
 * - `needless_pick`: the assistant never asks the user to choose among listed records when the search was told
 *   one record's very name and only that record has it (pick only when candidates really are ambiguous).
 */
import type { DialogueRecord, RecordOperation, ToolTurn } from '../plan/types.ts';
import { valuesAt } from './_objects.ts';
import { operationEffect } from '../specs/index.ts';
import { identifierWords } from '../text/index.ts';
import type { InvariantId, Violation } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

export const ASK_INVARIANTS = ['empty_search', 'destructive_proposal', 'volunteered_switch', 'wrong_operation', 'needless_pick'] as const satisfies readonly InvariantId[];

type Schema = { type?: unknown; enum?: unknown[]; items?: Schema; default?: unknown };

const words = keyWords;
const SEARCH_NAME = /\b(search|searches|autocomplete|suggest|find|lookup)\b/i;
const SEARCH_TERM = /(^|_)(q|query|search|search_query|search_term|searchterm|term|keyword|keywords|title|prefix|text|name)$/;
const NARROWS_NOTHING = /(^|_)(page|page_number|page_token|cursor|offset|skip|limit|size|page_size|per_page|count|max_results|lang|language|locale|hl|gl|sort|sort_by|order|order_by|direction|format|output|fields|include|expand|type|types|kind|kinds|mode|version|api_version)$/;
const KIND = /(^|_)(type|types|kind|kinds|mode)$/;
const COORDINATE = /(^|_)(lat|lng|lon|long|latitude|longitude)$/;
const DESTRUCTIVE = /\b(delete|remove|cancel|withdraw|revoke|destroy|purge|terminate|deactivate|unsubscribe|void|erase|wipe|discard|archive)s?\b/i;
const CREATE = /\b(create|make a new|add a new)\b/i;

function effectOf(op: RecordOperation, id: string): string {
  return operationEffect({ method: op.method, path: op.path, name: op.name || id, description: op.description }).effect;
}

function propertiesOf(op: RecordOperation | undefined): Record<string, Schema> {
  return (op?.parameters.properties as Record<string, Schema> | undefined) ?? {};
}

function kindValues(schema: Schema | undefined): string[] {
  const list = schema?.enum ?? schema?.items?.enum ?? [];
  return list.filter((v): v is string => typeof v === 'string');
}

const opWords = (op: RecordOperation, id: string): string => `${identifierWords(op.name || id).join(' ')} ${op.description ?? ''}`;

/**
 * A read's kind switch the assistant set itself from what was said (`type: playlist` after "get playlist cover
 * image"): grounded when the kind's word was said in a turn before `before`.
 */
export function kindNamedBefore(record: DialogueRecord, before: number, operation: string, param: string, value: unknown): boolean {
  const op = record.operations[operation];
  if (!op || !KIND.test(words(param)) || effectOf(op, operation) !== 'read') return false;
  const kinds = kindValues(propertiesOf(op)[param]);
  const leaves = (Array.isArray(value) ? value : [value]).map((v) => String(v).toLowerCase());
  if (leaves.length === 0 || !leaves.every((v) => kinds.some((k) => k.toLowerCase() === v))) return false;
  const said = record.turns
    .slice(0, before)
    .map((t) => (t.speaker === 'tool' ? '' : ` ${(t.text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `))
    .join(' ');
  return leaves.every((v) => {
    const w = v.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return w !== '' && (said.includes(` ${w} `) || said.includes(` ${w}s `) || said.includes(` ${w}es `));
  });
}

function checkEmptySearches(record: DialogueRecord, out: Violation[]): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const op = record.operations[turn.call.operation];
    if (!op || !SEARCH_NAME.test(opWords(op, turn.call.operation).split('.')[0] ?? '') || effectOf(op, turn.call.operation) !== 'read') return;
    const required = new Set((op.parameters.required as string[] | undefined) ?? []);
    const terms = Object.entries(propertiesOf(op)).filter(([name, s]) => !required.has(name) && SEARCH_TERM.test(words(name)) && kindValues(s).length === 0);
    if (terms.length === 0) return;
    // Searched by what the user said: a term, or another detail (a city, a genre, a date); paging, sizes,
    // locales, sort orders and kind switches narrow nothing.
    if (Object.keys(turn.call.arguments).some((name) => SEARCH_TERM.test(words(name)) || !NARROWS_NOTHING.test(words(name)))) return;
    out.push({ invariant: 'empty_search', turn: at, message: `${turn.call.operation} is a search called without its ${terms.map(([n]) => n).join(' or ')}: it returns arbitrary records` });
  });
}

function checkProposals(record: DialogueRecord, out: Violation[]): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'suggest' || !turn.suggest) return;
    const op = record.operations[turn.suggest];
    const destructive = op ? effectOf(op, turn.suggest) === 'delete' || (effectOf(op, turn.suggest) !== 'read' && DESTRUCTIVE.test(identifierWords(op.name || turn.suggest).join(' '))) : DESTRUCTIVE.test(turn.text ?? '');
    if (destructive) out.push({ invariant: 'destructive_proposal', turn: at, message: `the assistant proposes ${turn.suggest} unasked: a destructive operation is never offered to a vague request` });
  });
}

function checkVolunteered(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'given' && slot.source !== 'asked') continue;
    const op = record.operations[slot.operation];
    if (!op) continue;
    const name = words(slot.param);
    const schema = propertiesOf(op)[slot.param];
    if (KIND.test(name) && kindValues(schema).length >= 2 && effectOf(op, slot.operation) === 'read') {
      out.push({ invariant: 'volunteered_switch', turn: null, message: `${slot.operation}.${slot.param} is a kind switch the user ${slot.source === 'given' ? 'states' : 'is asked for'}: the assistant sets it from the request` });
    } else if (slot.source === 'given' && !slot.required && (schema?.type === 'boolean' || COORDINATE.test(name))) {
      out.push({ invariant: 'volunteered_switch', turn: null, message: `the user volunteers ${slot.operation}.${slot.param} = ${JSON.stringify(slot.value)}, ${schema?.type === 'boolean' ? 'an API flag' : 'a raw coordinate'} no one would say` });
    }
  }
}

function checkOperationFits(record: DialogueRecord, out: Violation[]): void {
  const target = record.chain[record.chain.length - 1];
  const opening = record.turns.find((t) => t.speaker === 'user');
  const op = target === undefined ? undefined : record.operations[target];
  if (!op || !opening || !CREATE.test(opening.text ?? '')) return;
  // The checker's own reading: a PATCH or a DELETE, or a PUT to one record (`/projects/{id}`), changes what exists.
  const method = op.method.toUpperCase();
  const existing = method === 'PATCH' || method === 'DELETE' || (method === 'PUT' && /\}\/?$/.test(op.path) && !/\b(upload|add|create)\b/i.test(identifierWords(op.name || target!).join(' ')));
  if (existing) out.push({ invariant: 'wrong_operation', turn: null, message: `the user asks to create something, but ${target} (${method} ${op.path}) changes an existing record` });
}

const ITEM_NAME = /^(name|title|display_?name|full_?name|label|headline)$/i;

function checkNeedlessPicks(record: DialogueRecord, out: Violation[]): void {
  const turns = record.turns;
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const field = slot.from.field.replace(/\[\d+\]/g, '[]');
    const cut = field.lastIndexOf('[]');
    if (cut < 0) continue;
    const toolAt = turns.findIndex((t) => t.speaker === 'tool' && t.operation === slot.from!.operation && t.status === 'ok');
    const callAt = turns.findIndex((t, i) => i < toolAt && t.speaker === 'assistant' && t.call?.id === (turns[toolAt] as ToolTurn | undefined)?.call_id);
    if (toolAt < 0 || callAt < 0) continue;
    const names: string[] = [];
    for (const item of valuesAt((turns[toolAt] as ToolTurn).result, field.slice(0, cut + 2))) {
      if (!item || typeof item !== 'object') continue;
      const key = Object.keys(item).find((k) => ITEM_NAME.test(k));
      if (key !== undefined) names.push(String((item as Record<string, unknown>)[key]).toLowerCase());
    }
    if (names.length < 2) continue;
    const args = Object.values((turns[callAt] as { call: { arguments: Record<string, unknown> } }).call.arguments);
    const named = args.find((v): v is string => typeof v === 'string' && names.filter((n) => n === v.toLowerCase()).length === 1);
    if (named === undefined) continue;
    const useAt = turns.findIndex((t, i) => i > toolAt && t.speaker === 'assistant' && t.call?.operation === slot.operation);
    const asked = turns.slice(toolAt + 1, useAt < 0 ? turns.length : useAt).findIndex((t) => t.speaker === 'assistant' && t.action === 'request');
    if (asked >= 0) out.push({ invariant: 'needless_pick', turn: toolAt + 1 + asked, message: `the user already named "${named}", the one record of ${names.length} listed with that name, yet is asked to choose` });
  }
}

export function checkAsks(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkEmptySearches(record, out);
  checkProposals(record, out);
  checkVolunteered(record, out);
  checkOperationFits(record, out);
  checkNeedlessPicks(record, out);
  return out;
}
