/**
 * A memoising view of a retriever. Realizing tries many phrasings and checking re-runs every recorded search; the
 * same texts come back dialogue after dialogue (same templates over the same operations), so answers are cached.
 * The retriever is a pure function of the text, so caching never changes a result. Caches are bounded.
 */

export interface RetrievalHit {
  operation: string;
  score: number;
}

/** What a realizer or the checker needs from a retriever: ranked operations for a text (the planner's BM25 index). */
export interface RetrieverLike {
  search(text: string, k?: number): RetrievalHit[];
}

const MAX_ENTRIES = 50_000;
const views = new WeakMap<object, RetrieverLike>();

type WithFraction = RetrieverLike & { matchedFraction(text: string, operationId: string): number };

export function cachedRetriever<R extends RetrieverLike>(retriever: R): R {
  const existing = views.get(retriever);
  if (existing) return existing as R;
  const searches = new Map<string, RetrievalHit[]>();
  const fractions = new Map<string, number>();
  const view: RetrieverLike & Partial<WithFraction> = {
    ...retriever,
    search(text: string, k = 5): RetrievalHit[] {
      const key = `${k}\u0000${text}`;
      let hits = searches.get(key);
      if (!hits) {
        if (searches.size >= MAX_ENTRIES) searches.clear();
        hits = retriever.search(text, k);
        searches.set(key, hits);
      }
      return hits.map((h) => ({ ...h }));
    },
  };
  if ('matchedFraction' in retriever && typeof (retriever as WithFraction).matchedFraction === 'function') {
    view.matchedFraction = (text: string, operationId: string): number => {
      const key = `${operationId}\u0000${text}`;
      let fraction = fractions.get(key);
      if (fraction === undefined) {
        if (fractions.size >= MAX_ENTRIES) fractions.clear();
        fraction = (retriever as WithFraction).matchedFraction(text, operationId);
        fractions.set(key, fraction);
      }
      return fraction;
    };
  }
  views.set(retriever, view);
  views.set(view, view);
  return view as R;
}
