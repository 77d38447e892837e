/**
 * Replies that say what happened (QUALITY.md F/J, reading 32): a result whose status says the action was not needed
 * or not done ({status: "already_verified"}) is told as such ("No verification email was sent: example.com is
 * already verified."), never as a bare "the status is already verified"; a percentage ({moon_illumination: "5"},
 * {humidity: 73}) is said with "%"; a date of the record after a sentence about something else names the record
 * ("The domain was created on …", never "The MX is valid. It was created on …"); a chart that can be global or per
 * country, asked for with no country, says it is the global one; a goodbye names what was asked about ("the
 * menu"), never a result's container key ("the sections").
 */
import type { DialoguePlan, RecordOperation, ToolTurn, Turn } from '../plan/types.ts';
import { opNouns } from './_op-noun.ts';
import { RESPONSE_INTRO, RESPONSE_INTRO_DONE } from './_phrases.ts';
import { humanizeIdentifier, intentPhrase, singular } from './words.ts';

/** Statuses that say nothing new was done. */
const NOT_DONE = /^(?:already[_ -]?([a-z]+)|(duplicate|exists|already_exists)|(no[_ -]?change|unchanged|not[_ -]?modified|noop)|(skipped)|(queued))$/i;
const STATUS_KEY = /^(?:status|state|result|outcome)$/i;
const PARTICIPLE: Record<string, string> = { send: 'sent', create: 'created', add: 'added', register: 'registered', subscribe: 'subscribed', invite: 'invited', import: 'imported', upload: 'uploaded', verify: 'verified', confirm: 'confirmed', activate: 'activated', enable: 'enabled', disable: 'disabled', update: 'updated', resend: 'resent' };
/** Fields that hold a share of 100 whatever their value looks like. */
const PERCENT_NAME = /\b([Tt]he (?:moon illumination|illumination|humidity|relative humidity|cloud cover|cloudiness|chance of (?:rain|snow|precipitation)|precipitation probability)) is (\d+(?:\.\d+)?)(?!\d|\.\d|%| ?percent)/g;
/** Result keys that only hold the parts of what was asked ("sections" of a menu). */
const PART_KEY = /^(?:sections|blocks|entries|elements|nodes|rows|contents|data|items|records|chunks|segments)$/i;

function lastTool(turns: readonly Turn[], i: number): ToolTurn | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = turns[j];
    if (t?.speaker === 'tool') return t;
    if (t?.speaker === 'user') return undefined;
  }
  return undefined;
}

function sentArgs(turns: readonly Turn[], tool: ToolTurn): Record<string, unknown> {
  const call = turns.find((t) => t.speaker === 'assistant' && t.call?.id === tool.call_id);
  return (call?.speaker === 'assistant' ? call.call?.arguments : undefined) ?? {};
}

/** The record the call acted on, by the value the user gave that the result echoes (the domain's name). */
function subjectOf(result: Record<string, unknown>, sent: Record<string, unknown>): { key: string; value: string } | undefined {
  for (const [k, v] of Object.entries(sent)) if (typeof v === 'string' && v.length <= 60 && result[k] === v) return { key: k, value: v };
  return undefined;
}

/** "send a verification email" → {verb: "send", thing: "verification email"}. */
function intentParts(op: RecordOperation | undefined): { verb: string; thing: string } | undefined {
  const m = op ? /^([a-z]+) (?:an? |the )?([a-z]+(?: [a-z]+)?)(?: (?:to|for|of|on|in|with|from|by)\b.*)?$/.exec(intentPhrase(op).toLowerCase()) : null;
  return m ? { verb: m[1] as string, thing: m[2] as string } : undefined;
}

/** The lead that says nothing new was done, or undefined when the status says it was. */
function notDoneLead(status: string, op: RecordOperation | undefined, subject: string): string | undefined {
  const m = NOT_DONE.exec(status);
  if (!m) return undefined;
  const parts = intentParts(op);
  const done = parts ? PARTICIPLE[parts.verb] : undefined;
  if (m[1] && m[1] !== 'exists') {
    const state = m[1].toLowerCase();
    return done && done !== state && parts ? `No ${parts.thing} was ${done}: ${subject} is already ${state}.` : `Nothing needed doing: ${subject} is already ${state}.`;
  }
  if (m[2] || m[1]) return `No new ${parts && done ? parts.thing : 'record'} was ${done && done !== 'created' ? done : 'made'}: ${subject} already exists.`;
  if (m[3]) return `Nothing changed: ${subject} was already as asked.`;
  if (m[4]) return `Nothing was done: the service skipped it.`;
  return `It is not ${done ?? 'done'} yet: the service queued it.`;
}

