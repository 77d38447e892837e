/**
 * Flows are data: each one is a short-form action sequence that the planner interprets over a chain of
 * operations. The table below holds ToolDial's 20 flows (DESIGN.md "Actions") and our own families.
 * Users add flows by passing more definitions (see `parseFlowTable` for the JSON/YAML file format).
 *
 * Tokens (short form, or the action's own name):
 *   user:      ICl inform_intent_clear · ICA inform_intent_clear_add · IV inform_intent_vague · Inf inform
 *              FI fail_inform · affirm · negate · UB user_bye
 *   assistant: RC retriever_call · Req request · clarify · suggest · call · Resp response
 *              response_fail · SB system_bye
 *   A wrong assistant turn of a self-correction flow is written `call!hallucinated_value`,
 *   `call!schema_violation` or `Req!redundant_request`; the next assistant turn fixes it.
 *   `Pick` is a `request` (its label in the record) right after a source's call: the source returned a few
 *   candidates, the assistant lists them with a detail each and asks which one; the `Inf` after it is the
 *   user choosing one by name (DESIGN.md "World of a dialogue", invariant 8).
 *
 * How the planner reads a sequence: the dialogue works on a chain [source_h … source_1, target]. It starts
 * focused on the target. `Req` followed by `FI` asks for the focused operation's ID-like chained
 * parameters, which the user cannot give; the `RC` after `FI` finds the operation that outputs them and
 * moves the focus to it. Any other `Req` asks the focused operation's masked values, and the next `Inf`
 * gives them. `call` calls the focused operation (a tool turn with its result follows automatically) and
 * moves the focus back to the operation that consumes its output. So the number of `FI` tokens is the
 * number of hops, and whether a `Req Inf` precedes an operation's call decides whether it needs inputs
 * (ToolDial's yes/zero edge kinds).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DialforgeError } from '../errors.ts';
import { FLOW_FAMILIES, SYSTEM_ACTIONS, USER_ACTIONS } from './types.ts';
import type { Action, FlowFamily, SelfCorrectionKind } from './types.ts';

export interface FlowDefinition {
  /** Unique id, written to the record's `flow` field, e.g. `tooldial_07`. */
  id: string;
  family: FlowFamily;
  /** Space-separated tokens, e.g. `ICl RC Req Inf call Resp UB SB`. */
  sequence: string;
  /** ToolDial's flow number (1-20) for its own flows. */
  tooldial?: number;
  /** Relative weight inside its family (default 1). */
  weight?: number;
  description?: string;
}

export const ACTION_SHORT_FORMS: Readonly<Record<string, Action>> = {
  ICl: 'inform_intent_clear',
  ICA: 'inform_intent_clear_add',
  IV: 'inform_intent_vague',
  Inf: 'inform',
  FI: 'fail_inform',
  UB: 'user_bye',
  RC: 'retriever_call',
  Req: 'request',
  Resp: 'response',
  SB: 'system_bye',
};

