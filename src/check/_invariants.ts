/**
 * The six invariants of DESIGN.md, plus retriever consistency and text hygiene. Each function appends
 * violations; none throws on a malformed record (the schema check reports those).
 */
import { englishForDefault } from './_rules-serp26.ts';
import type { Action, AssistantTurn, DialogueRecord, DialogueState, ParamRef, RecordOperation, Slot, Turn, UserTurn } from '../plan/types.ts';
import { FLOW_TABLE, cachedRetriever, parseFlowSteps, rankingAgrees, retrievalAgrees, retrievalExpectation, type CatalogRetriever, type RetrievalExpectation } from '../plan/index.ts';
import { describedCodeName31 } from '../text/described-codes31.ts';
import { leaves, looksLikeIdentifier, mentionsValue, normalizeForMatch, spellsValue, statesValue } from '../text/index.ts';
import { checkMeaning } from './_meaning.ts';
import { offeredCandidates } from './_rules-pick.ts';
import { kindNamedBefore } from './_rules-ask.ts';
import { describeErrors, parametersValidator, validateRecordSchema } from './_ajv.ts';
import { plainlyValid } from './_args-plain20.ts';
import type { CheckContext, InvariantId, Violation } from './types.ts';

interface Scan {
  record: DialogueRecord;
  ctx: CheckContext;
  out: Violation[];
  /** Normalised text of each user turn (empty for other turns). */
  userText: string[];
  /** Slot key → index of the first user turn that informs it. */
  informedAt: Map<string, number>;
  /** Canonical tool-result leaf → index of the first ok tool turn that returned it. */
  toolLeafAt: Map<string, number>;
  /** userTextUpTo[i] = normalised text of all user turns before turn i. */
  userTextUpTo: string[];
}

const key = (ref: ParamRef): string => `${ref.operation}\u0000${ref.param}`;

function add(scan: Scan, invariant: InvariantId, turn: number | null, message: string): void {
  scan.out.push({ invariant, turn, message });
}

export function runChecks(record: DialogueRecord, ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const schemaErrors = validateRecordSchema(record);
  if (schemaErrors.length > 0) {
    out.push({ invariant: 'schema', turn: null, message: `record breaks schemas/dialogue.schema.json: ${describeErrors(schemaErrors)}` });
    // The other checks read the record's structure; past a schema failure they would only add noise.
    return out;
  }
  const scan: Scan = {
    record,
    ctx,
    out,
    userText: record.turns.map((t) => (t.speaker === 'user' ? normalizeForMatch(t.text ?? '') : '')),
    informedAt: new Map(),
    toolLeafAt: new Map(),
    userTextUpTo: [],
  };
  let said = ' ';
  record.turns.forEach((t, i) => {
    scan.userTextUpTo.push(said);
    if (t.speaker === 'user') said += `${(scan.userText[i] as string).trim()} `;
    if (t.speaker === 'tool' && t.status === 'ok') {
      for (const leaf of leaves(t.result)) {
        const c = canonical(leaf);
        if (!scan.toolLeafAt.has(c)) scan.toolLeafAt.set(c, i);
      }
    }
  });
  record.turns.forEach((t, i) => {
    if (t.speaker === 'user') for (const ref of t.informs ?? []) if (!scan.informedAt.has(key(ref))) scan.informedAt.set(key(ref), i);
  });
  checkCalls(scan);
  checkLeaks(scan);
  checkGrounding(scan);
  checkFlow(scan);
  checkStates(scan);
  checkRequestsAndClarify(scan);
  checkRetrieval(scan);
  checkText(scan);
  out.push(...checkMeaning(record));
  return out;
}

function operation(scan: Scan, id: string): RecordOperation | undefined {
  const catalog = scan.ctx.operations;
  if (catalog && !(id in catalog)) return undefined;
  return scan.record.operations[id];
}

function properties(op: RecordOperation): Record<string, Record<string, unknown>> {
  return (op.parameters.properties ?? {}) as Record<string, Record<string, unknown>>;
}

// ---------------------------------------------------------------- 1. calls name real operations, valid arguments

