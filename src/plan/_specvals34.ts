/**
 * Values the spec documents elsewhere (QUALITY.md E), wave 34.
 * - A record's `type` whose kinds the API names only in its sibling paths: an export job is of the kinds the
 *   calls that start exports name (`/exports/activity`, `/exports/rejects`, `/exports/whitelist` → activity,
 *   reject, whitelist), never "export", the resource's own name.
 * - A record just added "to be indexed" (processed, reviewed) is being indexed, never "completed" on its first call.
 */
import type { Operation } from '../specs/types.ts';
import type { ResultField } from './_result.ts';
import { identifierWords } from '../text/index.ts';

/** Path words that name what a call does to the resource, not a kind of it. */
const VERB_TAIL = /^(info|list|get|add|create|new|update|edit|set|delete|remove|search|find|query|cancel|status|count|all|details?|start|stop|run|send|check|validate|verify|upload|download|import|export|batch|bulk|me|self|current|latest|recent|summary|stats|history|content|data|v\d+)$/i;
/** A record's kind field. */
const KIND_KEY = /^(type|kind|job_?type)$/;
const PLAIN = /^[a-z][a-z-]{2,24}$/;
/** A path segment that is the API's root or version, not a resource whose kinds its children name. */
const ROOT = /^(api|apis|rest|public|v\d+(\.\d+)?|latest|services?)$/i;

const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** `/exports/info.json` → ['exports', 'info']: the literal segments, extension dropped; undefined when a segment is a placeholder. */
function literalSegments(path: string): string[] | undefined {
  const parts = path.replace(/\.(json|xml)$/i, '').split('/').filter((p) => p !== '');
  return parts.some((p) => p.includes('{')) ? undefined : parts;
}

const kindsCache = new WeakMap<readonly unknown[], Map<string, string[] | null>>();

/** The record's kind field in an operation's outputs (`type`, `[].type`), if any. */
function kindKeyOf(op: Operation): string | undefined {
  return op.outputs.map((f) => f.path.replace(/^\[\]\./, '')).find((p) => KIND_KEY.test(p));
}

/**
 * The kinds of the resource `op` returns, named by the API's sibling calls that return the same record (`/exports/activity`,
 * `/exports/rejects`: two or more), cached per prefix; for a call that is itself one of them, its own kind alone.
 */
function siblingKinds(op: Operation, all: readonly { operation: Operation }[]): string[] | undefined {
  const parts = literalSegments(op.path);
  if (parts === undefined || parts.length < 2 || ROOT.test(parts[parts.length - 2]!)) return undefined;
  const kindKey = kindKeyOf(op);
  if (kindKey === undefined) return undefined;
  const prefix = `${op.api.name} /${parts.slice(0, -1).join('/')}/ ${kindKey}`;
  let byPrefix = kindsCache.get(all);
  if (!byPrefix) kindsCache.set(all, (byPrefix = new Map()));
  let found = byPrefix.get(prefix);
  if (found === undefined) {
    const kinds: string[] = [];
    for (const { operation: other } of all) {
      if (other.api.name !== op.api.name || other.method !== op.method) continue;
      const own = literalSegments(other.path);
      if (own === undefined || own.length !== parts.length || own.slice(0, -1).join('/') !== parts.slice(0, -1).join('/') || kindKeyOf(other) !== kindKey) continue;
      const tail = own[own.length - 1]!.toLowerCase();
      if (VERB_TAIL.test(tail) || !PLAIN.test(tail)) continue;
      const kind = singular(tail);
      if (!kinds.includes(kind)) kinds.push(kind);
    }
    found = kinds.length >= 2 && kinds.length <= 8 ? kinds : null;
    byPrefix.set(prefix, found);
  }
  if (found === null) return undefined;
  const tail = parts[parts.length - 1]!.toLowerCase();
  if (VERB_TAIL.test(tail)) return found;
  return found.includes(singular(tail)) ? [singular(tail)] : undefined;
}

/** The result fields of `op`, a free `type` of its record taking the kinds the API's sibling calls name. */
export function withSiblingKinds34(outputs: readonly ResultField[], op: Operation, all: readonly { operation: Operation }[]): readonly ResultField[] {
  if (!outputs.some((f) => KIND_KEY.test(f.path.replace(/\[\]/g, '').split('.').pop() ?? ''))) return outputs;
  const kinds = siblingKinds(op, all);
  if (kinds === undefined) return outputs;
  return outputs.map((field) => {
    const schema = field.schema as { type?: unknown; enum?: unknown; format?: unknown };
    const path = field.path.replace(/\[\]/g, '');
    // Only the record's own kind (top level, or an item of a list of those records), never a nested part's.
    if (!KIND_KEY.test(path.split('.').pop() ?? '') || path.split('.').length > 2 || schema.type !== 'string' || schema.enum !== undefined || schema.format !== undefined) return field;
    if (field.example !== undefined) return field;
    return { ...field, schema: { ...field.schema, enum: [...kinds] } } as ResultField;
  });
}