export const FLOW_TABLE: readonly FlowDefinition[] = [
  { id: 'tooldial_01', tooldial: 1, family: 'clear_request', sequence: 'ICl RC Req Inf call Resp UB SB' },
  { id: 'tooldial_02', tooldial: 2, family: 'clear_request', sequence: 'ICA RC Req Inf call Resp UB SB' },
  { id: 'tooldial_03', tooldial: 3, family: 'vague_clarify', sequence: 'IV RC clarify ICl RC Req Inf call Resp UB SB' },
  { id: 'tooldial_04', tooldial: 4, family: 'suggest', sequence: 'IV RC suggest affirm Req Inf call Resp UB SB' },
  { id: 'tooldial_05', tooldial: 5, family: 'suggest', sequence: 'IV RC suggest negate RC response_fail', description: 'the user turns the suggestion down and asks for something else; the assistant searches for it before saying nothing serves it' },
  { id: 'tooldial_06', tooldial: 6, family: 'vague_clarify', sequence: 'IV RC clarify ICA RC Req Inf call Resp UB SB' },
  { id: 'tooldial_07', tooldial: 7, family: 'fail_inform', sequence: 'ICl RC Req FI RC Req Inf call call Resp UB SB' },
  { id: 'tooldial_08', tooldial: 8, family: 'fail_inform', sequence: 'ICl RC Req FI RC Req Inf call Req Inf call Resp UB SB' },
  { id: 'tooldial_09', tooldial: 9, family: 'fail_inform', sequence: 'IV RC clarify ICl RC Req FI RC Req Inf call Req Inf call Resp UB SB' },
  { id: 'tooldial_10', tooldial: 10, family: 'fail_inform', sequence: 'IV RC clarify ICl RC Req FI RC Req Inf call call Resp UB SB' },
  { id: 'tooldial_11', tooldial: 11, family: 'fail_inform', sequence: 'IV RC suggest affirm Req FI RC Req Inf call Req Inf call Resp UB SB' },
  { id: 'tooldial_12', tooldial: 12, family: 'fail_inform', sequence: 'IV RC suggest affirm Req FI RC Req Inf call call Resp UB SB' },
  { id: 'tooldial_13', tooldial: 13, family: 'no_ask', sequence: 'ICA RC call Resp UB SB' },
  { id: 'tooldial_14', tooldial: 14, family: 'vague_clarify', sequence: 'IV RC clarify ICA RC call Resp UB SB' },
  { id: 'tooldial_15', tooldial: 15, family: 'fail_inform', sequence: 'ICl RC Req FI RC call call Resp UB SB' },
  { id: 'tooldial_16', tooldial: 16, family: 'fail_inform', sequence: 'ICl RC Req FI RC call Req Inf call Resp UB SB' },
  { id: 'tooldial_17', tooldial: 17, family: 'fail_inform', sequence: 'IV RC clarify ICl RC Req FI RC call Req Inf call Resp UB SB' },
  { id: 'tooldial_18', tooldial: 18, family: 'fail_inform', sequence: 'IV RC clarify ICl RC Req FI RC call call Resp UB SB' },
  { id: 'tooldial_19', tooldial: 19, family: 'fail_inform', sequence: 'IV RC suggest affirm Req FI RC call Req Inf call Resp UB SB' },
  { id: 'tooldial_20', tooldial: 20, family: 'fail_inform', sequence: 'IV RC suggest affirm Req FI RC call call Resp UB SB' },
  // List and pick (ToolDial asks the user to choose): the source lists a few records, the user picks one by name.
  { id: 'list_pick_01', family: 'fail_inform', sequence: 'ICl RC Req FI RC call Pick Inf call Resp UB SB', description: 'the source lists records without input; the user picks one' },
  { id: 'list_pick_02', family: 'fail_inform', sequence: 'ICl RC Req FI RC Req Inf call Pick Inf call Resp UB SB', description: 'a search returns several; the user picks one' },
  { id: 'list_pick_03', family: 'fail_inform', sequence: 'IV RC clarify ICl RC Req FI RC call Pick Inf call Resp UB SB', description: 'as list_pick_01 after a vague intent' },
  { id: 'list_pick_04', family: 'fail_inform', sequence: 'ICl RC Req FI RC call Pick Inf Req Inf call Resp UB SB', description: 'as list_pick_01, then the target asks its own values (hold tickets on the event picked: how many)' },

  // AskToAct partial masking: some values stated, k >= 1 omitted and requested exactly.
  { id: 'partial_mask_01', family: 'partial_mask', sequence: 'ICA RC Req Inf call Resp UB SB', weight: 2 },
  { id: 'partial_mask_02', family: 'partial_mask', sequence: 'IV RC clarify ICA RC Req Inf call Resp UB SB' },
  // The no-over-asking negative: everything needed is given (or nothing is needed), so call at once.
  { id: 'no_ask_01', family: 'no_ask', sequence: 'ICA RC call Resp UB SB', description: 'all required values given' },
  { id: 'no_ask_02', family: 'no_ask', sequence: 'ICl RC call Resp UB SB', description: 'an operation without required inputs' },
  // Fail-inform over two edges (A -> B -> C).
  { id: 'multi_hop_01', family: 'multi_hop', sequence: 'ICl RC Req FI RC Req FI RC call call call Resp UB SB' },
  { id: 'multi_hop_02', family: 'multi_hop', sequence: 'ICl RC Req FI RC Req FI RC Req Inf call call call Resp UB SB' },
  { id: 'multi_hop_03', family: 'multi_hop', sequence: 'ICl RC Req FI RC Req FI RC call call Req Inf call Resp UB SB' },
  { id: 'multi_hop_04', family: 'multi_hop', sequence: 'ICl RC Req FI RC Req FI RC Req Inf call call Req Inf call Resp UB SB' },
  { id: 'multi_hop_05', family: 'multi_hop', sequence: 'IV RC clarify ICl RC Req FI RC Req FI RC call call call Resp UB SB' },
  // Self-correction (AskToAct): the wrong turn carries `error` and `train: false`, the next one `corrects`.
  { id: 'self_correction_hallucinated_01', family: 'self_correction', sequence: 'ICl RC call!hallucinated_value Req Inf call Resp UB SB' },
  { id: 'self_correction_hallucinated_02', family: 'self_correction', sequence: 'ICA RC call!hallucinated_value Req Inf call Resp UB SB' },
  { id: 'self_correction_schema_01', family: 'self_correction', sequence: 'ICl RC Req Inf call!schema_violation call Resp UB SB' },
  { id: 'self_correction_schema_02', family: 'self_correction', sequence: 'ICA RC call!schema_violation call Resp UB SB' },
  { id: 'self_correction_redundant_01', family: 'self_correction', sequence: 'ICA RC Req!redundant_request Inf Req Inf call Resp UB SB' },
  { id: 'self_correction_redundant_02', family: 'self_correction', sequence: 'ICA RC Req!redundant_request Inf call Resp UB SB' },
  // Nothing in the catalog serves the request.
  { id: 'cannot_fulfil_01', family: 'cannot_fulfil', sequence: 'ICl RC response_fail UB SB' },
];

