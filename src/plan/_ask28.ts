/**
 * A send asks who it goes to (QUALITY.md I, E): "send the Operations Template" called with only the template and a
 * send time mails no one anyone named, and its result invents three recipients. A send, notify, invite or share
 * whose spec has a recipient field (`to`, `recipients`, `email`, `phone`) gets it from the user, asked when the flow
 * asks anything (else said with the request), even where the spec marks it optional. One whose recipients sit only inside an object the user
 * cannot say (Mandrill's `message.to`) sends to no one a chat names: it is not played as the call that sends.
 */
import { lastNameWord, nameWords } from './_params.ts';
import { isWrite } from './_writes.ts';
import type { Draft } from './_draft.ts';
import type { PlanOperation, PlanParam } from './_catalog-types.ts';

/** An operation that delivers something to people (`messages/send-template.json`, `issue/{id}/notify`). */
const SENDS = /\b(send|notify|invite|share|forward|resend)\b/;
/** Fields that say who a send goes to. */
const RECIPIENT = /^(to|recipients?|emails?|email_address(es)?|phone|phone_number|to_email|to_address|to_number|invitees?)$/;

/** A whole raw message, headers included. */
const RAW = /(^|_)(raw_message|mime|raw|mime_message)$/;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The sayable recipient field of a send; `null` when its recipients sit only inside an unsayable object; undefined otherwise. */
function recipientOf(op: PlanOperation): PlanParam | null | undefined {
  const own = op.params.find((p) => p.sayable && RECIPIENT.test(lastNameWord(p.name)));
  if (own !== undefined) return own;
  const nested = op.params.some((p) => !p.sayable && isRecord(p.schema.properties) && Object.keys(p.schema.properties).some((k) => RECIPIENT.test(lastNameWord(k))));
  return nested ? null : undefined;
}

/** Phase 2d, after the payload: a send's recipients are given or asked; a send whose recipients cannot be said is not played. */
export function askRecipients28(draft: Draft): string | undefined {
  const a = draft.assigned[draft.hops];
  const needs = draft.flow.positions[draft.hops];
  if (!a || !needs || !isWrite(a.op) || !SENDS.test(`${nameWords(a.op.operation.name)} ${a.op.operation.path.replace(/[/._{}-]+/g, ' ')}`)) return undefined;
  const to = recipientOf(a.op);
  if (to === undefined) return undefined;
  if (to === null) return `${a.op.id}: a send whose recipients sit in an object no one can say would send to no one named`;
  const says = (name: string): boolean => a.given.some((p) => p.name === name) || a.asked.some((p) => p.name === name) || a.chainedIn.has(name) || a.shared.has(name);
  // A raw MIME message names its recipients in its own To: header; the field only overrides them.
  if (says(to.name) || a.op.params.some((p) => RAW.test(lastNameWord(p.name)) && says(p.name))) return undefined;
  // Asked where the flow asks; else said with the request where the flow has the user give values.
  if (needs.asks) a.asked.push(to);
  else if (needs.gives) a.given.push(to);
  else return `${a.op.id}: a send asks who it goes to, and this flow has the user say nothing`;
  return undefined;
}
