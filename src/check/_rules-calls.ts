/**
 * Rules of calls a careful assistant makes (QUALITY.md I, J, C): a create, update or action carries what it
 * writes, a chained id is the found record's own, and a search's kind switch names the section the value comes from. Reads only the record
 * and the loader's effect rule; it shares nothing with the planner it checks.
 */
import type { AssistantTurn, DialogueRecord, RecordOperation } from '../plan/types.ts';
import { effectOf } from './_effect.ts';
import { identifierWords } from '../text/index.ts';
import type { InvariantId, Violation } from './types.ts';

export const CALL_INVARIANTS = ['empty_write', 'nested_id', 'section_mismatch', 'code_after_lookup'] as const satisfies readonly InvariantId[];

/** Transport switches and paging: sending them sets nothing. */
const SWITCH = /(^|_)(api_version|version|v|format|output|lang|language|locale|hl|gl|callback|jsonp|encoding|base64_encoded|pretty|debug|raw|sort|sort_by|order|order_by|direction|fields|include|expand|embed|page|page_number|page_no|page_token|offset|skip|cursor|after|before|starting_after|ending_before|next|next_token|continuation|continuation_token|start_index|limit|per_page|page_size|size|max_results|max_items|num_results|rows|take|top|first|last|count)$/;
const PATH_PARAM = /\{([^}]+)\}/g;
const HAS_PATH_PARAM = /\{[^}]+\}/;
const RECORD_ID = /^(id|[a-z]+_id|uuid|key)$/;


/** A path ending in a collection under a record (`/issue/{id}/comment`): a create there makes a new child. */
const CHILD_COLLECTION = /\}\/[A-Za-z][\w-]*\/?$/;

/** The file a call uploads (a binary body, or a required binary or base64 input) that it does not send. */
function unsentFile(op: RecordOperation, sent: string[]): string | undefined {
  const properties = (op.parameters.properties ?? {}) as Record<string, { format?: unknown; type?: unknown }>;
  const required = (op.parameters.required ?? []) as string[];
  return Object.keys(properties).find((name) => !sent.includes(name) && (name === 'body' || required.includes(name)) && (properties[name]!.format === 'binary' || properties[name]!.format === 'byte' || properties[name]!.type === 'file'));
}

/** The values a write may set: its inputs outside the path, transport switches aside. */
function writableInputs(op: RecordOperation): string[] {
  const inPath = new Set([...op.path.matchAll(PATH_PARAM)].map((m) => m[1]!));
  const properties = Object.keys((op.parameters.properties ?? {}) as Record<string, unknown>);
  return properties.filter((name) => !inPath.has(name) && !SWITCH.test(identifierWords(name).join('_')));
}

/**
 * `empty_write`: a successful call to a create, update or action (or a delete whose path names no record) that
 * has values to set sends at least one of them ("create a property" with only the transition ID creates nothing anyone named); a create or update that
 * takes no input at all writes nothing either.
 */
