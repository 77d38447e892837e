/**
 * A send carries what it sends (QUALITY.md I, G): a message, its raw MIME text or its recipients is asked for before
 * the call. "Send a raw message" called with only a sender name sends nothing anyone wrote, whatever the spec requires.
 */
import { lastNameWord, nameWords } from './_params.ts';
import { contentParams, isWrite } from './_writes.ts';
import type { Draft } from './_draft.ts';

/** An operation that sends a message (`messages/send-raw.json`, "send a new transactional message"). */
const SENDS = /\bsend\b/;
/** What a send carries: the message and who it goes to. */
const PAYLOAD = /(^|_)(message|raw_message|html|text|body|content|to|recipients?)$/;

/** Phase 2d: the sent message is asked for when the flow asks anything; a flow that asks nothing does not fit a send without it. */
export function askPayload(draft: Draft): string | undefined {
  const a = draft.assigned[draft.hops];
  const needs = draft.flow.positions[draft.hops];
  if (!a || !needs || !isWrite(a.op) || !SENDS.test(`${nameWords(a.op.operation.name)} ${a.op.operation.path.replace(/[/._-]+/g, ' ')}`)) return undefined;
  const payload = contentParams(a.op).filter((p) => PAYLOAD.test(lastNameWord(p.name)));
  const says = (name: string): boolean => a.given.some((p) => p.name === name) || a.asked.some((p) => p.name === name) || a.chainedIn.has(name) || a.shared.has(name);
  if (payload.length === 0 || payload.some((p) => says(p.name))) return undefined;
  if (!needs.asks) return `${a.op.id}: a send carries its message, and this flow asks for none`;
  a.asked.push(payload[0]!);
  return undefined;
}
