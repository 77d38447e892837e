/**
 * The canonical dialogue record (one JSON object per line of dialogues.jsonl) and the plan it grows from.
 * A DialoguePlan is a record whose utterances are not written yet (`text` absent); the realizer fills
 * `text` and nothing else. The published schema is schemas/dialogue.schema.json; test/record-schema.test.ts
 * keeps the two in step.
 */
import type { EdgeKind } from '../graph/types.ts';
import type { JsonSchema } from '../specs/types.ts';

export const USER_ACTIONS = [
  'inform_intent_clear',
  'inform_intent_clear_add',
  'inform_intent_vague',
  'inform',
  'fail_inform',
  'affirm',
  'negate',
  'user_bye',
  'inform_intent_re',
] as const;
export const SYSTEM_ACTIONS = [
  'retriever_call',
  'request',
  'clarify',
  'suggest',
  'call',
  'response',
  'response_fail',
  'system_bye',
] as const;
export type UserAction = (typeof USER_ACTIONS)[number];
export type SystemAction = (typeof SYSTEM_ACTIONS)[number];
export type Action = UserAction | SystemAction;

/** Flow families: ToolDial's 20 flows grouped, plus our extensions. */
export const FLOW_FAMILIES = [
  'clear_request', // ToolDial 1, 2: clear intent, request masked values, call
  'vague_clarify', // ToolDial 3, 6, 14: vague intent, clarify, then clear
  'suggest', // ToolDial 4, 5: vague intent, suggest, affirm/negate
  'fail_inform', // ToolDial 7-12, 15-20: user cannot give an ID-like value; chain through a source operation
  'no_ask', // ToolDial 13 and the no-over-asking negative: everything given, call at once
  'partial_mask', // AskToAct: some values given, k >= 1 omitted and requested
  'multi_hop', // fail-inform resolved through two or more edges
  'self_correction', // an assistant error and its fix
  'cannot_fulfil', // no operation serves the request
] as const;
export type FlowFamily = (typeof FLOW_FAMILIES)[number];

export type SlotSource = 'given' | 'asked' | 'chained' | 'default';

/** Where the value of one parameter of one operation comes from. */
export interface Slot {
  operation: string;
  param: string;
  value: unknown;
  source: SlotSource;
  required: boolean;
  /** For `chained`: the earlier operation and output field that supplies the value. */
  from?: { operation: string; field: string };
}

export interface ParamRef {
  operation: string;
  param: string;
}

export type DialogueState =
  | { api_confirmed: false; api_status: 'none' }
  | {
      api_confirmed: true;
      api_status: {
        operation: string;
        /** Known values; `null` while unknown. */
        required_parameters: Record<string, unknown>;
        optional_parameters: Record<string, unknown>;
      };
    };

export type SelfCorrectionKind = 'hallucinated_value' | 'schema_violation' | 'redundant_request';

export interface UserTurn {
  speaker: 'user';
  action: UserAction;
  text?: string;
  /** Values this turn states (their values are in `slots`). */
  informs?: ParamRef[];
  /** For fail_inform: the requested values the user does not know. */
  unknown?: ParamRef[];
}

export interface ToolCall {
  /** Unique within the dialogue; the tool turn answering it carries the same id. */
  id: string;
  operation: string;
  arguments: Record<string, unknown>;
}

export interface AssistantTurn {
  speaker: 'assistant';
  action: SystemAction;
  text?: string;
  thought?: string;
  /** retriever_call: the query sent and the ranked results the retriever really returned. */
  query?: string;
  retrieved?: { operation: string; score: number }[];
  /** request: the values asked for. */
  request?: ParamRef[];
  /** suggest: the operation proposed. */
  suggest?: string;
  call?: ToolCall;
  state: DialogueState;
  /** Set on a wrong turn of a self-correction dialogue; such a turn is excluded from training. */
  error?: { kind: SelfCorrectionKind; note: string };
  train?: boolean;
  /** Index (in `turns`) of the wrong turn this one fixes. */
  corrects?: number;
}

export interface ToolTurn {
  speaker: 'tool';
  operation: string;
  call_id: string;
  status: 'ok' | 'error';
  result: unknown;
  /** Keys of the result's amounts held in minor units (Adyen's `value` 136000 CAD is 1360.00 CAD); absent when none. */
  minor_units?: string[];
}

export type Turn = UserTurn | AssistantTurn | ToolTurn;

/** The operation as it appears in a record: enough to build tool definitions without the specs. */
export interface RecordOperation {
  name: string;
  api: string;
  category?: string;
  description: string;
  method: string;
  path: string;
  /** JSON Schema object of the inputs: `{type: "object", properties, required}`. */
  parameters: JsonSchema;
}

export interface DialogueRecord {
  id: string;
  seed: number;
  index: number;
  /** The flow's id in the flow table, e.g. `tooldial_07`. */
  flow: string;
  family: FlowFamily;
  edge_type: EdgeKind | null;
  operations: Record<string, RecordOperation>;
  /** Operations in call order: source(s) first, target last. */
  chain: string[];
  slots: Slot[];
  turns: Turn[];
  /** The assistant's tool list (generate --tools): listed operation ids in order, and how they were chosen. */
  tools?: { mode: 'retrieved' | 'api' | 'catalog-sample'; operations: string[] };
  /** Definitions of listed operations the dialogue does not use (retriever distractors, a catalog sample). */
  candidates?: Record<string, RecordOperation>;
  meta: {
    generator: string;
    realizer: string;
    split?: string;
    self_correction?: SelfCorrectionKind;
    /** True when an LLM realization failed its checks and the template text was kept. */
    template_fallback?: boolean;
  };
}

/** A record before realization: every `text` may be missing. */
export type DialoguePlan = DialogueRecord;