export function checkCalls(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkNestedIds(record, out);
  checkSections(record, out);
  checkCodesAfterLookup(record, out);
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant') return;
    const call = (turn as AssistantTurn).call;
    if (!call || (turn as AssistantTurn).error) return;
    const op = record.operations[call.operation];
    if (!op) return;
    const effect = effectOf(op, call.operation);
    const pathless = !HAS_PATH_PARAM.test(op.path);
    if (effect !== 'create' && effect !== 'update' && effect !== 'action' && !(effect === 'delete' && pathless)) return;
    const writable = writableInputs(op);
    const sent = Object.keys(call.arguments ?? {});
    const recordId = pathless && effect !== 'create' ? writable.find((name) => RECORD_ID.test(identifierWords(name).join('_'))) : undefined;
    if (recordId !== undefined && !sent.includes(recordId)) {
      out.push({ invariant: 'empty_write', turn: at, message: `${call.operation} (${effect}) is called without ${recordId}, and its path names no record: it changes nothing the user named` });
    } else if (writable.length > 0 && !writable.some((name) => sent.includes(name))) {
      out.push({ invariant: 'empty_write', turn: at, message: `${call.operation} (${effect}) is called without any value to set (${writable.join(', ')}): the user never said what to write` });
    } else if (unsentFile(op, sent) !== undefined) {
      out.push({ invariant: 'empty_write', turn: at, message: `${call.operation} (${effect}) is called without ${unsentFile(op, sent)}, the file it uploads: the user never gave it` });
    } else if (effect === 'create' && writable.length === 0 && CHILD_COLLECTION.test(op.path)) {
      out.push({ invariant: 'empty_write', turn: at, message: `${call.operation} (create) adds a record under ${op.path} with nothing to send: it says nothing the user named` });
    } else if ((effect === 'create' || effect === 'update') && Object.keys((op.parameters.properties ?? {}) as Record<string, unknown>).length === 0) {
      out.push({ invariant: 'empty_write', turn: at, message: `${call.operation} (${effect}) takes no input, so the call writes nothing the user named` });
    }
  });
  return out;
}

/**
 * `nested_id`: a chained value comes from the record the source found, not from a list nested inside it (an
 * order's `consignments[0].line_items[0].order_id` is a line item's, and need not be that order's id).
 */
function checkNestedIds(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const field = slot.from.field;
    const firstList = field.indexOf(']');
    if (firstList < 0 || field.indexOf('[', firstList) < 0) continue;
    out.push({ invariant: 'nested_id', turn: null, message: `${slot.operation}.${slot.param} is taken from ${slot.from.operation} ${field}, inside a list nested in the record found, not the record's own field` });
  }
}

/**
 * `section_mismatch`: a value taken from one section of a search result (`albums.items[0].id`) comes from a
 * search whose kind switch asked for that kind; an album ID from a search for shows is not the album meant.
 */
function checkSections(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const section = (slot.from.field.split(/[.[]/)[0] ?? '').toLowerCase();
    if (section === '') continue;
    const call = record.turns.find((t): t is AssistantTurn => t.speaker === 'assistant' && t.call?.operation === slot.from!.operation && !t.error)?.call;
    const properties = (record.operations[slot.from.operation]?.parameters.properties ?? {}) as Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }>;
    for (const [name, value] of Object.entries(call?.arguments ?? {})) {
      const kinds = (properties[name]?.enum ?? properties[name]?.items?.enum ?? []).map((v) => String(v).toLowerCase());
      const names = (kind: string): boolean => section === kind || section === `${kind}s` || section === `${kind}es`;
      if (kinds.length < 2 || !kinds.some(names)) continue;
      const chosen = (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim().toLowerCase());
      if (!chosen.some(names)) out.push({ invariant: 'section_mismatch', turn: null, message: `${slot.operation}.${slot.param} comes from ${slot.from.field} of ${slot.from.operation}, called with ${name} = ${JSON.stringify(value)}: that search was not for ${section}` });
    }
  }
}

const CODE = /(^|_)(id|ids|uuid|guid)$/;

/**
 * `code_after_lookup`: a user who did not have one identifier of a request (it was looked up for them) has no
 * other identifier of it at hand either: "I don't have the event ID" and then "the ticket offer ID is FCnBrtkX".
 */
function checkCodesAfterLookup(record: DialogueRecord, out: Violation[]): void {
  const lookedUp = new Set(record.slots.filter((s) => s.source === 'chained' && CODE.test(identifierWords(s.param).join('_'))).map((s) => s.operation));
  for (const slot of record.slots) {
    if ((slot.source !== 'given' && slot.source !== 'asked') || !lookedUp.has(slot.operation) || !CODE.test(identifierWords(slot.param).join('_'))) continue;
    out.push({ invariant: 'code_after_lookup', turn: null, message: `the user states ${slot.operation}.${slot.param} although another identifier of that request had to be looked up for them: nobody keeps one code and not the other` });
  }
}
