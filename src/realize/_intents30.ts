/**
 * Requests spoken like a person, not like an operation summary (QUALITY.md A, G): "get an order" of a keyed read
 * reads as buying one, so a record that already exists is looked up ("look up an order"); "get orders by email"
 * is the operation id's words, a person asks for "the orders for an email". Both verbs are retriever stop words,
 * so the words the retriever matches stay the same.
 */

import { operationEffect } from '../specs/index.ts';

/** What the request needs of its operation: whether it only reads a record named by a key. */
export interface Keyed30 {
  method: string;
  path: string;
  parameters: { required?: unknown };
  /** The operation's name and description, for a POST that only reads (Mandrill's `/webhooks/info.json`). */
  name?: string;
  description?: string;
}

// Things a read makes up rather than finds ("get a random joke", "get a quote", "get a token"): "get" is right there.
const MADE = /^(?:random|new|quote|token|recommendation|suggestion|joke|fact|password|translation|forecast|prediction|estimate|summary|preview|thumbnail|QR|barcode|captcha|signed|presigned|upload|download|sample)\b/i;
const KEY_NAME = /(?:id|ids|Id|Ids|ID|IDs|key|uuid|slug|number|code|email|isbn|Isbn|ISBN)$/;

/** Whether the operation reads one existing record by a key the user gives (a path key or a required id). */
function keyedRead(op: Keyed30): boolean {
  if (op.method.toUpperCase() !== 'GET' && (op.method.toUpperCase() !== 'POST' || operationEffect({ method: op.method, path: op.path, name: op.name ?? '', ...(op.description ? { description: op.description } : {}) }).effect !== 'read')) return false;
  if (/\{[^}]+\}|\/:[a-z]/i.test(op.path)) return true;
  const required = Array.isArray(op.parameters.required) ? (op.parameters.required as unknown[]) : [];
  return required.some((p) => typeof p === 'string' && KEY_NAME.test(p));
}

/** "<things> by <field>" a person says with the field as what the things belong to. */
const BY_FIELD: Record<string, string> = { email: 'for an email', date: 'for a date', day: 'for a day' };

/** A request said as a person asks: keyed records looked up, never "got"; no "<things> by <field>". */
export function spokenLikePerson30(said: string, op: Keyed30): string {
  // "Remove Users' Saved Albums": the caller's own library ("the saved albums"), never other users'.
  // "get the webcams near the coordinates": a person has a place in mind, never coordinates ("near a place").
  const request = said.replace(/\b(?:the )?users' (?=[a-z])/, 'the ').replace(/ near (?:the|a|some|given) (?:coordinates|geo ?location|geographic point|lat(?:itude)?(?: and |\/)lon(?:gitude)?)$/, ' near a place');
  if (!keyedRead(op)) return request;
  // "get orders by email" → "look up the orders for an email"; "get the articles by date" → "look up the articles for a date".
  const by = /^(?:get|find|look up) (?:the )?([a-z]+(?: [a-z]+)?s) by (email|date|day)$/.exec(request);
  if (by) return `look up the ${by[1]} ${BY_FIELD[by[2] as string]}`;
  // "get an order", "get a ticket order", "get an event by its ID": a record found, never one obtained.
  const one = /^get (an?) ([a-z][\w-]*)(.*)$/.exec(request);
  if (!one || MADE.test(one[2] as string) || /^'s\b|^[\w-]*'s\b/.test(`${one[2]}${one[3]}`) || /\b\w+'s\b/.test(one[3] as string)) return request;
  return `look up ${one[1]} ${one[2]}${one[3]}`;
}
