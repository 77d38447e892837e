/**
 * Specs that declare no `required` list at all (Mandrill's bodies: every field optional) still have fields the
 * operation means nothing without: verify-domain → domain, send-raw → raw_message, ips/info → ip
 * (QUALITY.md I: "send a verification email" called with `{}`, its result inventing the domain). The field a
 * path's own words name is asked for as if the spec required it; so is the `id` of a call on one record
 * (delete-route, pause, cancel-scheduled).
 */
import type { Operation } from '../specs/types.ts';
import type { PlanParam } from './_catalog-types.ts';
import { identifierWords } from '../text/index.ts';

/** Path words that say nothing of the record acted on. */
const PATH_NOISE = new Set(['json', 'xml', 'api', 'v1', 'v2', 'v3', 'add', 'get', 'set', 'list', 'info', 'all', 'check', 'send', 'new', 'search', 'update', 'delete', 'time', 'series']);
/** Fields that are never the point of a call: credentials, switches, schedule knobs. */
const NEVER = /^(key|api_key|apikey|async|ip_pool|send_at|helo|client_address|notify_email|include_expired|publish|warmup|create_pool|return_path_domain)$/;
/** Last path words of a call on one record, which then needs its `id`. */
const ONE_RECORD = /^(info|delete|update|pause|resume|cancel|reschedule|content|publish|render|add|scheduled|time)$/;
const ACTION_VERB = /^(send|verify|check|add|delete|parse|import|replay|render|cancel|create|update|remove|validate|resend|approve|publish|schedule|reschedule)$/;
/** What names the one record when the path names none of its fields, most telling first. */
const RECORD_NAMES = ['id', 'name', 'email', 'address'];

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  return word.endsWith('s') && word.length > 2 ? word.slice(0, -1) : word;
}

/** Marks required the essential fields of an operation whose spec requires nothing; returns `params`, changed in place. */
export function essential26(params: PlanParam[], op: Operation): PlanParam[] {
  // Cheap exits: a spec that requires something knows what it needs; a GET's optional filters are filters.
  if (op.method.toLowerCase() === 'get' || params.length === 0 || params.some((p) => p.required)) return params;
  const segments = op.path.replace(/\.(json|xml)$/i, '').split('/').filter((s) => s.length > 0 && !s.startsWith('{'));
  if (segments.length === 0) return params;
  const words = new Set<string>();
  for (const s of segments) for (const w of identifierWords(s)) if (w.length > 2 && !PATH_NOISE.has(w)) words.add(singular(w));
  const lastWords = identifierWords(segments[segments.length - 1]!);
  // `send-raw`, `verify-domain`: a verb and its object (`sys-config` is a name, not an action).
  const verbObject = lastWords.length >= 2 && segments.length >= 2 && ACTION_VERB.test(lastWords[0]!);
  // POST /dept is the collection's create, whatever verb its summary lacks: it is given no id.
  const collection = op.method.toLowerCase() === 'post' ? singular(lastWords[lastWords.length - 1] ?? '') : '';
  let marked = false;
  for (const p of params) {
    if (!p.sayable || NEVER.test(p.name)) continue;
    const own = identifierWords(p.name).map(singular);
    const first = own[0] ?? '';
    const essential =
      // `domain` under verify-domain, `ip` under ips/info: the field is the thing the path names.
      (own.length === 1 && words.has(first)) ||
      // `raw_message` under send-raw: the action's own object word leads the field's name.
      (verbObject && own.length === 2 && lastWords.includes(first) && !PATH_NOISE.has(first)) ||
      // `transferIds` under transfers/approve: the records acted on (a create is given no id).
      (op.effect !== 'create' && op.effect !== 'read' && own.length === 2 && /^ids?$/.test(own[1]!) && words.has(first) && first !== collection);
    if (essential) {
      p.required = true;
      marked = true;
    }
  }
  if (!marked && !lastWords.includes('all') && lastWords.some((w) => ONE_RECORD.test(w))) {
    for (const name of RECORD_NAMES) {
      const found = params.find((p) => p.name === name && p.sayable);
      if (!found) continue;
      found.required = true;
      break;
    }
  }
  return params;
}