function checkCalls(scan: Scan): void {
  scan.record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call') return;
    if (!turn.call) return add(scan, 'valid_call', i, 'call turn without a call');
    const op = operation(scan, turn.call.operation);
    if (!op) return add(scan, 'valid_call', i, `call names operation "${turn.call.operation}", which is not in the catalog`);
    if (turn.error) return; // the wrong turn of a self-correction is meant to fail
    const props = properties(op);
    for (const name of Object.keys(turn.call.arguments)) {
      if (!(name in props)) add(scan, 'valid_call', i, `argument "${name}" is not a parameter of ${turn.call.operation}`);
    }
    // Most schemas are flat and most arguments plainly fit them: the validator is compiled only when that is not so.
    if (plainlyValid(op.parameters, turn.call.arguments)) return;
    const validate = parametersValidator(op.parameters);
    if (validate && !validate(turn.call.arguments)) {
      add(scan, 'valid_call', i, `arguments of ${turn.call.operation} break its input schema: ${describeErrors(validate.errors ?? [])}`);
    }
  });
}

// ---------------------------------------------------------------- 2. no masked value before it is informed

function checkLeaks(scan: Scan): void {
  const { record } = scan;
  const masked = record.slots.filter((s) => s.source === 'asked' || s.source === 'chained');
  for (const slot of masked) {
    const until = scan.informedAt.get(key(slot)) ?? record.turns.length;
    for (let j = 0; j < until; j++) {
      if (record.turns[j]?.speaker !== 'user') continue;
      // Upper-case, dashes or spaces between the characters ("g-n-9-1-3-4") still give the value away.
      if (!mentionsValue(scan.userText[j] as string, slot.value) && !spellsValue(scan.userText[j] as string, slot.value)) continue;
      // The same value legitimately stated for another parameter (say, two params share a city) is no leak.
      if (statedForOtherSlot(scan, slot, j)) continue;
      add(scan, 'no_leak', j, `user turn mentions the masked value of ${slot.param} (${slot.operation}) before it is informed`);
    }
  }
}

function statedForOtherSlot(scan: Scan, slot: Slot, upTo: number): boolean {
  const value = JSON.stringify(slot.value);
  return scan.record.slots.some((other) => {
    if (other === slot || JSON.stringify(other.value) !== value) return false;
    if (other.source === 'given') return true;
    const at = scan.informedAt.get(key(other));
    return at !== undefined && at <= upTo;
  });
}

// ---------------------------------------------------------------- 3. every argument is grounded

/** Normalised text of all user turns before `before`. */
function userTextBefore(scan: Scan, before: number): string {
  return scan.userTextUpTo[before] ?? scan.userTextUpTo[scan.userTextUpTo.length - 1] ?? ' ';
}

/** Was this leaf in an ok tool result before turn `before`? */
function toolSaidBefore(scan: Scan, before: number, leaf: unknown): boolean {
  const at = scan.toolLeafAt.get(canonical(leaf));
  return at !== undefined && at < before;
}

function canonical(value: unknown): string {
  return typeof value === 'string' ? `s:${value}` : `${typeof value}:${String(value)}`;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value is grounded when each of its leaves was said by the user, returned by a tool, or is the declared default. */
function grounded(scan: Scan, at: number, op: RecordOperation | undefined, param: string, value: unknown): boolean {
  const schema = op ? properties(op)[param] : undefined;
  if (schema && 'default' in schema && deepEqual(schema.default, value)) return true;
  if (englishForDefault(param, value, schema)) return true; // a language switch in the dialogue's English (_rules-serp26.ts)
  if (schema && Array.isArray(schema.enum) && schema.enum.length === 1 && deepEqual(schema.enum[0], value)) return true;
  if (schema && 'const' in schema && deepEqual(schema.const, value)) return true;
  // A read's kind switch the assistant set from what was said (`type: playlist` to find a playlist's ID).
  if (schema && kindNamedBefore(scan.record, at, scan.record.turns[at]?.speaker === 'assistant' ? ((scan.record.turns[at] as { call?: { operation: string } }).call?.operation ?? '') : '', param, value)) return true;
  const text = userTextBefore(scan, at);
  // "the organization is LIV Tour" states {orgId: 2} where the description says "2 for LIV Tour".
  const byName = schema ? describedCodeName31(schema.description, value) : undefined;
  if (byName && text.includes(normalizeForMatch(byName))) return true;
  const ls = leaves(value);
  if (ls.length === 0) return true; // an empty array or object states nothing
  return ls.every((leaf) => toolSaidBefore(scan, at, leaf) || statesValue(text, leaf));
}

function checkGrounding(scan: Scan): void {
  scan.record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const op = scan.record.operations[turn.call.operation];
    for (const [param, value] of Object.entries(turn.call.arguments)) {
      if (!grounded(scan, i, op, param, value)) {
        add(scan, 'grounded', i, `argument ${param} of ${turn.call.operation} is not grounded: no earlier user turn, tool result or default gives it`);
      }
    }
  });
}

