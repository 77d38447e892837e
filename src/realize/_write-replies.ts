/**
 * Replies after a write (QUALITY.md F, J): a change leads with what it changed (the field the user asked to change,
 * with its new value), a removal says what was removed from what, and a yes/no check says what it found rather than
 * "The answer is no.".
 */
import type { RecordOperation } from '../plan/types.ts';
import { humanizeFor, intentPhrase } from './words.ts';
import { effectOf } from './_effect.ts';
import { said, sayDate } from './_say.ts';

/** Verbs that change a value the user names (reschedule it to, rename it to, move it to). */
const CHANGE_VERB = /^(update|edit|change|modify|patch|set|reschedule|rename|move|assign|transition|reassign|replace|put)$/;
/** Arguments that say which record, or who calls, never what is changed. */
/** Values nobody reads back (a new password). */
const SECRET = /(password|passwd|secret|pin|otp)$/i;
const WHICH = /(^|_|[a-z])(id|ids|Id|ID|Ids|IDs|key|Key|token|Token|secret|uuid|username|user)$|^(key|id|_id|api_?key|access_?token|fields|expand|format|async)$/;

/** Does `op` change values of a record it is told (an update, a reschedule)? */
export function changesValues(op: RecordOperation | undefined): boolean {
  if (!op) return false;
  const effect = effectOf(op);
  if (effect === 'update') return true;
  if (effect !== 'action') return false;
  const words = op.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  return words.some((w) => CHANGE_VERB.test(w));
}

/** A short value ("O", "2") is said only as a word of its own: every text holds the letter o. */
function saysValue(lower: string, value: string): boolean {
  if (value.length >= 4) return lower.includes(value);
  return ` ${lower.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${value} `);
}

function spoken(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 && value.length <= 60 ? (sayDate(value) ?? said(value)) : undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return said(value);
  return undefined;
}

/**
 * "The send time is now September 28, 2026 at 11:15 UTC.": the values a change set, when the summary does not
 * already say them. Empty when the call changes nothing the user named.
 */
export function changeLead(op: RecordOperation | undefined, args: Readonly<Record<string, unknown>>, summary: string): string {
  if (!changesValues(op)) return '';
  const lower = summary.toLowerCase();
  const said: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    // A path parameter names the record or the cell changed (`/board/{row}/{column}`), not its new value.
    if (WHICH.test(name) || SECRET.test(name) || op!.path.includes(`{${name}}`)) continue;
    const words = spoken(value);
    if (words === undefined || saysValue(lower, words.toLowerCase()) || saysValue(lower, String(value).toLowerCase())) continue;
    // `send_at` is the send time: "the send at" is no phrase.
    said.push(`the ${humanizeFor(name.replace(/_at$/, '_time'), op)} is now ${words}`);
    if (said.length === 2) break;
  }
  if (said.length === 0) return '';
  const text = said.join(' and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. `;
}

const CHECK_IF = /^\s*check(?:s|ing)?\s+(?:if|whether)\s+(.+?)\.?\s*$/i;
const CHECK_OP = /(^|[^a-z])(check|contains|is[A-Z_])/i;

/** "one or more shows is already saved in …" said of the ids checked, as found: "the show is not saved in …". */
function clauseFound(clause: string, yes: boolean, count: number): string {
  let out = clause.replace(/^one or more (\w+?)s?\b/i, (_m, noun: string) => (count === 1 ? `the ${noun}` : `the ${noun}s`));
  out = out.replace(/\b(is|are)\s+(already\s+)?/i, (_m, verb: string, already: string | undefined) => (yes ? `${verb} ${already ?? ''}` : `${verb} not `));
  return out;
}

/**
 * What a yes/no check found, in words ("No, the show is not saved in the current user's library."), for a check whose
 * result is a flag or a list of flags. Undefined when `op` checks nothing or the result holds other values.
 */
export function checkFound(op: RecordOperation | undefined, result: unknown): string | undefined {
  if (!op || !CHECK_OP.test(`${op.name} ${op.path}`)) return undefined;
  const flags = Array.isArray(result) ? result : [result];
  if (flags.length === 0 || flags.length > 5 || !flags.every((f) => typeof f === 'boolean')) return undefined;
  const yes = flags.filter((f) => f === true).length;
  const clause = CHECK_IF.exec(op.description.split(/(?<=\.)\s/)[0] ?? '')?.[1];
  if (flags.length === 1) {
    const found = flags[0] as boolean;
    if (clause) return `${found ? 'Yes' : 'No'}, ${clauseFound(clause, found, 1)}.`;
    const what = intentPhrase(op).replace(/^check(s)?\s+/i, '');
    return `I checked ${what}: it came back ${found ? 'yes' : 'no'}.`;
  }
  return `Of the ${flags.length} checked, ${yes === 0 ? 'none' : yes === flags.length ? 'all' : yes} came back yes.`;
}