/** "The email is X and the status is already verified." → "No … was sent: … is already verified. The email is X." */
function toldNotDone(text: string, result: Record<string, unknown>, op: RecordOperation | undefined, sent: Record<string, unknown>): string {
  const entry = Object.entries(result).find(([k, v]) => STATUS_KEY.test(k) && typeof v === 'string' && NOT_DONE.test(v));
  // A started job's reply already says it is under way ("I started a job …: its job ID is … Its status is queued.").
  if (!entry || /\b(started a|went in as a|created a) (job|task)\b/.test(text)) return text;
  const spoken = (entry[1] as string).replace(/[_-]+/g, ' ').toLowerCase();
  const clause = new RegExp(`(?:,? and |, )?\\b(?:the|its) (?:${entry[0].toLowerCase()}|status) is ${spoken.replace(/ /g, ' ')}(?:,? and |, )?`, 'i');
  const hit = clause.exec(text);
  if (!hit) return text;
  const subject = subjectOf(result, sent);
  const lead = notDoneLead(entry[1] as string, op, subject?.value ?? 'it');
  if (!lead) return text;
  const joined = /^(?:,? and |, ).*(?:,? and |, )$/.test(hit[0]) ? ', ' : hit[0].endsWith(' ') && hit[0].startsWith(' ') ? ' and ' : '';
  // A clause said as its own sentence ("… is X. The status is …") leaves its period behind: ". ." is one.
  let rest = (text.slice(0, hit.index) + joined + text.slice(hit.index + hit[0].length)).trim().replace(/\.\s+\.(?=\s|$)/g, '.');
  // "the email is X, the domain is Y." once "and the status is …" is gone: the last two join with "and".
  if (joined === '' && hit[0].includes(' and ') && (rest.match(/ (?:is|are) /g) ?? []).length >= 2 && /, [^,]+\.$/.test(rest) && !/ and [^,]+\.$/.test(rest)) rest = rest.replace(/, ([^,]+\.)$/, ' and $1');
  // "Done!", "You're all set." before an action that was not needed would say it was done.
  const intro = [...RESPONSE_INTRO_DONE, ...RESPONSE_INTRO].find((x) => rest.startsWith(`${x} `));
  if (intro) rest = rest.slice(intro.length + 1);
  rest = rest.replace(/^(?:According to the service|From what came back|The service says)[,:]?\s*\.?$/i, '');
  const body = rest && /[\p{L}\p{N}]/u.test(rest) ? ` ${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : '';
  return `${lead}${body}`;
}

/** "The MX is valid. It was created on …": the date is the record's, said with its noun. */
function datedRecord(text: string, result: Record<string, unknown>, sent: Record<string, unknown>): string {
  const m = /^(The ([A-Za-z]+(?: [A-Za-z]+)?) (?:is|are|was|were) [^.]+\. )It was (created|added|registered|made|updated|modified) on /.exec(text);
  if (!m) return text;
  const subject = subjectOf(result, sent);
  const noun = subject ? humanizeIdentifier(subject.key).toLowerCase() : undefined;
  if (!noun || noun === (m[2] as string).toLowerCase() || !/^[a-z]+(?: [a-z]+)?$/.test(noun)) return text;
  return `${m[1]}The ${noun} was ${m[3]} on ${text.slice(m[0].length)}`;
}

/** A chart that is global or per country, called with no country: the reply says which one it is. */
function globalNote(text: string, op: RecordOperation | undefined, sent: Record<string, unknown>): string {
  if (!op || !/\bglobal(?:ly)?\b[^.]*\b(?:country|countries|region)\b|\b(?:country|region)\b[^.]*\bglobal(?:ly)?\b/i.test(intentPhrase(op))) return text;
  if (Object.keys(sent).some((k) => /country|region|market|geo|^cc$|locale|nation/i.test(k))) return text;
  if (/\bglobal/i.test(text)) return text;
  return `${text} With no country given, ${/\btop\b/i.test(intentPhrase(op)) ? 'that is the global chart' : 'those are the global results'}.`;
}

/** The response at turn i, told as what happened. Only responses right after a tool result change. */
export function replies33(plan: DialoguePlan, turns: readonly Turn[], i: number, text: string): string {
  const turn = turns[i];
  if (turn?.speaker !== 'assistant' || turn.action !== 'response') return text;
  let out = text.includes(' is ') ? text.replace(PERCENT_NAME, (all, name: string, n: string) => (Number(n) <= 100 ? `${name} is ${n}%` : all)) : text;
  const tool = lastTool(turns, i);
  if (!tool || tool.status !== 'ok' || tool.result === null || typeof tool.result !== 'object' || Array.isArray(tool.result)) return out;
  const result = tool.result as Record<string, unknown>;
  const op = plan.operations[tool.operation];
  const sent = sentArgs(turns, tool);
  out = toldNotDone(out, result, op, sent);
  out = datedRecord(out, result, sent);
  return globalNote(out, op, sent);
}

/** What a goodbye names of a list of parts ("sections" of a menu): the thing asked about ("the menu"), or undefined. */
export function askedThing33(said: string | undefined, op: RecordOperation | undefined): string | undefined {
  const key = /^the ([a-z]+)$/.exec(said ?? '')?.[1];
  if (!key || !PART_KEY.test(key)) return said;
  // The one noun both the operation's name and its path end with (getMenu at /restaurants/{id}/menu): else no topic.
  const nouns = [...opNouns(op)];
  const noun = nouns.length === 1 ? nouns[0] : undefined;
  return noun && noun !== singular(key) && /^[a-z]{3,}$/.test(noun) ? `the ${noun}` : said;
}