// ---------------------------------------------------------------- 4. flow labels and dialogue state

const INTENT_ACTIONS = new Set<Action>(['inform_intent_clear', 'inform_intent_clear_add', 'inform_intent_vague', 'inform_intent_re']);

let builtIn: Map<string, Action[]> | undefined;

function builtInFlows(): Map<string, Action[]> {
  builtIn ??= new Map(FLOW_TABLE.map((definition) => [definition.id, parseFlowSteps(definition).map((step) => step.action)]));
  return builtIn;
}

function checkFlow(scan: Scan): void {
  const { record } = scan;
  const actions = record.turns.filter((t): t is UserTurn | AssistantTurn => t.speaker !== 'tool').map((t) => t.action);
  // Without a flow table from the caller, the built-in one (src/plan FLOW_TABLE) judges the flows it knows.
  const planned = scan.ctx.flowActions ? scan.ctx.flowActions(record.flow) : builtInFlows().get(record.flow);
  if (scan.ctx.flowActions && !planned) add(scan, 'flow', null, `flow "${record.flow}" is not in the flow table`);
  if (planned && (planned.length !== actions.length || planned.some((a, n) => a !== actions[n]))) {
    const at = planned.findIndex((a, n) => a !== actions[n]);
    add(scan, 'flow', null, `action labels do not spell flow ${record.flow}: expected ${planned.join(' ')}, got ${actions.join(' ')} (first difference at action ${at < 0 ? planned.length : at})`);
  }
  const first = record.turns[0];
  if (!first || first.speaker !== 'user' || !INTENT_ACTIONS.has(first.action)) add(scan, 'flow', 0, 'a dialogue must open with a user intent');
  const last = record.turns[record.turns.length - 1];
  if (!last || last.speaker !== 'assistant' || (last.action !== 'system_bye' && last.action !== 'response_fail')) {
    add(scan, 'flow', record.turns.length - 1, 'a dialogue must end with system_bye or response_fail');
  }
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'user') {
      if (turn.action === 'inform' && (turn.informs ?? []).length === 0) add(scan, 'flow', i, 'inform turn states no values');
      if (turn.action === 'fail_inform' && (turn.unknown ?? []).length === 0) add(scan, 'flow', i, 'fail_inform turn names no unknown value');
    }
    if (turn.speaker === 'assistant' && turn.action === 'call' && turn.call) {
      const next = record.turns[i + 1];
      if (!next || next.speaker !== 'tool' || next.call_id !== turn.call.id || next.operation !== turn.call.operation) {
        add(scan, 'flow', i, `call ${turn.call.id} is not answered by the next tool turn`);
      } else if (!turn.error && next.status !== 'ok') {
        add(scan, 'flow', i + 1, `tool answered a correct call of ${turn.call.operation} with an error`);
      }
    }
    if (turn.speaker === 'tool') {
      const prev = record.turns[i - 1];
      if (!prev || prev.speaker !== 'assistant' || prev.call?.id !== turn.call_id) add(scan, 'flow', i, 'tool turn does not follow its call');
    }
    if (turn.speaker === 'assistant' && turn.corrects !== undefined) {
      const wrong = record.turns[turn.corrects];
      if (!wrong || turn.corrects >= i || wrong.speaker !== 'assistant' || !wrong.error) add(scan, 'flow', i, `turn says it corrects turn ${turn.corrects}, which is not an earlier error turn`);
    }
    if (turn.speaker === 'assistant' && turn.error && turn.train !== false) add(scan, 'flow', i, 'an error turn must carry train: false');
  });
}

