/** The realizer interface: a plan in, the same plan with words out. The template realizer is the default. */
import type { DialoguePlan, DialogueRecord, RetrieverLike } from '../plan/index.ts';

export type { RetrievalHit, RetrieverLike } from '../plan/index.ts';

export interface RealizeContext {
  /**
   * The catalog retriever (src/plan's `createRetriever`), searched by retriever_call turns with the realized user
   * text. With the planner's retriever (it has `matchedFraction`), phrasings are kept only when the retriever's
   * verdict agrees with the plan (`retrievalAgrees`); with a plain one, a clear intent must rank its operation
   * first. Without a retriever, the planned `query` and `retrieved` are kept.
   */
  retriever?: RetrieverLike;
}

export interface Realizer {
  /** Goes to `meta.realizer`: `template` or `llm:<model>`. */
  readonly name: string;
  realize(plan: DialoguePlan, ctx?: RealizeContext): DialogueRecord | Promise<DialogueRecord>;
}

/**
 * One realizer in the registry (`src/realize/realizers/`): its name for `--realizer`, a line for the help,
 * whether it may run in worker threads, and how to make it from its own options.
 */
export interface RealizerModule<Options = void, Made = Realizer> {
  readonly name: string;
  /** The help text's words for it, e.g. `template (default, offline)`. */
  readonly summary: string;
  /** True when it is a pure function of the plan, so generate may spread it over worker threads. */
  readonly workers: boolean;
  create(options: Options): Made;
}
