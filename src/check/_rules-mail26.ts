/**
 * Mail and transactional-email calls that mean something (QUALITY.md E, I, J), wave 26. Reads only the record.
 * - `essential_arg_missing`: an action named "<verb>-<object>" (verify-domain, send-raw, check-domain) called
 *   without its object (`domain`, `raw_message`), though the spec marks nothing required: verifying no domain
 *   verifies nothing, and the result can only invent one.
 * - `quoted_twice`: a reply that quotes a text it also says outside the quotes ("I found one message: Sure, we can
 *   send it … the message reads “Sure, we can send it …”"): one value said twice.
 * - `validity_flags_disagree`: a check whose records are all valid (`cname.valid: true`) reported invalid overall
 *   (`valid_tracking: false`) with no error saying why, or valid overall while one of them is not.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MAIL26_INVARIANTS = ['essential_arg_missing', 'quoted_twice', 'validity_flags_disagree'] as const satisfies readonly InvariantId[];

/** Verbs of an action whose object is what it acts on: the path's last segment "<verb>-<object>". */
const VERB_OBJECT = /^(send|verify|replay|import|check|add|delete|parse)[-_]([a-z]+)(?:\.json|\.xml)?$/i;
const QUOTED = /“([^”]{12,})”/g;

/** The parameters an action's path names as its object (`domain` of verify-domain, `raw_message` of send-raw); any one of them does. */
function essentialOf(path: string, properties: Record<string, unknown> | undefined): string[] {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const m = VERB_OBJECT.exec(last);
  if (!m || !properties) return [];
  const object = m[2]!.toLowerCase();
  return Object.keys(properties).filter((k) => k.toLowerCase() === object || k.toLowerCase().startsWith(`${object}_`));
}

function checkValidity(result: unknown, at: number, add: Add): void {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return;
  const record = result as Record<string, unknown>;
  const flags = Object.keys(record).filter((k) => /^valid_[a-z]+$/.test(k) && typeof record[k] === 'boolean');
  if (flags.length === 0) return;
  const checked = Object.entries(record).filter(([, v]) => v !== null && typeof v === 'object' && typeof (v as { valid?: unknown }).valid === 'boolean') as [string, { valid: boolean; error?: unknown }][];
  if (checked.length === 0) return;
  const allValid = checked.every(([, c]) => c.valid);
  const explained = checked.some(([, c]) => typeof c.error === 'string' && c.error !== '');
  for (const k of flags) {
    if (record[k] === false && allValid && !explained) add('validity_flags_disagree', at, `${k} is false although ${checked.map(([n]) => n).join(' and ')} ${checked.length === 1 ? 'is' : 'are'} valid`);
    else if (record[k] === true && !allValid) add('validity_flags_disagree', at, `${k} is true although ${checked.filter(([, c]) => !c.valid).map(([n]) => n).join(' and ')} is not valid`);
  }
}

function checkQuoted(text: string, at: number, add: Add): void {
  if (!text.includes('“')) return;
  for (const m of text.matchAll(QUOTED)) {
    const quote = m[1]!.replace(/[.!?]+$/, '').toLowerCase();
    if (quote.split(' ').length < 3) continue;
    // Two items with one text quoted alike ("“Easy to use” by A, “Easy to use” by B") are two values, each said once.
    const outside = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).toLowerCase().replaceAll(`“${quote}”`, '').replaceAll(`“${quote}.”`, '');
    if (outside.includes(quote)) {
      add('quoted_twice', at, `the reply says "${m[1]}" twice, once quoted`);
      return;
    }
  }
}

export function checkMail26(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      if (turn.status === 'ok') checkValidity(turn.result, at, add);
      return;
    }
    if (turn.speaker !== 'assistant') return;
    if (turn.action === 'response' && turn.text) checkQuoted(turn.text, at, add);
    if (!turn.call) return;
    const op = record.operations[turn.call.operation];
    if (!op || !/[-_]/.test(op.path)) return;
    const needed = essentialOf(op.path, op.parameters.properties as Record<string, unknown> | undefined);
    const args = (turn.call.arguments ?? {}) as Record<string, unknown>;
    if (needed.length > 0 && needed.every((k) => args[k] === undefined || args[k] === '' || args[k] === null)) {
      add('essential_arg_missing', at, `${turn.call.operation} is called without ${needed.join(' or ')}, the very thing it acts on`);
    }
  });
}