function checkStates(scan: Scan): void {
  const { record } = scan;
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant') return;
    const state: DialogueState = turn.state;
    if (turn.action === 'call' && turn.call && !turn.error) {
      if (!state.api_confirmed) return add(scan, 'state', i, 'state is not confirmed on a call turn');
      if (state.api_status.operation !== turn.call.operation) {
        add(scan, 'state', i, `state names ${state.api_status.operation} but the call is to ${turn.call.operation}`);
      }
      const params = { ...state.api_status.optional_parameters, ...state.api_status.required_parameters };
      for (const [name, value] of Object.entries(turn.call.arguments)) {
        if (name in params && !deepEqual(params[name], value)) add(scan, 'state', i, `state holds ${name} = ${JSON.stringify(params[name])} but the call uses ${JSON.stringify(value)}`);
      }
    }
    if (!state.api_confirmed || turn.error) return;
    const op = record.operations[state.api_status.operation];
    if (!op) return add(scan, 'state', i, `state names operation "${state.api_status.operation}", which is not in the record`);
    const props = properties(op);
    const known = { ...state.api_status.optional_parameters, ...state.api_status.required_parameters };
    for (const [name, value] of Object.entries(known)) {
      if (!(name in props)) add(scan, 'state', i, `state holds "${name}", which is not a parameter of ${state.api_status.operation}`);
      else if (value !== null && value !== undefined && !grounded(scan, i + (turn.action === 'call' ? 0 : 1), op, name, value)) {
        add(scan, 'state', i, `state holds a value for ${name} that is not known yet`);
      }
    }
    // Values the user has stated for this operation must be in the state from then on.
    for (const slot of record.slots) {
      if (slot.operation !== state.api_status.operation) continue;
      const at = slot.source === 'given' ? firstIntent(record) : scan.informedAt.get(key(slot));
      if (at === undefined || at > i) continue;
      if (!(slot.param in known) || known[slot.param] === null) add(scan, 'state', i, `state lacks ${slot.param}, which the user gave at turn ${at}`);
      else if (!deepEqual(known[slot.param], slot.value)) add(scan, 'state', i, `state holds ${slot.param} = ${JSON.stringify(known[slot.param])}, the user said ${JSON.stringify(slot.value)}`);
    }
  });
}

function firstIntent(record: DialogueRecord): number | undefined {
  // A given value is stated with the (clear) intent that carries it.
  const at = record.turns.findIndex((t) => t.speaker === 'user' && t.action === 'inform_intent_clear_add');
  return at < 0 ? undefined : at;
}

// ---------------------------------------------------------------- 5. request only unknowns, clarify only vague

function checkRequestsAndClarify(scan: Scan): void {
  const { record } = scan;
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant') return;
    if (turn.action === 'request') {
      const refs = turn.request ?? [];
      if (refs.length === 0) add(scan, 'request_unknown', i, 'request asks for nothing');
      if (turn.error) return; // a redundant request is the planned mistake of its dialogue
      for (const ref of refs) {
        const op = record.operations[ref.operation];
        if (!op || !(ref.param in properties(op))) {
          add(scan, 'request_unknown', i, `request asks for ${ref.param}, which is not a parameter of ${ref.operation}`);
          continue;
        }
        const at = scan.informedAt.get(key(ref));
        if (at !== undefined && at < i) add(scan, 'request_unknown', i, `request asks for ${ref.param}, which the user gave at turn ${at}`);
        const slot = record.slots.find((s) => s.operation === ref.operation && s.param === ref.param);
        if (slot?.source === 'given') add(scan, 'request_unknown', i, `request asks for ${ref.param}, which the user gave in the request`);
        // Asking which of several records a result listed is a choice, not a request for something known.
        if (slot?.source === 'chained' && leaves(slot.value).every((l) => toolSaidBefore(scan, i, l)) && offeredCandidates(record, slot) <= 1) {
          add(scan, 'request_unknown', i, `request asks for ${ref.param}, which an earlier tool result already supplied`);
        }
      }
    }
    if (turn.action === 'clarify') {
      const intent = [...record.turns.slice(0, i)].reverse().find((t): t is UserTurn => t.speaker === 'user' && INTENT_ACTIONS.has(t.action));
      if (!intent || intent.action !== 'inform_intent_vague') add(scan, 'clarify_vague', i, 'clarify after an intent that is not vague');
    }
  });
}

// ---------------------------------------------------------------- retriever consistency

/**
 * Every search agrees with what the plan expects of it (src/plan's `retrievalExpectation`): after a clear intent
 * the operation is ranked first, clearly; a vague intent gives ambiguous results with the operation among them
 * (clarify) or first (suggest); after a fail_inform the source is among the results; a cannot-fulfil request finds
 * nothing relevant. With the planner's retriever the verdict is recomputed from the recorded query and the recorded
 * results must be what it really returns; without, the recorded ranking is judged. After a clear intent the
 * assistant must also go on with the operation it found.
 */
