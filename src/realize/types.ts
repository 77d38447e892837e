/** The realizer interface: a plan in, the same plan with words out. The template realizer is the default. */
import type { DialoguePlan, DialogueRecord } from '../plan/types.ts';

export interface RetrievalHit {
  operation: string;
  score: number;
}

/** What the realizer needs from a retriever: ranked operations for a text (the planner's BM25 index). */
export interface RetrieverLike {
  search(text: string, k?: number): RetrievalHit[];
}

/**
 * The planner's verdict rules on an intent text (what the retriever makes of it). The realizer keeps only
 * phrasings the verdict agrees with, so a clear intent really retrieves its operation first, a vague one really
 * is ambiguous, and so on. Without a judge, a clear intent must just rank its operation first.
 */
export interface IntentJudge {
  clear(text: string, operation: string): boolean;
  vague(text: string, operation: string): boolean;
  suggests(text: string, operation: string): boolean;
  outOfScope(text: string): boolean;
}

export interface RealizeContext {
  /** Searched by retriever_call turns with the realized text; without one, `retrieved` is left as planned. */
  retriever?: RetrieverLike;
  judge?: IntentJudge;
}

export interface Realizer {
  /** Goes to `meta.realizer`: `template` or `llm:<model>`. */
  readonly name: string;
  realize(plan: DialoguePlan, ctx?: RealizeContext): DialogueRecord | Promise<DialogueRecord>;
}
