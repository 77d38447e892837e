/**
 * Parameters said as what they mean and as they are sent (QUALITY.md B, I). `switch_said_as_value`: a switch the
 * call sends because a value depending on it is set (`adjustEstimate: new` beside `newEstimate`) is never said as
 * speech ("the estimate adjustment is new and the new estimate is 2d"). `plural_name_one_value`: one value is never
 * said under a plural name ("The show IDs are 2Q7ikKmgF6."). `handle_said_differently`: a username, login or handle
 * is said as the call sends it ("ravi haddad" while the call sends "ravi_haddad"). `optional_still_needed`: a
 * question for values the operation can go without never says they are still needed. Reads only the record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Schema = Record<string, unknown>;

export const PARAMS14_INVARIANTS = ['switch_said_as_value', 'plural_name_one_value', 'handle_said_differently', 'optional_still_needed'] as const satisfies readonly InvariantId[];

const propsOf = (record: DialogueRecord, operation: string): Record<string, Schema | undefined> => ((record.operations[operation]?.parameters as { properties?: Record<string, Schema> } | undefined)?.properties ?? {});

const nameWords = (name: string): string[] => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Sent {
  at: number;
  operation: string;
  args: Record<string, unknown>;
}

function callsOf(record: DialogueRecord): Sent[] {
  const calls: Sent[] = [];
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.action === 'call' && turn.call && !turn.error) calls.push({ at, operation: turn.call.operation, args: turn.call.arguments });
  });
  return calls;
}

const userTexts = (record: DialogueRecord): [number, string][] => record.turns.flatMap((turn, at): [number, string][] => (turn.speaker === 'user' && turn.text ? [[at, turn.text]] : []));

/** `adjustEstimate: "new"` sent with `newEstimate`: the switch's value names the other argument, so saying it is noise. */
function checkSwitches(record: DialogueRecord, calls: readonly Sent[], add: Add): void {
  for (const call of calls) {
    const props = propsOf(record, call.operation);
    for (const [name, value] of Object.entries(call.args)) {
      if (typeof value !== 'string' || !/^[a-z]+$/i.test(value)) continue;
      const word = value.toLowerCase();
      // The other argument's name starts with the value, and it is switched by it: the switch's schema lists the
      // value, or the other's description ties the two ("required when "new" is selected for adjustEstimate").
      const tied = (o: string): boolean => {
        const description = props[o]?.description;
        return (Array.isArray(props[name]?.enum) && props[name].enum.includes(value)) || (typeof description === 'string' && description.includes(name) && description.includes(`"${value}"`));
      };
      const other = Object.keys(call.args).find((o) => o !== name && nameWords(o)[0] === word && tied(o));
      if (!other) continue;
      const said = new RegExp(`\\b(?:is|are|be|to) ${escaped(value)}(?: and| but|[.,;!?]|$)`, 'i');
      for (const [at, text] of userTexts(record)) {
        if (said.test(text)) add('switch_said_as_value', at, `${name} "${value}" is said as speech, though ${other} already says it`);
      }
    }
  }
}

/** A plural head noun ("IDs", "shows"), not a word that merely ends in s ("status", "address"). */
const PLURAL_BEFORE = /\b([A-Z]{2,}s|[a-z]{3,}s)\s+are\s+$/;
const NOT_PLURAL = /(?:ss|us|is|news|series|species|ics)$/;

function checkPluralNames(record: DialogueRecord, calls: readonly Sent[], add: Add): void {
  const users = userTexts(record);
  for (const call of calls) {
    for (const [name, raw] of Object.entries(call.args)) {
      const value = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
      if (typeof value !== 'string' || value.length < 2 || /[\s,;]/.test(value)) continue;
      for (const [at, text] of users) {
        let from = text.indexOf(value);
        while (from > 0) {
          const end = text[from + value.length];
          const m = PLURAL_BEFORE.exec(text.slice(Math.max(0, from - 40), from));
          const next = text.slice(from + value.length, from + value.length + 10);
          if (m && !NOT_PLURAL.test(m[1]!) && (end === undefined || /[\s.!?]/.test(end)) && !/^,? and (?!the\b)\S/.test(next)) {
            add('plural_name_one_value', at, `one ${name} value "${value}" is said under a plural name ("${m[1]} are")`);
            break;
          }
          from = text.indexOf(value, from + 1);
        }
      }
    }
  }
}

const HANDLE_NAME = /(?:user_?name|login|handle|screen_?name|nick_?name|account_?name)$/i;

function checkHandles(record: DialogueRecord, calls: readonly Sent[], add: Add): void {
  const users = userTexts(record);
  for (const call of calls) {
    for (const [name, value] of Object.entries(call.args)) {
      if (typeof value !== 'string' || !/[_.-]/.test(value) || !HANDLE_NAME.test(name) || value.includes('@')) continue;
      if (users.some(([, text]) => text.includes(value))) continue;
      const spaced = value.replace(/[_.-]+/g, ' ').toLowerCase();
      const at = users.find(([, text]) => text.toLowerCase().includes(spaced));
      if (at) add('handle_said_differently', at[0], `the ${name} is said as "${spaced}" but the call sends "${value}"`);
    }
  }
}

/** Parameters an operation requires, directly or as one of the alternatives its schema lists (oneOf/anyOf). */
function requiredOf(record: DialogueRecord, operation: string): Set<string> {
  const parameters = (record.operations[operation]?.parameters ?? {}) as Schema;
  const names = new Set<string>(Array.isArray(parameters.required) ? (parameters.required as string[]) : []);
  for (const key of ['oneOf', 'anyOf']) {
    const alternatives = parameters[key];
    if (Array.isArray(alternatives)) for (const alt of alternatives as Schema[]) for (const n of Array.isArray(alt?.required) ? (alt.required as string[]) : []) names.add(n);
  }
  return names;
}

function checkOptionalAsks(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'request' || !turn.request?.length) return;
    if (!/\bstill need\b/i.test(`${turn.text ?? ''} ${turn.thought ?? ''}`)) return;
    const optional = turn.request.every((ref) => !requiredOf(record, ref.operation).has(ref.param));
    if (optional) add('optional_still_needed', at, `${turn.request.map((r) => r.param).join(', ')} ${turn.request.length > 1 ? 'are' : 'is'} optional, yet said to be still needed`);
  });
}

export function checkParams14(record: DialogueRecord, add: Add): void {
  const calls = callsOf(record);
  checkSwitches(record, calls, add);
  checkPluralNames(record, calls, add);
  checkHandles(record, calls, add);
  checkOptionalAsks(record, add);
}