/** Default weights per family; families with no feasible chain in a catalog are skipped. */
export const DEFAULT_FLOW_MIX: Readonly<Record<FlowFamily, number>> = {
  clear_request: 1,
  vague_clarify: 1,
  suggest: 1,
  fail_inform: 3,
  no_ask: 1,
  partial_mask: 1,
  multi_hop: 1,
  self_correction: 1,
  cannot_fulfil: 0.5,
};

export interface FlowStep {
  action: Action;
  /** A `request` listing the previous call's candidates for the user to choose from (token `Pick`). */
  pick?: true;
  /** Set on the wrong turn of a self-correction flow. */
  error?: SelfCorrectionKind;
}

/** What a flow demands of the operation at one chain position (0 = first source, hops = target). */
export interface PositionNeeds {
  /** A `Req … Inf` asks this operation's masked values: it needs >= 1 of them (ToolDial's "yes"). */
  asks: boolean;
  /** How many `Req … Inf` rounds ask them (the masked values are split over the rounds). */
  askRounds: number;
  /** The intent turn states values of this operation (ICA): it needs >= 1 sayable value to give. */
  gives: boolean;
  /** A wrong call of kind schema_violation happens on this operation. */
  schemaViolation: boolean;
  /** A wrong call with a hallucinated value happens on this operation (needs asks). */
  hallucination: boolean;
  /** A redundant request re-asks a value given at intent time (needs gives). */
  redundant: boolean;
  /** This source's result lists a few candidates and the user picks one (`call Pick Inf`). */
  pick: boolean;
}

/** A flow checked and digested: what the planner needs from a chain to play it. */
export interface FlowShape {
  definition: FlowDefinition;
  steps: FlowStep[];
  /** Number of fail-inform hops (edges in the chain). */
  hops: number;
  intent: 'clear' | 'clear_add' | 'vague';
  clarify: boolean;
  suggest: boolean;
  /** Whether the flow calls the target (false for `suggest … negate` and cannot-fulfil flows). */
  callsTarget: boolean;
  /** True when no operation may serve the request (response_fail without suggest). */
  cannotFulfil: boolean;
  positions: PositionNeeds[];
}

const ERROR_KINDS: readonly SelfCorrectionKind[] = ['hallucinated_value', 'schema_violation', 'redundant_request'];
const ALL_ACTIONS = new Set<string>([...USER_ACTIONS, ...SYSTEM_ACTIONS]);

function flowError(definition: Pick<FlowDefinition, 'id'>, message: string, file?: string): DialforgeError {
  return new DialforgeError('E_CONFIG', `flow "${definition.id}": ${message}`, {
    ...(file === undefined ? {} : { file }),
    location: `flow ${definition.id}`,
  });
}

