/**
 * ToolDial's dialogue records and API list (holi-lab/ToolDial, dialogue_data/): what its preprocessing
 * scripts read, in the shapes they look up.
 */
import type { DialogueRecord, DialogueState, RecordOperation, Turn } from '../plan/index.ts';
import { describedOr, humanizeName } from './_portable-schema.ts';
import { functionDescription, operationOf } from './tools.ts';

export type ToolDialBool = 'true' | 'false';
export interface ToolDialState {
  api_confirmed: ToolDialBool;
  api_status:
    | 'none'
    | { api_name: string; required_parameters: Record<string, unknown>; optional_parameters: Record<string, unknown>; system_action: string };
}
export interface ToolDialSystem {
  thought: string;
  action: string;
  retriever_status: { retriever_call: ToolDialBool; retrieved_api: Record<string, number> | 'none' };
  api_request: { api_name: string; required_parameters: Record<string, unknown>; optional_parameters: Record<string, unknown> } | Record<string, never>;
  api_response: { api_name: string; result: unknown } | Record<string, never>;
  message: string;
  dialogue_state: ToolDialState;
  /** Extension: set on a wrong self-correction turn (ToolDial's scripts ignore unknown keys). */
  error?: { kind: string; note: string; train: ToolDialBool };
}
export type ToolDialTurn = { User: { message: string; action: string } } | { System: ToolDialSystem };
export interface ToolDialRow {
  id: string;
  dialogue: ToolDialTurn[];
  source: string;
  target: string;
  subgraph_type: string;
}
export interface ToolDialApiParam {
  name: string;
  type: string;
  description: string;
  object_long: string;
}
export interface ToolDialApi {
  full_name: string;
  category_name: string;
  tool_name: string;
  api_name: string;
  description: string;
  required_parameters: ToolDialApiParam[];
  optional_parameters: ToolDialApiParam[];
}

const DEFAULT_CATEGORY = 'General';

/** One part of a ToolDial API name: `|` separates the parts, so it cannot appear inside one. */
function namePart(text: string): string {
  const part = text.replace(/\|/g, '/').trim();
  return part === '' ? '_' : part;
}

/** ToolDial's API name: `<Category>|<tool or API name>|<operation name>`. */
export function toolDialApiName(record: DialogueRecord, operation: string): string {
  const op = operationOf(record, operation);
  if (op) return `${namePart(op.category ?? DEFAULT_CATEGORY)}|${namePart(op.api)}|${namePart(op.name)}`;
  // A retrieved candidate the dialogue never uses: take the category of a sibling operation if any.
  const dot = operation.indexOf('.');
  const api = dot > 0 ? operation.slice(0, dot) : operation;
  const sibling = Object.values(record.operations).find((o) => o.api === api);
  return `${namePart(sibling?.category ?? DEFAULT_CATEGORY)}|${namePart(api)}|${namePart(dot > 0 ? operation.slice(dot + 1) : operation)}`;
}

function requiredNames(op: RecordOperation | undefined): Set<string> {
  const required = op?.parameters.required;
  return new Set(Array.isArray(required) ? (required as string[]) : []);
}

function splitArguments(op: RecordOperation | undefined, args: Record<string, unknown>): { required_parameters: Record<string, unknown>; optional_parameters: Record<string, unknown> } {
  const required = requiredNames(op);
  const entries = Object.entries(args);
  // fromEntries, not assignment: a parameter named "__proto__" must stay a plain key.
  return {
    required_parameters: Object.fromEntries(entries.filter(([k]) => required.has(k))),
    optional_parameters: Object.fromEntries(entries.filter(([k]) => !required.has(k))),
  };
}

/** ToolDial's unfilled slot is `""` (its DST scripts strip and compare slot values as strings). */
function filledSlots(slots: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, v === null || v === undefined ? '' : v]));
}

