/**
 * Results of mail calls that agree with the call and with themselves (QUALITY.md E):
 * - a send's per-recipient statuses are for the recipients given (`to`), with a send status (sent, queued) and
 *   no reject reason unless rejected; an inbound route matched names the recipient's mailbox as its pattern;
 * - a domain verification answers for the domain asked, to its mailbox there, with a send status;
 * - a check's validity flags agree: `valid_tracking` is true exactly when every record checked (`cname`, `dkim`,
 *   `spf`) is valid, and a valid check carries no error.
 */
import { faker } from './_faker.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const SEND_STATUS = ['sent', 'queued'];
const VERIFY_STATUS = ['sent', 'already_verified'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The addresses a send is for: `to` as strings or `{email}` objects, at the top or under `message`, else the raw message's `To:`. */
function recipients(echo: Obj): string[] {
  const header = typeof echo.raw_message === 'string' ? /^To:\s*(.+)$/im.exec(echo.raw_message)?.[1]?.split(',').map((a) => a.trim()) : undefined;
  const to = echo.to ?? (isObj(echo.message) ? echo.message.to : undefined) ?? header;
  const list = Array.isArray(to) ? to : typeof to === 'string' ? [to] : [];
  return list.map((r) => (typeof r === 'string' ? r : isObj(r) && typeof r.email === 'string' ? r.email : '')).filter((r) => r.includes('@'));
}

/** Validity flags of one checked record agree with the records checked in it. */
function agreeValidity(record: Obj): void {
  const flags = Object.keys(record).filter((k) => /^valid_[a-z]+$/.test(k) && typeof record[k] === 'boolean');
  const checked = Object.values(record).filter((v): v is Obj => isObj(v) && typeof v.valid === 'boolean');
  if (checked.length === 0) return;
  for (const c of checked) if (c.valid === true && 'error' in c) delete c.error;
  agreeStamps(record);
  const all = checked.every((c) => c.valid === true);
  for (const k of flags) record[k] = all;
}

const CREATED = /^(created|created_?at|createdAt|date_?created)$/;
const LAST = /^last_?[a-z]+_?(at|on)$|^last[A-Z][a-zA-Z]*(At|On)$/;

/** A domain record's `last_tested_at` is never before its `created_at`: the two swap when drawn the wrong way round. */
function agreeStamps(record: Obj): void {
  const c = Object.keys(record).find((k) => CREATED.test(k) && typeof record[k] === 'string');
  if (c === undefined) return;
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (!LAST.test(k) || typeof v !== 'string' || !(Date.parse(v) < Date.parse(record[c] as string))) continue;
    record[k] = record[c];
    record[c] = v;
  }
}

/** Called on every built result with the call's arguments and the operation's words; changes it in place. */
export function agreeSends26(result: unknown, echo: Obj, context: string): void {
  if (isObj(result)) agreeValidity(result);
  else if (Array.isArray(result)) for (const item of result) if (isObj(item)) agreeValidity(item);
  const about = context.toLowerCase();
  if (!/\b(send|verify|mail|email|inbound)\b|send[-_]|verify[-_]/.test(about)) return;
  if (isObj(result) && typeof echo.domain === 'string' && /verif/.test(about) && typeof result.status === 'string') {
    result.domain = echo.domain;
    if ('email' in result) result.email = `${typeof echo.mailbox === 'string' && echo.mailbox && !echo.mailbox.includes('@') ? echo.mailbox : 'postmaster'}@${echo.domain}`;
    result.status = pick(VERIFY_STATUS);
    return;
  }
  if (!Array.isArray(result) || !result.every(isObj) || result.length === 0) return;
  const items = result as Obj[];
  if (!items.every((i) => 'email' in i)) return;
  const to = recipients(echo);
  if (to.length > 0) {
    // One item per recipient, in the order given.
    while (items.length < to.length) items.push(structuredClone(items[items.length - 1]!));
    items.length = to.length;
    to.forEach((address, i) => { items[i]!.email = address; });
  }
  for (const item of items) {
    if (typeof item.status === 'string') {
      item.status = pick(SEND_STATUS);
      if ('reject_reason' in item) item.reject_reason = null;
    }
    // An inbound route that took the message matches its mailbox ("support" for support@…), not a postcode.
    if (typeof item.pattern === 'string' && typeof item.email === 'string') item.pattern = item.email.split('@')[0]!;
  }
}
