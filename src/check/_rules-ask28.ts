/**
 * What a write was sent and says back (QUALITY.md E, I), wave 28. Reads only the record.
 * - `scope_echo_unsent`: a write's result names the account, project or store it acted in (`subaccount`) only as
 *   the call sent it: absent, null or empty when the call sent none (the main account), the value sent when it did.
 * - `send_without_recipient`: a send, notify, invite or share whose spec has a recipient field (`to`, `recipients`,
 *   `email`, `phone`, at the top or one object down) is called with one, or with a raw message naming them (`To:`).
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ASK28_INVARIANTS = ['scope_echo_unsent', 'send_without_recipient'] as const satisfies readonly InvariantId[];

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('_');
const SCOPE = /^(sub_?account|account|project|store|shop|workspace|team|organization|organisation|org|tenant|site)$/;
const WRAPPER = /^(data|result|record|item)$/i;
const SENDS = /\b(send|notify|invite|share|forward|resend)\b/;
const RECIPIENT = /^(to|recipients?|emails?|email_address(es)?|phone|phone_number|to_email|to_address|to_number|invitees?)$/;
const said = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

function checkScope(result: Json, args: Json, op: RecordOperation, at: number, add: Add): void {
  const props = Object.keys((op.parameters.properties ?? {}) as Json).filter((p) => SCOPE.test(snake(p)) && !op.path.includes(`{${p}}`));
  if (props.length === 0) return;
  const read = (record: Json): void => {
    for (const [key, value] of Object.entries(record)) {
      if (value === null || value === '' || typeof value === 'object') continue;
      const input = props.find((p) => snake(p) === snake(key));
      if (input === undefined) continue;
      const sent = args[input];
      if (!said(sent)) add('scope_echo_unsent', at, `the call sent no ${input}, yet its result says ${key} ${JSON.stringify(value)}`);
      else if (typeof sent === typeof value && sent !== value) add('scope_echo_unsent', at, `the call sent ${input} ${JSON.stringify(sent)}, yet its result says ${key} ${JSON.stringify(value)}`);
    }
  };
  read(result);
  for (const [key, child] of Object.entries(result)) if (WRAPPER.test(key) && isRecord(child)) read(child);
}

/** The recipient fields of a send's spec, top level and one object down, as paths (`to`, `message.to`). */
function recipientPaths(op: RecordOperation): string[] {
  const out: string[] = [];
  for (const [name, schema] of Object.entries((op.parameters.properties ?? {}) as Json)) {
    if (RECIPIENT.test(snake(name))) out.push(name);
    else if (isRecord(schema) && isRecord(schema.properties)) for (const inner of Object.keys(schema.properties)) if (RECIPIENT.test(snake(inner))) out.push(`${name}.${inner}`);
  }
  return out;
}

function checkRecipients(args: Json, op: RecordOperation, opId: string, at: number, add: Add): void {
  const paths = recipientPaths(op);
  if (paths.length === 0) return;
  const sent = paths.some((p) => {
    const [outer, inner] = p.split('.') as [string, string | undefined];
    const value = args[outer];
    return inner === undefined ? said(value) : isRecord(value) && said(value[inner]);
  });
  if (sent || Object.values(args).some((v) => typeof v === 'string' && /^To:\s*\S+@/im.test(v))) return;
  add('send_without_recipient', at, `${opId} sends to no one: none of ${paths.join(', ')} is sent`);
}

export function checkAsk28(record: DialogueRecord, add: Add): void {
  let args: Json = {};
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      args = (turn.call.arguments ?? {}) as Json;
      const op = record.operations[turn.call.operation];
      if (op && effectOf(op, turn.call.operation) !== 'read' && SENDS.test(`${snake(op.name)} ${op.path}`.replace(/[_/.{}-]+/g, ' '))) checkRecipients(args, op, turn.call.operation, at, add);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !isRecord(turn.result)) return;
    const op = record.operations[turn.operation];
    if (op && effectOf(op, turn.operation) !== 'read') checkScope(turn.result, args, op, at, add);
  });
}