function toolDialState(record: DialogueRecord, state: DialogueState, action: string): ToolDialState {
  if (!state.api_confirmed) return { api_confirmed: 'false', api_status: 'none' };
  const s = state.api_status;
  return {
    api_confirmed: 'true',
    api_status: {
      api_name: toolDialApiName(record, s.operation),
      required_parameters: filledSlots(s.required_parameters),
      optional_parameters: filledSlots(s.optional_parameters),
      system_action: action,
    },
  };
}

/**
 * The operations a ToolDial record names as `source` and `target`: the chain's ends; for a dialogue
 * with no chain, the operation it is about (the one it calls, confirms or is offered; for a request
 * nothing serves, the retriever's best candidate, which the assistant turned down). ToolDial's
 * preprocessing looks both up in the API list.
 */
export function toolDialEnds(record: DialogueRecord): { source: string; target: string } | undefined {
  const first = record.chain[0];
  const last = record.chain[record.chain.length - 1];
  if (first && last) return { source: first, target: last };
  const about =
    record.turns.flatMap((t) => (t.speaker === 'assistant' && t.call ? [t.call.operation] : []))[0] ??
    record.turns.flatMap((t) => (t.speaker === 'assistant' && t.state.api_confirmed ? [t.state.api_status.operation] : []))[0] ??
    record.turns.flatMap((t) => (t.speaker === 'assistant' && t.suggest ? [t.suggest] : []))[0] ??
    record.turns.flatMap((t) => (t.speaker === 'assistant' ? (t.retrieved ?? []).map((r) => r.operation) : []))[0];
  return about && operationOf(record, about) ? { source: about, target: about } : undefined;
}

/**
 * Why ToolDial's own scripts cannot take this dialogue (undefined: they can). Their preprocessing reads
 * the system turn after a user `inform` as the call that uses it (or the turn after it), looks
 * `source`/`target` up in the API list, and turns every system turn into a training target: a wrong
 * self-correction turn would be learnt as right.
 */
export function toolDialLeftOut(record: DialogueRecord): string | undefined {
  if (record.turns.some((t) => t.speaker === 'assistant' && (t.error !== undefined || t.train === false))) return 'self-correction (ToolDial trains every system turn)';
  if (!toolDialEnds(record)) return 'no operation to name as source/target';
  // ToolDial finds an API by its name: two operations that differ only in characters the name drops
  // (a `|`, spaces at either end) would be looked up as one.
  const names = Object.keys(record.operations).map((id) => toolDialApiName(record, id));
  if (new Set(names).size < names.length) return 'two operations share a ToolDial name';
  const spoken = record.turns.filter((t) => t.speaker !== 'tool');
  for (const [i, t] of spoken.entries()) {
    if (t.speaker !== 'user' || t.action !== 'inform') continue;
    const next = spoken[i + 1];
    const after = spoken[i + 2];
    if (next?.speaker === 'assistant' && next.action !== 'call' && after?.speaker !== 'assistant') return `a ${next.action} answers an inform (ToolDial reads a call there)`;
  }
  return undefined;
}

/**
 * ToolDial reads retriever scores as similarities in [0, 1] with fixed thresholds (above 0.6: pick the
 * API; 0.5 to 0.6: suggest it; below 0.5: clarify) and its preprocessing relies on them agreeing with
 * the next action. Our retriever's scores are BM25 (unbounded), so each retrieval is rescaled: scores
 * divided by the top one, times a ceiling set by the action the retrieval led to (0.9 pick, 0.55
 * suggest, 0.45 clarify or fail). The ranking is kept; the raw scores stay in the canonical record.
 */