const STATE_KEY = /^(state|status)$/;
const DONE = /^(completed?|done|finished|succeeded|success|ready)$/i;
/** "to be indexed", "will be processed": the record goes on being worked after the call that made it. */
const LATER = /\b(?:to be|will be|is then|are then|gets?) (indexed|processed|reviewed|verified|approved|published|analy[sz]ed|generated|built|synced|imported)\b/i;
const ONGOING: Record<string, string> = { indexed: 'indexing', processed: 'processing', reviewed: 'in review', verified: 'pending verification', approved: 'pending approval', published: 'pending', analysed: 'processing', analyzed: 'processing', generated: 'processing', built: 'building', synced: 'syncing', imported: 'importing' };

/** A record just made whose description says it is worked on afterwards is in that work, not "completed" (values pinned or sent stay). */
export function settleLater34(result: unknown, op: Operation, created: boolean, args: Record<string, unknown>, keep: ReadonlySet<string>): void {
  if (!created || result === null || typeof result !== 'object' || Array.isArray(result)) return;
  const m = LATER.exec(`${op.summary ?? ''} ${op.description ?? ''}`.slice(0, 600));
  if (!m) return;
  const record = result as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!STATE_KEY.test(key) || key in args || typeof value !== 'string' || !DONE.test(value) || keep.has(JSON.stringify(value))) continue;
    // The schema's own enum rules: a listed waiting value is taken, else the state is left as drawn.
    const listed = op.outputs.find((f) => f.path === key)?.schema.enum;
    if (Array.isArray(listed)) continue;
    record[key] = ONGOING[m[1]!.toLowerCase()] ?? 'pending';
  }
}

/** A result field as `_result.ts` reads it. */
type Field = { path: string; schema: Record<string, unknown> };
const NAME = { type: 'string' };
/** Names a group of a known kind has (an issue type is a Bug or a Story, never a project's name). */
const GROUP_NAMES: Array<[RegExp, Record<string, unknown>]> = [
  [/\b(issue|ticket|work item) type$/, { type: 'string', enum: ['Bug', 'Task', 'Story', 'Epic', 'Sub-task', 'Improvement'] }],
  [/\b(project) type$/, { type: 'string', enum: ['software', 'business', 'service_desk'] }],
  [/\b(priority)$/, { type: 'string', enum: ['Highest', 'High', 'Medium', 'Low', 'Lowest'] }],
];
/** "grouped by issue type", "… for each issue type". */
const GROUPED_BY = /\b(?:grouped|organi[sz]ed|broken down) by ([a-z]+(?: [a-z]+)?)\b/i;
/** "all issue types with valid status values", "projects with their statuses". */
const WITH_THEIR = /\b(?:all )?(?:the )?([a-z]+(?: [a-z]+)?s) with (?:(?:their|its|valid|available|allowed|possible) )+([a-z]+)(?: values)?\b|\b(?:all )?(?:the )?([a-z]+(?: [a-z]+)?s) with (?:the )?([a-z]+) values\b/i;
const plural = (w: string): string => (/(s|x|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
/** A noun's stem, so that "status", "statuses" and "statuse" (a naive singular) are one word. */
const stem = (w: string): string => w.toLowerCase().replace(/(?:es|e|s)+$/, '');
const key = (words: string): string => words.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * A schemaless read whose description says its records come grouped ("Get all issue types with valid status values",
 * "The statuses are grouped by issue type") returns the groups, each with its records, never a flat list of the
 * records (QUALITY.md F): `issue_types[].statuses[]`. `noun` is the resource the path names (status); undefined otherwise.
 */
export function groupedFields34(op: Operation, noun: string): Field[] | undefined {
  if (op.effect !== 'read' || noun.length < 3 || identifierWords(op.name).some((w) => /^(count|counts|total|totals|stats|statistics)$/i.test(w))) return undefined;
  const text = `${op.summary ?? ''}. ${op.description ?? ''}`.slice(0, 500);
  if (!/ with | by /.test(text)) return undefined;
  let group: string | undefined;
  let named = noun;
  const by = GROUPED_BY.exec(text);
  if (by && stem(by[1]!.split(' ').pop()!) !== stem(noun)) group = singular(by[1]!.toLowerCase());
  const with_ = group === undefined ? WITH_THEIR.exec(text) : null;
  const [outerWords, innerWord] = with_ ? [with_[1] ?? with_[3], with_[2] ?? with_[4]] : [];
  if (outerWords !== undefined && innerWord !== undefined && stem(innerWord) === stem(noun)) { group = singular(outerWords.toLowerCase()); named = innerWord.toLowerCase(); }
  if (group === undefined || /\b(id|ids|value|values|name|names|data|details?|info|information|page|number|date|day|week|month|year|time|hour)$/.test(group) || stem(group.split(' ').pop()!) === stem(noun)) return undefined;
  const outer = key(group.replace(/(\w+)$/, (w) => plural(w)));
  const inner = /(us|ss|is)$/.test(named) || !named.endsWith('s') ? plural(named) : named;
  return [
    { path: `${outer}[].id`, schema: { type: 'string', pattern: '^[1-9][0-9]{4}$' } },
    { path: `${outer}[].name`, schema: GROUP_NAMES.find(([re]) => re.test(group!))?.[1] ?? NAME },
    { path: `${outer}[].${inner}[].id`, schema: { type: 'string', pattern: '^[1-9][0-9]{4}$' } },
    { path: `${outer}[].${inner}[].name`, schema: NAME },
  ];
}
