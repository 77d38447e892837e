/**
 * Replies after a write (QUALITY.md F, J): a change leads with what it changed (the field the user asked to change,
 * with its new value), a removal says what was removed from what, and a yes/no check says what it found rather than
 * "The answer is no.".
 */
import { spokenList32 } from './_records32.ts';
import { identifiesRecord27 } from './_identity27.ts';
import type { RecordOperation } from '../plan/types.ts';
import { humanizeFor, humanizeIdentifier, intentPhrase } from './words.ts';
import { opNouns } from './_op-noun.ts';
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
  return Array.isArray(value) ? spokenList32(value, (v) => String(said(v))) : undefined; // labels set: "Priority and Review" (_records32.ts)
}

/** "the name of the workflow to use", "the ID of the board to update": a parameter that picks, never a value set. */
const PICKS = /\b(to use|to (?:update|edit|change|modify|target|select|look up)|which (?:\w+ )?(?:to|is|are)|identif(?:y|ies|ying|ier)|that (?:holds|contains|owns))\b/i;

/** Literal words of the path (`/workflow/transitions/{id}/properties` → workflow, transitions, properties). */
function pathWords(op: RecordOperation): ReadonlySet<string> {
  const words = new Set<string>();
  for (const segment of op.path.split('/')) {
    if (segment === '' || /[{}:]/.test(segment)) continue;
    for (const w of humanizeIdentifier(segment).toLowerCase().split(/[^a-z]+/)) if (w.length >= 3) words.add(w.replace(/s$/, ''));
  }
  return words;
}

/**
 * Does the parameter pick which record is changed rather than set a value of it (QUALITY.md F)? `workflowName` and
 * `workflowMode` of a transition's property update name the workflow the transition sits in: its first word is a
 * container on the path, not the thing the operation changes; or its description says it is used to pick.
 */
function picksRecord(op: RecordOperation, name: string): boolean {
  const props = (op.parameters as { properties?: Record<string, { description?: unknown }> }).properties ?? {};
  const description = props[name]?.description;
  if (typeof description === 'string' && PICKS.test(description)) return true;
  const words = humanizeIdentifier(name).toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (words.length < 2) return false;
  const first = words[0]!.replace(/s$/, '');
  return pathWords(op).has(first) && !opNouns(op).has(first);
}

const NAME_OF = /\b(?:name|key|title) of the (\w+?)s?\b/i;

/** "The property app.settings.theme is updated. ": what the change was made to, when no value it set can be said. */
function changedThing(op: RecordOperation, args: Readonly<Record<string, unknown>>, lower: string): string {
  const props = (op.parameters as { properties?: Record<string, { description?: unknown }> }).properties ?? {};
  const nouns = opNouns(op);
  for (const [name, value] of Object.entries(args)) {
    const description = props[name]?.description;
    if (typeof value !== 'string' || value.length > 60 || /^\d+$/.test(value) || lower.includes(value.toLowerCase())) continue;
    const noun = typeof description === 'string' ? NAME_OF.exec(description)?.[1]?.toLowerCase() : undefined;
    if (noun !== undefined && nouns.has(noun)) return `The ${noun} ${value} is updated. `;
  }
  return '';
}

/**
 * "The send time is now September 28, 2026 at 11:15 UTC.": the values a change set, when the summary does not
 * already say them. A parameter that only picks the record (a selector, a lookup) is no value set; when nothing set
 * can be said, what was changed is named. Empty when the call changes nothing the user named.
 */
export function changeLead(op: RecordOperation | undefined, args: Readonly<Record<string, unknown>>, summary: string): string {
  if (!changesValues(op)) return '';
  const lower = summary.toLowerCase();
  const said: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    // A path parameter names the record or the cell changed (`/board/{row}/{column}`), not its new value.
    if (WHICH.test(name) || SECRET.test(name) || op!.path.includes(`{${name}}`) || picksRecord(op!, name) || identifiesRecord27(op, name)) continue;
    const words = spoken(value);
    if (words === undefined || saysValue(lower, words.toLowerCase()) || saysValue(lower, String(value).toLowerCase())) continue;
    // `send_at` is the send time: "the send at" is no phrase.
    const noun = humanizeFor(name.replace(/_at$/, '_time'), op);
    said.push(`the ${noun} ${Array.isArray(value) && /s$/.test(noun) ? 'are' : 'is'} now ${words}`);
    if (said.length === 3) break;
  }
  if (said.length === 0) return effectOf(op!) === 'update' ? changedThing(op!, args, lower) : '';
  const text = said.length > 2 ? `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}` : said.join(' and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. `;
}

const CHECK_IF = /^\s*check(?:s|ing)?\s+(?:if|whether)\s+(.+?)\.?\s*$/i;
const CHECK_OP = /(^|[^a-z])(check|contains|is[A-Z_])/i;

