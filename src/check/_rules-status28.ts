/**
 * Status words and results of actions (QUALITY.md E), wave 28:
 * - `resource_status_job_word`: a standing resource an operation reads or changes (an account, a subaccount, a user,
 *   a domain, a webhook, a role, a menu) is in a state, active or paused: its `status` is never "completed" or
 *   "confirmed", words of a job or a payment;
 * - `counters_out_of_order`: rolling counts of one thing grow with their span: `sent_weekly` never above `sent_monthly`,
 *   nor that above `sent_total`;
 * - `started_reported_done`: a call documented as only starting its work ("Initiates the cancellation", "Adyen sends the
 *   outcome through webhooks", asynchronous, 202) never comes back "completed" nor is answered "Done: I cancelled …".
 * Reads only the dialogue record; its word lists are its own.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export const STATUS28_INVARIANTS = ['resource_status_job_word', 'counters_out_of_order', 'started_reported_done'] as const satisfies readonly InvariantId[];

const STANDING = /\b(sub ?accounts?|accounts?|users?|members?|domains?|webhooks?|senders?|templates?|roles?|menus?|workspaces?|organi[sz]ations?)\b/;
/** Words of things that happen and end, or of acts whose outcome a status may confirm: then the word may fit. */
const HAPPENS = /\b(jobs?|tasks?|exports?|imports?|batch|builds?|runs?|upgrades?|orders?|payments?|transfers?|transactions?|invoices?|bookings?|reservations?|tickets?|messages?|emails?|send|requests?|approve|confirm|verify|validate|accept|complete|finish|book|pay|execute|process|invite|invitations?|captcha|checks?)\b/;
const JOB_WORD = /^(completed|confirmed)$/;

const words = (text: string): string => text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-/{}.]+/g, ' ').toLowerCase();

function checkResourceStatus(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const op = record.operations[turn.operation];
    const about = words(`${op?.name ?? turn.operation} ${op?.path ?? ''}`);
    if (!STANDING.test(about) || HAPPENS.test(about)) return;
    const records = Array.isArray(turn.result) ? turn.result : [turn.result, ...Object.values(turn.result).flatMap((v) => (Array.isArray(v) ? v : []))];
    const wrong = records.find((r) => isObj(r) && typeof r.status === 'string' && JOB_WORD.test(r.status));
    if (wrong) add('resource_status_job_word', at, `${turn.operation}: a ${STANDING.exec(about)![0]}'s status is "${(wrong as Obj).status as string}", a word of a job or a payment, not a state`);
  });
}

const SPAN = /^(.*?)_?(hourly|daily|weekly|monthly|yearly|total)$/;
const ORDER = ['hourly', 'daily', 'weekly', 'monthly', 'yearly', 'total'];

function outOfOrder(obj: Obj): string | undefined {
  const byStem = new Map<string, Array<[number, string, number]>>();
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'number') continue;
    const m = SPAN.exec(key);
    if (!m) continue;
    const list = byStem.get(m[1]!) ?? [];
    list.push([ORDER.indexOf(m[2]!), key, value]);
    byStem.set(m[1]!, list);
  }
  for (const list of byStem.values()) {
    list.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < list.length; i++) if (list[i]![2] < list[i - 1]![2]) return `${list[i - 1]![1]} ${list[i - 1]![2]} > ${list[i]![1]} ${list[i]![2]}`;
  }
  return undefined;
}

function checkCounters(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    // Cheap first: only results whose text names a span.
    const text = JSON.stringify(turn.result);
    if (!/_(hourly|daily|weekly|monthly|yearly)"/.test(text)) return;
    const objects = Array.isArray(turn.result) ? turn.result : [turn.result, ...Object.values(turn.result)];
    for (const o of objects) {
      const found = isObj(o) ? outOfOrder(o) : undefined;
      if (found) return add('counters_out_of_order', at, `${turn.operation}: a shorter span counts more than a longer one (${found})`);
    }
  });
}

const STARTS_ONLY = /\b(initiates? (the|a|an)\b|asynchronous(ly)?\b|(through|via|by|using|with) (a |the )?webhooks?\b|accepted for processing\b)/i;
const DONE_WORD = /^(completed|complete|done|succeeded|success|cancel+ed|approved|finished|processed)$/i;

function checkStartedDone(record: DialogueRecord, add: Add): void {
  let called: string | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) called = turn.call.operation;
    if (turn.speaker === 'tool' && turn.status === 'ok' && called !== undefined) {
      const op = record.operations[called];
      if (!op || op.method.toUpperCase() === 'GET' || !STARTS_ONLY.test(op.description)) { called = undefined; return; }
      const status = isObj(turn.result) ? turn.result.status ?? turn.result.state : undefined;
      if (typeof status === 'string' && DONE_WORD.test(status)) add('started_reported_done', at, `${called} only starts its work (its outcome comes later), yet returns "${status}"`);
      const reply = record.turns.slice(at + 1).find((t) => t.speaker === 'assistant' && t.action === 'response');
      const text = reply?.speaker === 'assistant' ? reply.text ?? '' : '';
      if (/\bDone: I\b/.test(text)) add('started_reported_done', record.turns.indexOf(reply!), `${called} only starts its work, yet the reply says it is done: "${text.slice(0, 80)}"`);
      called = undefined;
    }
  });
}

export function checkStatus28(record: DialogueRecord, add: Add): void {
  checkResourceStatus(record, add);
  checkCounters(record, add);
  checkStartedDone(record, add);
}
