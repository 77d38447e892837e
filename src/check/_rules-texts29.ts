/**
 * The texts and settings of one record agree (QUALITY.md E), wave 29. Reads only the dialogue record:
 * - `webhook_events_undescribed`: a webhook's description that names kinds of events ("Open and click tracking")
 *   names at least one of the events it is set to: never that description over `["spam", "send"]`;
 * - `batches_over_events`: a webhook has sent no more batches than events (a batch holds one event or more).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const TEXTS29_INVARIANTS = ['webhook_events_undescribed', 'batches_over_events'] as const satisfies readonly InvariantId[];

/** Event kinds a description may name, each with the event names it stands for. */
const KINDS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bopens?\b/i, /^open$/], [/\bclicks?\b/i, /^click$/], [/\bbounces?\b/i, /bounce/], [/\bspam\b/i, /^spam$/],
  [/\brejects?\b|\brejections?\b/i, /^reject$/], [/\bsends?\b/i, /^send$/], [/\bunsubscribes?\b/i, /^unsub/],
];

function checkHook(obj: Record<string, unknown>, at: number, add: Add): void {
  const { description, events } = obj;
  if (typeof description === 'string' && Array.isArray(events) && events.length > 0 && events.every((e) => typeof e === 'string')) {
    const named = KINDS.filter(([word]) => word.test(description));
    if (named.length > 0 && !named.some(([, event]) => (events as string[]).some((e) => event.test(e)))) {
      add('webhook_events_undescribed', at, `the description "${description}" names none of the events ${(events as string[]).join(', ')}`);
    }
  }
  if (typeof obj.batches_sent === 'number' && typeof obj.events_sent === 'number' && obj.batches_sent > obj.events_sent) {
    add('batches_over_events', at, `${obj.batches_sent} batches sent but only ${obj.events_sent} events`);
  }
}

export function checkTexts29(record: DialogueRecord, add: Add): void {
  // Cheap first look: an operation about webhooks.
  if (!Object.values(record.operations).some((op) => /webhook/i.test(`${op.name} ${op.path}`))) return;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) eachObject(turn.call.arguments, (obj) => checkHook(obj, at, add), 2);
    else if (turn.speaker === 'tool' && turn.status === 'ok') eachObject(turn.result, (obj) => checkHook(obj, at, add), 4);
  });
}
