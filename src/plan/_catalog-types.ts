/** Types of the plan catalog that its phases share (kept apart so `_intents.ts` and `catalog.ts` do not import each other). */
import type { JsonSchema, Operation, Param } from '../specs/types.ts';
import type { RecordOperation } from './types.ts';

/** A parameter as dialogues use it. */
export interface PlanParam extends Omit<Param, 'in' | 'schema'> {
  /** The param's JSON Schema with its description, enum and default folded in. */
  schema: JsonSchema;
  /** Scalar or list of scalars: a person can say it. */
  sayable: boolean;
  /** An id, code, index or coordinate: a person would not know it (may be failed and chained). */
  idLike: boolean;
  /** Something can go wrong in its schema (type, enum, format, bounds): usable for schema_violation. */
  violable: boolean;
}

export interface PlanOperation {
  id: string;
  operation: Operation;
  /** Dialogue parameters: credentials, headers and cookies left out (as the graph does). */
  params: PlanParam[];
  required: PlanParam[];
  /** Optional parameters a user could volunteer. */
  optional: PlanParam[];
  record: RecordOperation;
}

/** `unkeyed`: a clear phrase that names no required input after "by"/"with" (the user of a fail-inform flow lacks it). */
export type IntentKind = 'clear' | 'suggest' | 'clarify' | 'lookup' | 'unkeyed';

/**
 * The sentences a realizer may open a dialogue with (no greeting), best first. Given, the planner expects a
 * retriever verdict (clear, suggest, clarify) only from one of them, so the plan's words can be said.
 */
export interface IntentSpeech {
  /** Clear requests for the operation. */
  clear(op: RecordOperation): readonly string[];
  /** Vague openings about its topic. */
  vague(op: RecordOperation): readonly string[];
}