export function toolDialScores(record: DialogueRecord, index: number): Record<string, number> {
  const turn = record.turns[index];
  const retrieved = turn?.speaker === 'assistant' ? (turn.retrieved ?? []) : [];
  const next = record.turns.slice(index + 1).find((t) => t.speaker === 'assistant');
  const ceiling = next?.action === 'suggest' ? 0.55 : next?.action === 'clarify' || next?.action === 'response_fail' || next === undefined ? 0.45 : 0.9;
  const top = Math.max(0, ...retrieved.map((r) => r.score));
  const scores: Record<string, number> = {};
  for (const r of retrieved) {
    const name = toolDialApiName(record, r.operation);
    // Two candidates can share a ToolDial name only through odd characters; keep the better score.
    if (name in scores) continue;
    Object.defineProperty(scores, name, { value: top > 0 ? Math.round((Math.max(0, r.score) / top) * ceiling * 10000) / 10000 : 0, enumerable: true, writable: true, configurable: true });
  }
  return scores;
}

/**
 * ToolDial's dialogue record. A tool turn is folded into the System turn that made the call
 * (`api_response` on the call turn, which ToolDial's preprocessing reads first); `api_request` and
 * `api_response` are `{}` (falsy for ToolDial's Python) on turns without a call.
 */
export function toToolDial(record: DialogueRecord): ToolDialRow {
  const results = new Map<string, Turn & { speaker: 'tool' }>();
  for (const t of record.turns) if (t.speaker === 'tool') results.set(t.call_id, t);
  const dialogue: ToolDialTurn[] = [];
  for (const [index, turn] of record.turns.entries()) {
    if (turn.speaker === 'user') {
      dialogue.push({ User: { message: turn.text ?? '', action: turn.action } });
      continue;
    }
    if (turn.speaker === 'tool') continue;
    const system: ToolDialSystem = {
      thought: turn.thought ?? '',
      action: turn.action,
      retriever_status:
        turn.action === 'retriever_call'
          ? { retriever_call: 'true', retrieved_api: toolDialScores(record, index) }
          : { retriever_call: 'false', retrieved_api: 'none' },
      api_request: {},
      api_response: {},
      message: turn.text ?? '',
      dialogue_state: toolDialState(record, turn.state, turn.action),
    };
    if (turn.call) {
      const apiName = toolDialApiName(record, turn.call.operation);
      system.api_request = { api_name: apiName, ...splitArguments(record.operations[turn.call.operation], turn.call.arguments) };
      const result = results.get(turn.call.id);
      if (result) system.api_response = { api_name: apiName, result: result.result };
    }
    if (turn.error) system.error = { kind: turn.error.kind, note: turn.error.note, train: 'false' };
    dialogue.push({ System: system });
  }
  const ends = toolDialEnds(record);
  return {
    id: record.id,
    dialogue,
    source: ends ? toolDialApiName(record, ends.source) : 'none',
    target: ends ? toolDialApiName(record, ends.target) : 'none',
    subgraph_type: record.edge_type ?? 'none',
  };
}

function schemaType(schema: unknown): string {
  const type = (schema as { type?: unknown } | undefined)?.type;
  if (typeof type === 'string') return type.toUpperCase();
  if (Array.isArray(type)) return type.filter((t) => t !== 'null').join('|').toUpperCase() || 'STRING';
  return 'STRING';
}

/** The API-list entry of one operation (ToolDial's `after_coor_before_emb.json` item). */
export function toolDialApi(record: DialogueRecord, operation: string): ToolDialApi | undefined {
  const op = operationOf(record, operation);
  if (!op) return undefined;
  const required = requiredNames(op);
  const properties = (op.parameters.properties ?? {}) as Record<string, { description?: unknown }>;
  const param = (name: string): ToolDialApiParam => {
    const schema = properties[name];
    // ToolDial's "API documentation" lines print these: a name alone says nothing.
    const description = describedOr(schema?.description, name, `The ${humanizeName(name)}.`);
    return { name, type: schemaType(schema), description, object_long: description };
  };
  const names = Object.keys(properties);
  return {
    full_name: toolDialApiName(record, operation),
    category_name: namePart(op.category ?? DEFAULT_CATEGORY),
    tool_name: namePart(op.api),
    api_name: namePart(op.name),
    description: functionDescription(op, operation),
    required_parameters: names.filter((n) => required.has(n)).map(param),
    optional_parameters: names.filter((n) => !required.has(n)).map(param),
  };
}