function checkRetrieval(scan: Scan): void {
  const { record } = scan;
  const retriever = scan.ctx.retriever ? cachedRetriever(scan.ctx.retriever) : undefined;
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'retriever_call') return;
    const retrieved = turn.retrieved ?? [];
    if (retriever && turn.query !== undefined) {
      const real = retriever.search(turn.query, Math.max(retrieved.length, 1));
      if (JSON.stringify(real.slice(0, retrieved.length)) !== JSON.stringify(retrieved)) {
        add(scan, 'retriever', i, 'recorded retrieval results differ from what the retriever returns for the query');
      }
    }
    let expectation: RetrievalExpectation;
    try {
      expectation = retrievalExpectation(record, i);
    } catch {
      return;
    }
    const agrees =
      retriever && 'matchedFraction' in retriever && turn.query !== undefined
        ? retrievalAgrees(retriever as CatalogRetriever, expectation, turn.query).ok
        : rankingAgrees(expectation, retrieved);
    if (!agrees) {
      const wanted = expectation.kind === 'none' ? 'nothing relevant' : `${expectation.operation} (${expectation.kind})`;
      add(scan, 'retriever', i, `the retriever's verdict on the query does not agree with the plan: expected ${wanted}, got ${retrieved.map((r) => r.operation).join(', ') || 'no results'}`);
    }
    if (expectation.kind === 'clear') {
      const acted = nextOperation(record, i);
      if (acted !== undefined && acted !== expectation.operation) add(scan, 'retriever', i, `the assistant goes on with ${acted} but the search found ${expectation.operation}`);
    }
  });
}

function nextOperation(record: DialogueRecord, after: number): string | undefined {
  for (let j = after + 1; j < record.turns.length; j++) {
    const t = record.turns[j] as Turn;
    if (t.speaker === 'user' && INTENT_ACTIONS.has(t.action)) return undefined;
    if (t.speaker !== 'assistant') continue;
    if (t.action === 'retriever_call') return undefined;
    if (t.call) return t.call.operation;
    if (t.request?.[0]) return t.request[0].operation;
    if (t.suggest) return t.suggest;
  }
  return undefined;
}

// ---------------------------------------------------------------- text hygiene

const PLACEHOLDER = /\{[^}]*\}|\$\{|<[a-z_]+>|\bundefined\b|\bNaN\b|\[object Object\]|"\s*:|\{\s*"/;

function checkText(scan: Scan): void {
  const { record } = scan;
  let allowed: Set<string> | undefined;
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'tool') return;
    const text = turn.text;
    if (turn.speaker === 'user' || text !== undefined) {
      if (!text || !text.trim()) return add(scan, 'text', i, 'turn has no text');
    }
    for (const [field, value] of [['text', text], ['thought', turn.speaker === 'assistant' ? turn.thought : undefined]] as const) {
      if (!value) continue;
      if (PLACEHOLDER.test(value)) add(scan, 'text', i, `${field} holds a placeholder or JSON: ${JSON.stringify(value.slice(0, 80))}`);
      if (!/[a-z][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]/.test(value)) continue; // no token can look like an identifier
      for (const token of value.split(/\s+/)) {
        if (!looksLikeIdentifier(token)) continue;
        allowed ??= valueTokens(record);
        const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
        if (!allowed.has(bare.toLowerCase())) add(scan, 'text', i, `${field} says the raw identifier "${bare}"`);
      }
    }
  });
}

/** Tokens that are values (slot values, tool results): a user may say "in_stock" when that is the value. */
function valueTokens(record: DialogueRecord): Set<string> {
  const set = new Set<string>();
  const addValue = (v: unknown): void => {
    for (const leaf of leaves(v)) if (typeof leaf === 'string') for (const t of leaf.split(/[\s,;]+/)) set.add(t.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '').toLowerCase());
  };
  for (const slot of record.slots) addValue(slot.value);
  for (const turn of record.turns) {
    if (turn.speaker === 'tool') addValue(turn.result);
    if (turn.speaker === 'assistant' && turn.call) addValue(turn.call.arguments);
  }
  return set;
}