/** "one or more shows is already saved in …" said of the ids checked, as found: "the show is not saved in …". */
function clauseFound(clause: string, yes: boolean, count: number): string {
  let out = clause.replace(/^one or more (\w+?)s?\b/i, (_m, noun: string) => (count === 1 ? `the ${noun}` : `the ${noun}s`));
  // "one or more audiobooks are" said of one: "the audiobook is"; "the current Spotify user's 'Your Music' library" said
  // to that user: "your library" (QUALITY.md G: the documentation's caller is the person spoken to).
  out = out.replace(/\b(is|are)\s+(already\s+)?/i, (_m, verb: string, already: string | undefined) => `${count === 1 ? 'is' : count > 1 ? 'are' : verb} ${yes ? (already ?? '') : 'not '}`);
  return toCaller(out);
}

/** "the current Spotify user's 'Your Music' library" said to that user: "your library". */
function toCaller(text: string): string {
  return text.replace(/\b(?:the |a )?(?:current(?:ly)? (?:logged[- ]in |authenticated )?|logged[- ]in |authenticated )(?:[A-Z][\w-]* )?user's (?:'[^']{1,30}' )?/g, 'your ');
}

/** The ids a check was asked about, one per flag: an array argument or a comma-separated list of as many. */
function checkedIds(args: Readonly<Record<string, unknown>> | undefined, count: number): string[] | undefined {
  for (const value of Object.values(args ?? {})) {
    const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s*,\s*/) : [];
    if (ids.length === count && ids.every((id) => id !== '' && id.length <= 40)) return ids;
  }
  return undefined;
}

/** "A and B": the ids named in a sentence. */
function joined(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/**
 * "Of the 2 checked, show 5as3… is already saved in the current user's library; 5CfC… is not.": which items came
 * back yes, by name (QUALITY.md F: a count of yeses does not tell the user which one is saved).
 */
function manyFound(flags: readonly boolean[], ids: readonly string[], clause: string | undefined): string {
  const yes = ids.filter((_, i) => flags[i]);
  const no = ids.filter((_, i) => !flags[i]);
  const subject = clause ? /^one or more (\w+?)s?\b/i.exec(clause) : null;
  if (clause && subject) {
    const rest = toCaller(clause.slice(subject[0].length).replace(/^\s*(is|are)\b/i, ''));
    const noun = subject[1]!.toLowerCase();
    if (yes.length === 0) return `None of the ${flags.length} ${noun}s checked ${flags.length === 1 ? 'is' : 'are'}${rest.replace(/^\s*already\b/, '')}.`;
    const head = `${yes.length === 1 ? noun : `${noun}s`} ${joined(yes)} ${yes.length === 1 ? 'is' : 'are'}${rest}`;
    if (no.length === 0) return `Yes, ${head}.`;
    return `Of the ${flags.length} ${noun}s checked, ${head}; ${joined(no)} ${no.length === 1 ? 'is' : 'are'} not.`;
  }
  if (yes.length === 0) return `Of the ${flags.length} checked, none came back yes.`;
  return `Of the ${flags.length} checked, ${joined(yes)} came back yes${no.length > 0 ? ` and ${joined(no)} came back no` : ''}.`;
}

/**
 * What a yes/no check found, in words ("No, the show is not saved in the current user's library."), for a check whose
 * result is a flag or a list of flags; of several, which ones came back yes. Undefined when `op` checks nothing or
 * the result holds other values.
 */
export function checkFound(op: RecordOperation | undefined, result: unknown, args?: Readonly<Record<string, unknown>>): string | undefined {
  if (!op || !CHECK_OP.test(`${op.name} ${op.path}`)) return undefined;
  const flags = Array.isArray(result) ? result : [result];
  if (flags.length === 0 || flags.length > 5 || !flags.every((f) => typeof f === 'boolean')) return undefined;
  const yes = flags.filter((f) => f === true).length;
  // "Check User's Saved Shows — Check if one or more shows is …": the title before the dash is no sentence.
  const first = (op.description.split(/(?<=\.)\s/)[0] ?? '').replace(/^[^—]*—\s*/, '');
  const clause = CHECK_IF.exec(first)?.[1];
  if (flags.length === 1) {
    const found = flags[0] as boolean;
    if (clause) return `${found ? 'Yes' : 'No'}, ${clauseFound(clause, found, 1)}.`;
    const what = intentPhrase(op).replace(/^check(s)?\s+/i, '');
    return `I checked ${what}: it came back ${found ? 'yes' : 'no'}.`;
  }
  const ids = checkedIds(args, flags.length);
  if (ids) return manyFound(flags as boolean[], ids, clause);
  return `Of the ${flags.length} checked, ${yes === 0 ? 'none' : yes === flags.length ? 'all' : yes} came back yes.`;
}