export function parseFlowSteps(definition: FlowDefinition, file?: string): FlowStep[] {
  const tokens = definition.sequence.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) throw flowError(definition, 'the sequence is empty; write actions like "ICl RC Req Inf call Resp UB SB"', file);
  return tokens.map((token, position) => {
    const [name = '', errorKind] = token.split('!');
    if (name === 'Pick' && errorKind === undefined) return { action: 'request', pick: true };
    const action = ACTION_SHORT_FORMS[name] ?? (ALL_ACTIONS.has(name) ? (name as Action) : undefined);
    if (action === undefined) {
      throw flowError(
        definition,
        `unknown token "${token}" at position ${position + 1}; use a short form (${Object.keys(ACTION_SHORT_FORMS).join(' ')} Pick) or an action name (${[...ALL_ACTIONS].join(', ')})`,
        file,
      );
    }
    if (errorKind === undefined) return { action };
    if (!ERROR_KINDS.includes(errorKind as SelfCorrectionKind)) {
      throw flowError(definition, `unknown error kind "${errorKind}" in "${token}"; use one of ${ERROR_KINDS.join(', ')}`, file);
    }
    const kind = errorKind as SelfCorrectionKind;
    if ((kind === 'redundant_request') !== (action === 'request') || (kind !== 'redundant_request' && action !== 'call')) {
      throw flowError(definition, `"${token}": ${kind} belongs on ${kind === 'redundant_request' ? 'Req' : 'call'}`, file);
    }
    return { action, error: kind };
  });
}

/** Check a flow's grammar and work out what it needs from a chain. Throws DialforgeError (E_CONFIG). */
export function analyzeFlow(definition: FlowDefinition, file?: string): FlowShape {
  if (!FLOW_FAMILIES.includes(definition.family)) {
    throw flowError(definition, `unknown family "${String(definition.family)}"; use one of ${FLOW_FAMILIES.join(', ')}`, file);
  }
  const steps = parseFlowSteps(definition, file);
  const at = (i: number): FlowStep | undefined => steps[i];
  const first = steps[0]?.action;
  if (first !== 'inform_intent_clear' && first !== 'inform_intent_clear_add' && first !== 'inform_intent_vague') {
    throw flowError(definition, 'the first action must be a user intent (ICl, ICA or IV)', file);
  }
  const hops = steps.filter((s) => s.action === 'fail_inform').length;
  const positions: PositionNeeds[] = Array.from({ length: hops + 1 }, () => ({
    asks: false,
    askRounds: 0,
    gives: false,
    schemaViolation: false,
    hallucination: false,
    redundant: false,
    pick: false,
  }));
  let focus = hops;
  let targetCalls = 0;
  let calledUpTo = -1;
  let vaguePending = first === 'inform_intent_vague';
  for (let i = 0; i < steps.length; i++) {
    const step = at(i) as FlowStep;
    const next = at(i + 1);
    const where = `position ${i + 1} (${step.action})`;
    switch (step.action) {
      case 'inform_intent_clear_add':
        positions[hops]!.gives = true;
        vaguePending = false;
        break;
      case 'inform_intent_clear':
        vaguePending = false;
        break;
      case 'clarify':
        if (!vaguePending) throw flowError(definition, `${where}: clarify must answer a vague intent`, file);
        if (next?.action !== 'inform_intent_clear' && next?.action !== 'inform_intent_clear_add') {
          throw flowError(definition, `${where}: the user must answer a clarify with ICl or ICA`, file);
        }
        break;
      case 'suggest':
        if (!vaguePending) throw flowError(definition, `${where}: suggest must answer a vague intent`, file);
        if (next?.action !== 'affirm' && next?.action !== 'negate') throw flowError(definition, `${where}: suggest must be followed by affirm or negate`, file);
        vaguePending = false;
        break;
      case 'request':
        if (step.pick) {
          if (at(i - 1)?.action !== 'call' || at(i - 1)?.error !== undefined || focus === 0 || calledUpTo !== focus - 1) throw flowError(definition, `${where}: Pick follows a source's call`, file);
          if (next?.action !== 'inform') throw flowError(definition, `${where}: the user answers a Pick with Inf`, file);
          positions[focus - 1]!.pick = true;
        } else if (step.error === 'redundant_request') {
          positions[focus]!.redundant = true;
          if (!positions[focus]!.gives) throw flowError(definition, `${where}: a redundant request needs values given earlier (ICA)`, file);
          if (next?.action !== 'inform') throw flowError(definition, `${where}: the user answers a redundant request with Inf`, file);
        } else if (next?.action === 'fail_inform') {
          if (focus === 0) throw flowError(definition, `${where}: too many FI for the chain`, file);
          if (at(i + 2)?.action !== 'retriever_call') throw flowError(definition, `${where}: FI must be followed by RC (finding the source)`, file);
        } else if (next?.action === 'inform') {
          positions[focus]!.asks = true;
          positions[focus]!.askRounds += 1;
        } else {
          throw flowError(definition, `${where}: Req must be followed by Inf or FI`, file);
        }
        break;
      case 'inform':
      case 'fail_inform':
        if (at(i - 1)?.action !== 'request') throw flowError(definition, `${where}: Inf and FI answer a Req`, file);
        if (step.action === 'fail_inform') focus -= 1;
        break;
      case 'call':
        if (step.error === 'schema_violation') positions[focus]!.schemaViolation = true;
        if (step.error === 'hallucinated_value') {
          positions[focus]!.hallucination = true;
          if (next?.action !== 'request') throw flowError(definition, `${where}: after a hallucinated call the assistant requests the value (Req)`, file);
        }
        if (step.error !== undefined) break;
        if (focus <= calledUpTo) throw flowError(definition, `${where}: this operation was already called`, file);
        calledUpTo = focus;
        if (focus === hops) targetCalls++;
        else focus += 1;
        break;
      default:
        break;
    }
  }
  if (focus !== hops) throw flowError(definition, `the flow ends before every source is called (${hops - focus} left)`, file);
  if (targetCalls > 1) throw flowError(definition, 'the target is called more than once', file);
  const hasSuggest = steps.some((s) => s.action === 'suggest');
  const failsAtEnd = steps.some((s) => s.action === 'response_fail');
  if (targetCalls === 0 && !failsAtEnd) throw flowError(definition, 'a flow that calls nothing must end in response_fail', file);
  const afterHallucination = positions.find((p) => p.hallucination);
  if (afterHallucination && !afterHallucination.asks) throw flowError(definition, 'a hallucinated call must be followed by Req Inf for the value', file);
  return {
    definition,
    steps,
    hops,
    intent: first === 'inform_intent_vague' ? 'vague' : first === 'inform_intent_clear_add' ? 'clear_add' : 'clear',
    clarify: steps.some((s) => s.action === 'clarify'),
    suggest: hasSuggest,
    callsTarget: targetCalls === 1,
    cannotFulfil: targetCalls === 0 && !hasSuggest,
    positions,
  };
}

