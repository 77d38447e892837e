/**
 * Results that are what the operation returns, where the spec says little (QUALITY.md E, F):
 * - `plural_as_record`: an operation named for several things (`getOrdersbyEmail`, `TeamDriverHistory`,
 *   `get-model-generations`) never answers with one bare record that holds only an id and a name.
 * - `name_only_answer`: the answer to such an operation never says only "The name is X.": a person asking for
 *   orders hears about orders.
 * - `status_off_verb`: an action named by a verb of state (stop, start, enable, disable, pause, resume) never
 *   reports a status of another verb or of the opposite one (stopping the JMX exposure is not "cancelled").
 * Reads only the record: it shares nothing with the generator that infers results.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { memoized } from '../text/memo.ts';

export const SCHEMALESS11_INVARIANTS = ['plural_as_record', 'name_only_answer', 'status_off_verb'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The words of a name: camelCase, dashes, slashes and spaces apart; a plural run into `by` ("ordersby") split off. */
const nameWords = memoized((name: string): string => name
  .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
  .toLowerCase()
  .split(/[^a-z0-9]+/)
  .map((w) => w.replace(/^([a-z]{3,}s)by$/, '$1 by'))
  .join(' ')
  .trim());

/** Plural-looking words that name one thing or no thing listed. */
const NOT_LISTS = /^(details|news|status|series|species|analytics|statistics|stats|metrics|access|address|business|class|process|progress|bus|alias|canvas|info|infos|its|this|is|was|has|does|yes|plus|minus|bonus|campus|census|chaos|corpus|lens|gas|atlas|axis|basis|analysis|thesis|crisis|diagnosis|synopsis|ios|macos|os|dns|gps|sms|aws|css|rss|vs)$/;
const HISTORY = /^(history|histories|timeline|changelog)$/;

/** The plural (or history) an operation's name asks for, before any `by` filter; undefined when it asks for one thing. */
function askedPlural(op: RecordOperation | undefined, id: string): string | undefined {
  const words = nameWords(op?.name || id.split('.').pop() || id).split(' ');
  const by = words.indexOf('by');
  const head = by > 0 ? words.slice(0, by) : words;
  return head.find((w) => HISTORY.test(w) || (w.length >= 4 && /s$/.test(w) && !/(ss|us|is)$/.test(w) && !NOT_LISTS.test(w)));
}

const ID_KEY = /^(id|uuid|guid|_id)$|[a-z](Id|ID|_id)$/;

/** One record holding nothing but ids and a name. */
function bareNamed(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const keys = Object.keys(result);
  const name = keys.find((k) => /^(name|title)$/.test(k) && typeof result[k] === 'string');
  if (name === undefined || !keys.every((k) => k === name || ID_KEY.test(k))) return undefined;
  return result[name] as string;
}

/** An answer whose only fact is a name: "Here is what I found. The name is Emma Brennan." */
const NAME_ONLY = /^(?:[^.!?]*[.!?] )?(?:it shows that |so |here, )?(?:the|its) (?:name|title) is [^,;.!?]+[.!]$/i;

/** A verb of state and the statuses that say it happened; other status words of this list say another verb did. */
const STATE_VERBS: Array<[verb: RegExp, fits: RegExp]> = [
  [/^(stop|halt|disable|deactivate|pause|suspend)/, /^(stopped|halted|disabled|deactivated|paused|suspended|inactive|idle|off|not_?running|ok|success|done|completed)$/],
  [/^(start|enable|activate|resume|restart)/, /^(started|running|enabled|activated|active|resumed|on|ok|success|done|completed|in_?progress|pending|queued)$/],
];
const STATUS_WORDS = /^(stopped|halted|disabled|deactivated|paused|suspended|inactive|idle|off|started|running|enabled|activated|active|resumed|cancell?ed|canceled|sent|paid|merged|confirmed|authenticated|created|deleted|refunded|rejected|closed|archived)$/;

/** Verbs per operation object (records of a run share their operations; the path and name are split once). */
const verbs = new WeakMap<RecordOperation, string>();

function verbOf(op: RecordOperation | undefined, id: string): string {
  if (!op?.name) return verbOfUncached(op, id); // with no name the id decides
  let verb = verbs.get(op);
  if (verb === undefined) verbs.set(op, (verb = verbOfUncached(op, id)));
  return verb;
}

function verbOfUncached(op: RecordOperation | undefined, id: string): string {
  const name = nameWords(op?.name || id.split('.').pop() || id).split(' ')[0] ?? '';
  const segment = nameWords((op?.path ?? '').split('/').filter((s) => s !== '' && !s.includes('{')).pop() ?? '').split(' ')[0] ?? '';
  return STATE_VERBS.some(([re]) => re.test(name)) ? name : segment;
}

export function checkSchemaless11(record: DialogueRecord, add: Add): void {
  let lastTool: { operation: string; plural: string | undefined; bare: string | undefined } | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      lastTool = undefined;
      if (turn.status !== 'ok') return;
      const op = record.operations[turn.operation];
      const plural = askedPlural(op, turn.operation);
      const bare = bareNamed(turn.result);
      if (plural !== undefined && bare !== undefined) add('plural_as_record', at, `${turn.operation} is named for ${plural} but returns one record holding only an id and the name ${JSON.stringify(bare)}`);
      lastTool = { operation: turn.operation, plural, bare };
      const verb = verbOf(op, turn.operation);
      const state = STATE_VERBS.find(([re]) => re.test(verb));
      const status = isRecord(turn.result) ? turn.result.status ?? turn.result.state : undefined;
      if (state && typeof status === 'string' && STATUS_WORDS.test(status.toLowerCase()) && !state[1].test(status.toLowerCase())) add('status_off_verb', at, `${turn.operation} (${verb}) reports the status ${JSON.stringify(status)}, which another verb leaves`);
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || lastTool === undefined || lastTool.plural === undefined) return;
    if (NAME_ONLY.test((turn.text ?? '').trim())) add('name_only_answer', at, `the answer to ${lastTool.operation} (named for ${lastTool.plural}) says only a name: ${JSON.stringify(turn.text)}`);
  });
}
