/**
 * Rules about what the assistant says of a call (QUALITY.md F, J): a response after a read-only call does not
 * claim a change; the thought of a turn that fixes a redundant question does not speak of a rejected call (none
 * was made); a response after a result with content names at least one of its values, and speaks of the list the
 * operation's path names (the webcams of /webcams/list) when the result has it. Reads only the record
 * and the loader's effect rule; shares nothing with the realizer.
 */
import type { AssistantTurn, DialogueRecord, ToolTurn, Turn } from '../plan/types.ts';
import { operationEffect } from '../specs/index.ts';
import { omittedNamedField } from './_named-fields.ts';
import type { InvariantId, Violation } from './types.ts';

/** Wordings that say something was changed ("The change is in", "I've updated it", "has been saved"). */
const CHANGE_CLAIM = /\b(the change is in|changes? (?:is|are|was|were) (?:saved|made|applied)|(?:i|we)(?:'ve| have)? (?:saved|updated|changed|modified)\b|(?:has|have) been (?:saved|updated|changed|modified|created|deleted|removed)|(?:is|are) now (?:saved|updated|set))/i;
/** A thought that says a call was made and refused. */
const REJECTED_CALL = /\b(rejected|retry(?:ing)?|the (?:previous|last) call (?:failed|was refused)|corrected values)\b/i;
/** Fields that say only that the transport worked or how a list was paged: no content for the user. */
const NOISE_KEY = /^(locale|request_?id|trace_?id|found|success|succeeded|ok|href|self|next|previous|prev|cursor|offset|limit|page|per_page|page_size|total_?count|total_?pages|total_?elements|timezone|elevation|generationtime_ms)$/i;
/** A status or message that says only that the request arrived ("status": 200, "message": "Success"). */
const TRANSPORT_KEY = /(^|_|[a-z])(status|Status|code|Code|message|Message|msg|Msg|detail|Detail)$/;
const TRANSPORT_VALUE = /^(ok|okay|done|true|false|\d{3})$|success/i;

export const RESPONSE_RULES = ['claimed_change', 'fix_reason', 'unreported_result'] as const satisfies readonly InvariantId[];

export function checkResponses(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant') return;
    if (turn.action === 'response') checkResponse(record, turn, i, out);
    if (turn.corrects !== undefined) checkFixReason(record, turn, i, out);
  });
  return out;
}

function lastOkResult(turns: Turn[], before: number): { tool: ToolTurn; call: AssistantTurn | undefined } | undefined {
  for (let j = before - 1; j >= 0; j--) {
    const t = turns[j] as Turn;
    if (t.speaker === 'tool' && t.status === 'ok') {
      const call = turns.slice(0, j).reverse().find((c): c is AssistantTurn => c.speaker === 'assistant' && c.call?.id === t.call_id);
      return { tool: t, call };
    }
  }
  return undefined;
}