/** The ToolDial-style short form of a flow's steps, e.g. `ICl RC Req Inf call Resp UB SB`. */
export function shortForm(steps: readonly FlowStep[]): string {
  const reverse = new Map(Object.entries(ACTION_SHORT_FORMS).map(([short, action]) => [action, short]));
  return steps.map((s) => (s.pick ? 'Pick' : (reverse.get(s.action) ?? s.action) + (s.error ? `!${s.error}` : ''))).join(' ');
}

/**
 * Read a user flow file (JSON or YAML): `{ "flows": [FlowDefinition, …] }` or a bare list. Each entry needs
 * `id`, `family` and `sequence`; `weight`, `description` and `tooldial` are optional. Every flow is checked
 * with `analyzeFlow`, so a bad token or an impossible order is reported with the file and the flow id.
 */
export function parseFlowTable(text: string, file: string): FlowDefinition[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (cause) {
    throw new DialforgeError('E_PARSE', `${file}: not valid YAML/JSON (${(cause as Error).message}); fix the syntax`, { file, cause });
  }
  const list = Array.isArray(data) ? data : (data as { flows?: unknown } | null)?.flows;
  if (!Array.isArray(list)) throw new DialforgeError('E_CONFIG', `${file}: expected a list of flows or {flows: [...]}`, { file });
  return list.map((entry, i) => {
    const location = `flows[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new DialforgeError('E_CONFIG', `${file} ${location}: each flow is an object with id, family and sequence`, { file, location });
    const { id, family, sequence, weight, description, tooldial } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || typeof sequence !== 'string' || typeof family !== 'string') {
      throw new DialforgeError('E_CONFIG', `${file} ${location}: "id", "family" and "sequence" must be non-empty strings`, { file, location });
    }
    if (weight !== undefined && (typeof weight !== 'number' || !(weight >= 0))) {
      throw new DialforgeError('E_CONFIG', `${file} ${location}: "weight" must be a number >= 0`, { file, location });
    }
    const definition: FlowDefinition = { id, family: family as FlowFamily, sequence };
    if (typeof weight === 'number') definition.weight = weight;
    if (typeof description === 'string') definition.description = description;
    if (typeof tooldial === 'number') definition.tooldial = tooldial;
    analyzeFlow(definition, file);
    return definition;
  });
}

export function loadFlowTable(file: string): FlowDefinition[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot read flow file ${file}: ${(cause as Error).message}`, { file, cause });
  }
  return parseFlowTable(text, file);
}
