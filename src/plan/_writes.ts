/** A parameter that says which record or variant a call works on ("the name of the workflow to use"), no value it sets. */
export const SELECTOR = /^\s*(?:the |a |an )?(?:name|id|identifier|key|type|mode|kind|version) of (?:the |a |an )?[\w -]{1,40}? to (?:use|update|add|modify|edit|change|target|apply to|work on)\b/i;

/**
 * What a write sets and whether a dialogue can carry it: a create, update or action sends the values it changes,
 * never only the path's identifiers ("create a property" with only the transition ID creates nothing named).
 */
import type { PositionNeeds } from './flows.ts';
import { flatSchema, isFileSchema, isTechnicalParam } from './_params.ts';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import type { JsonSchema } from '../specs/types.ts';

/** A path that ends in a collection under a record (`/issue/{id}/comment`): a create there makes a new child. */
const CHILD_COLLECTION = /\}\/[A-Za-z][\w-]*\/?$/;

/** A file's bytes: a binary or base64 string body. */
function isFile(schema: JsonSchema): boolean {
  return isFileSchema(flatSchema(schema));
}

/** A path parameter that is the value written, not the record written to (`newProjectTypeKey`, `new_status`). */
const NEW_VALUE = /^new([A-Z_-]|$)/;

const contentCache = new WeakMap<PlanOperation, PlanParam[]>();
const API_KEY = /\b(api[ _-]?key|access token|auth(entication|orization)? (key|token))\b/i;

/**
 * What a write sets (a property's key, an address's street, the pool an IP moves to): the sayable values it sends
 * beside the path's identifiers, transport switches aside. A create, update or action with such values that
 * sends none of them writes nothing ("create a property" with only the transition ID).
 */
export function contentParams(op: PlanOperation): PlanParam[] {
  let cached = contentCache.get(op);
  if (!cached) {
    const inPath = new Set(op.operation.inputs.filter((i) => i.in === 'path').map((i) => i.name));
    // The caller's API key sent in the body (`key: a valid API key`) is no value of the record.
    cached = op.params.filter((p) => !inPath.has(p.name) && p.sayable && !isTechnicalParam(p.name) && !API_KEY.test(p.description ?? ''));
    contentCache.set(op, cached);
  }
  return cached;
}

/**
 * A call that changes something and must carry what it changes: a create, update or action, or a delete whose
 * path names no record (`POST /subaccounts/delete.json` is told which subaccount in its body).
 */
export function isWrite(op: PlanOperation): boolean {
  const effect = op.operation.effect;
  if (effect === 'delete') return !op.operation.inputs.some((i) => i.in === 'path');
  return effect === 'create' || effect === 'update' || effect === 'action';
}

/**
 * Can a dialogue play `op` as the call that changes something? One whose body the user cannot say (a file, an
 * object) or a create/update with nothing at all to send writes nothing; one with values to set needs a turn
 * where the user states or is asked one of them.
 */
export function carriesWhatItWrites(op: PlanOperation, needs: PositionNeeds): boolean {
  if (!isWrite(op)) return true;
  // A file the call uploads (`requestBody: application/octet-stream`) is nothing a chat turn can carry: uploading
  // "an image" with only the pet ID and its metadata sends no image.
  if (op.operation.inputs.some((i) => i.in === 'body' && (i.required || i.name === 'body') && isFile(i.schema))) return false;
  const content = contentParams(op);
  // A create that adds a record under another (`POST /issue/{id}/comment`) with nothing to send: the spec dropped
  // what the new comment says, so the call adds nothing anyone named.
  if (content.length === 0 && op.operation.effect === 'create' && CHILD_COLLECTION.test(op.operation.path)) return false;
  const hasBody = op.operation.inputs.some((i) => i.in === 'body');
  // An update always changes something: one whose spec gives no value to set (`POST /role/{id}` with no body,
  // `POST /subtask/move` saying nothing of what moves) is no fit for a request, unless its path names the new
  // value itself (`PUT /project/{key}/type/{newProjectTypeKey}`).
  if (content.length === 0 && op.operation.effect === 'update') return op.operation.inputs.some((i) => i.in === 'path' && NEW_VALUE.test(i.name));
  // With no body, values that only say which record ("the name of the property to add", "the workflow to use") set
  // nothing: Jira's updateProperty sends no property value, and "the property is updated" would report a change never given.
  if (op.operation.effect === 'update' && !hasBody && content.every((p) => SELECTOR.test(p.description ?? ''))) return op.operation.inputs.some((i) => i.in === 'path' && NEW_VALUE.test(i.name));
  // Only identifiers in the path (`addFieldToDefaultScreen(fieldId)`, `publish(id)`): the path says it all.
  if (content.length === 0) return !hasBody && (op.operation.effect === 'action' || op.operation.effect === 'delete' || op.params.length > 0);
  return needs.gives || needs.asks;
}

/** A read by name whose summary says it makes something (`get_serp_async`: "Creates a task that …"). */
const SAYS_IT_CREATES = /^\s*(creates?|submits?|registers?|inserts?|starts?|schedules?|enqueues?|queues?)\b/i;

/** Does calling `op` make something, whatever its name? Such an operation is never a lookup. */
export function saysItCreates(op: { summary?: string; description?: string }): boolean {
  return SAYS_IT_CREATES.test(op.summary ?? op.description ?? '');
}

/** Sources that suggest what the user might like (`get-recommendations`, `suggestions`, `discover`). */
const SUGGESTS = /(recommend(ation)?s?|recommended|suggestions?|suggested|discover)$/i;

/**
 * Does `op` return the service's own picks (recommendations)? Its records are never the particular record the user
 * wants but cannot name, so it is no lookup source for one.
 */
export function suggestsRecords(op: { name: string }): boolean {
  return SUGGESTS.test(op.name);
}