function checkResponse(record: DialogueRecord, turn: AssistantTurn, i: number, out: Violation[]): void {
  const found = lastOkResult(record.turns, i);
  if (!found) return;
  const text = turn.text ?? '';
  const op = record.operations[found.tool.operation];
  if (op && CHANGE_CLAIM.test(text)) {
    const effect = operationEffect({ method: op.method, path: op.path, name: op.name || found.tool.operation.split('.').pop() || '', description: op.description }).effect;
    if (effect === 'read') out.push({ invariant: 'claimed_change', turn: i, message: `response claims a change ("${CHANGE_CLAIM.exec(text)?.[0]}") after ${found.tool.operation}, which only reads` });
  }
  const sent = new Set(Object.values(found.call?.call?.arguments ?? {}).map((v) => String(v).toLowerCase()));
  const values = contentValues(found.tool.result).filter((v) => !sent.has(v.toLowerCase()));
  const lowerText = text.toLowerCase();
  if (values.length > 0 && !values.some((v) => mentionsLower(lowerText, v))) {
    out.push({ invariant: 'unreported_result', turn: i, message: `response names none of the values ${found.tool.operation} returned (e.g. ${JSON.stringify(values.slice(0, 3))})` });
    return;
  }
  const request = `${record.turns.slice(0, i).map((t) => (t.speaker === 'user' ? t.text ?? '' : '')).join(' ')} ${op ? `${op.description.split(/(?<=[.!?])\s/)[0] ?? ''} ${op.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ')} ${op.path.replace(/[/{}_-]+/g, ' ')}` : ''}`;
  const omitted = omittedNamedField(request, found.tool.result, text);
  if (omitted) {
    out.push({ invariant: 'unreported_result', turn: i, message: `the request names the ${omitted.what}, the result has it (${JSON.stringify(omitted.value)}), but the response leaves it out` });
    return;
  }
  const asked = op ? namedCollection(found.tool.result, op.path) : undefined;
  if (asked && !mentionsLower(lowerText, stem(asked.key)) && !asked.values.some((v) => mentionsLower(lowerText, v))) {
    out.push({ invariant: 'unreported_result', turn: i, message: `response says nothing of the ${asked.key} that ${found.tool.operation} (${op?.path}) is for (e.g. ${JSON.stringify(asked.values.slice(0, 3))})` });
  }
}

/** "webcams" → "webcam", "boxes" → "box": enough to find the noun in a reply. */
function stem(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
  return words.replace(/ies$/, 'y').replace(/(ss|x|ch|sh)es$/, '$1').replace(/(?<!s)s$/, '');
}

/**
 * The list in a result that the operation's path names ({webcams: […], regions: […]} from /webcams/list), with the
 * values of its first items: the reply must speak of it. Looks one wrapper deep ({result: {webcams: […]}}).
 */
function namedCollection(result: unknown, path: string): { key: string; values: string[] } | undefined {
  const pathText = path.toLowerCase();
  const search = (value: unknown, depth: number): { key: string; values: string[] } | undefined => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || depth > 1) return undefined;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const noun = stem(k);
      if (Array.isArray(v) && v.length > 0 && noun.length >= 4 && !noun.includes(' ') && pathText.includes(noun)) {
        const values = contentValues(v);
        return values.length > 0 ? { key: k, values } : undefined;
      }
    }
    for (const v of Object.values(value as Record<string, unknown>)) {
      const inner = search(v, depth + 1);
      if (inner) return inner;
    }
    return undefined;
  };
  return search(result, 0);
}

/** Values of a result a person could be told: short words and numbers, not links, transport codes or paging. */
function contentValues(result: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string, depth: number): void => {
    if (out.length >= 60 || depth > 5) return;
    if (typeof value === 'string' || typeof value === 'number') {
      const s = String(value).trim();
      if (NOISE_KEY.test(key) || (TRANSPORT_KEY.test(key) && TRANSPORT_VALUE.test(s))) return;
      if (s.length === 0 || s.length > 60 || /^https?:|[{}[\]<>\n]/.test(s) || !/[\p{L}\p{N}]/u.test(s)) return;
      out.push(s);
    } else if (Array.isArray(value)) {
      for (const item of value.slice(0, 3)) walk(item, key, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      // A result that says it failed, or that holds only links, is not content either way.
      // The request echoed back ({request: {device, format}}) and metadata blocks are not the answer either.
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (!/^(_links|links|external_?urls|images|request|request_?info|query|params|parameters|input|echo|search_?parameters|search_?metadata|meta|_meta|metadata|_metadata)$/i.test(k)) walk(v, k, depth + 1);
    }
  };
  if (result && typeof result === 'object' && !Array.isArray(result)) {
    const r = result as Record<string, unknown>;
    if (r.success === false || r.ok === false || (typeof r.status === 'string' && /^(fail|failed|failure|error)$/i.test(r.status))) return [];
  }
  walk(result, '', 0);
  return out;
}

/** Does the text (lower-cased once: a reply is tested against many values) say the value, as is or reformatted (an ISO date by its year, snake_case with spaces)? */
function mentionsLower(lower: string, value: string): boolean {
  const v = value.toLowerCase().replace(/(?<=\w)[.!]+$/, '');
  if (lower.includes(v) || lower.includes(v.replace(/_/g, ' '))) return true;
  const date = /^(\d{4})-\d{2}-\d{2}/.exec(v);
  return date !== null && lower.includes(date[1] as string);
}

function checkFixReason(record: DialogueRecord, turn: AssistantTurn, i: number, out: Violation[]): void {
  const wrong = record.turns[turn.corrects as number];
  if (wrong?.speaker !== 'assistant' || wrong.call !== undefined) return;
  if (turn.thought && REJECTED_CALL.test(turn.thought)) {
    out.push({ invariant: 'fix_reason', turn: i, message: `the thought speaks of a rejected call ("${REJECTED_CALL.exec(turn.thought)?.[0]}"), but turn ${turn.corrects} made no call: it asked for a value already given` });
  }
}
