/**
 * The catalog retriever: BM25F over each operation's name, summary, description, API
 * title, tags and path words, with English stop words removed and Porter stemming. `retriever_call` turns
 * record what it really returns, and the planner only plans a clear / vague / suggest / cannot-fulfil turn
 * when the retriever's verdict on the intent phrase agrees (see `classifyQuery`).
 */
import { stemmer } from 'stemmer';
import type { Operation } from '../specs/types.ts';
import { Bm25Index } from './_bm25.ts';

export interface RetrievedOperation {
  operation: string;
  score: number;
}

export interface Retriever {
  /** Best `k` operations for `text`, best first; scores are BM25, rounded to 4 decimals. */
  search(text: string, k?: number): RetrievedOperation[];
  /** Number of operations indexed. */
  readonly size: number;
}

/** Words that carry no intent: English function words, chat filler and verbs every API summary uses. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have how i i\'d i\'m if in into is it its ' +
    'me my of on or our please so some than that the their them then there these this those to up us was we were ' +
    'what when where which who whom why will with would you your yours want wants need needs like help hello hi hey ' +
    'thanks thank just also any all about get gets getting fetch fetches retrieve retrieves return returns show ' +
    'find look let know tell give use using via api apis endpoint endpoints operation request information info data ' +
    'something anything thing things kind sort stuff able should may might one'
  ).split(/\s+/),
);

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Split camelCase, snake_case, kebab-case and punctuation; lower-case. */
export function tokenize(text: string): string[] {
  const lower = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  // Lower-cased ASCII has no letters or digits but a-z and 0-9: the plain split gives the same tokens, faster
  // than the Unicode one (every query and every indexed text passes here).
  const parts = ASCII_ONLY.test(lower) ? lower.split(/[^a-z0-9']+/) : lower.split(/[^\p{L}\p{N}']+/u);
  const out: string[] = [];
  for (const part of parts) {
    const token = part.includes("'") ? part.replace(/^'+|'+$/g, '') : part;
    if (token.length > 0) out.push(token);
  }
  return out;
}

/** Stems of tokens seen before: the same few thousand words recur in every query, and stemming is a pure function. */
const stems = new Map<string, string | null>();

/** The index form of one token: null for a stop word, else its Porter stem. */
export function processTerm(term: string): string | null {
  let stem = stems.get(term);
  if (stem === undefined) {
    const lower = term.toLowerCase();
    stem = STOP_WORDS.has(lower) || lower.length < 2 ? null : stemmer(lower);
    if (stems.size >= 100_000) stems.clear();
    stems.set(term, stem);
  }
  return stem;
}

/** The distinct index terms of a text (what the retriever matches on). */
export function contentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.add(term);
  }
  return [...terms];
}

/** A result with the share of the query's content terms the operation matched. */
export interface DetailedResult extends RetrievedOperation {
  matched: number;
}

export interface CatalogRetriever extends Retriever {
  /** Like `search`, with `matched` (share of the query's content terms found in the operation). */
  detailed(text: string, k?: number): DetailedResult[];
  /** Share of the text's content terms that occur in the operation's indexed text (0 when unknown). */
  matchedFraction(text: string, operationId: string): number;
}

function pathWords(path: string): string {
  return path
    .split('/')
    .filter((part) => part !== '' && !part.startsWith('{') && !part.startsWith(':'))
    .join(' ');
}

/** Index terms of a text, repeats kept (they are term frequencies). */
function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/** Field boosts: a summary says what an operation does better than anything else. */
const BOOSTS = { name: 1.5, summary: 2, description: 1, api: 0.6, extra: 0.6 } as const;

/** Build the BM25 index once; `search` is then a pure function of the text. */
export function createRetriever(operations: readonly Operation[]): CatalogRetriever {
  const ids = operations.map((op) => op.id);
  const index = new Bm25Index(
    operations.map((op) => [
      { terms: indexTerms(op.name), boost: BOOSTS.name },
      { terms: indexTerms(op.summary ?? ''), boost: BOOSTS.summary },
      { terms: indexTerms((op.description ?? '').slice(0, 600)), boost: BOOSTS.description },
      { terms: indexTerms([op.api.title, op.api.name, op.api.category ?? ''].join(' ')), boost: BOOSTS.api },
      { terms: indexTerms([...(op.tags ?? []), pathWords(op.path)].join(' ')), boost: BOOSTS.extra },
    ]),
  );
  const byId = new Map(ids.map((id, i) => [id, i]));
  // Answers by the query's terms (joined once per text: the joined string's hash is then computed once), then k.
  const cache = new Map<string, Map<number, DetailedResult[]>>();
  const termsOfText = new Map<string, { terms: string[]; key: string }>();
  const rank = (terms: string[], k: number): DetailedResult[] =>
    index.search(terms, k).map((hit) => ({
      operation: ids[hit.doc] as string,
      score: Math.round(hit.score * 10000) / 10000,
      matched: hit.matched,
    }));
  const detailed = (text: string, k = 5): DetailedResult[] => {
    // The answer depends on the query's terms alone, and these repeat far more than texts do (one phrase per
    // operation in many templates, with and without a greeting): answers are kept by terms; the index never changes.
    // The same text is asked again soon after (the realizer, then the checker, on a query it wrote): its terms are kept.
    let query = termsOfText.get(text);
    if (!query) {
      const terms = contentTerms(text);
      query = { terms, key: terms.join(' ') };
      if (termsOfText.size > 20000) termsOfText.clear();
      termsOfText.set(text, query);
    }
    let byK = cache.get(query.key);
    if (!byK) {
      if (cache.size > 20000) cache.clear();
      byK = new Map();
      cache.set(query.key, byK);
    }
    let answer = byK.get(k);
    if (!answer) {
      answer = rank(query.terms, k);
      byK.set(k, answer);
    }
    return answer;
  };
  return {
    size: operations.length,
    search(text: string, k = 5): RetrievedOperation[] {
      return detailed(text, k).map((r) => ({ operation: r.operation, score: r.score }));
    },
    detailed,
    matchedFraction(text: string, operationId: string): number {
      const i = byId.get(operationId);
      if (i === undefined) return 0;
      return index.matchedFraction(contentTerms(text), i);
    },
  };
}

/** How a query reads to the retriever. */
export type QueryClarity = 'clear' | 'ambiguous' | 'none';

export interface QueryVerdict {
  clarity: QueryClarity;
  /** The ranked results the verdict was made on. */
  results: RetrievedOperation[];
}

/**
 * Thresholds of the verdict. `clear`: the best result beats the second by `clearRatio` (or stands alone)
 * and matches at least `minMatched` of the query's content terms. `none`: no result, or the best matches
 * fewer than `minMatched` of them. Anything else is `ambiguous`.
 */
export const RETRIEVAL_THRESHOLDS = { clearRatio: 1.25, minMatched: 0.5, k: 5 } as const;

/** What `classifyQuery` needs: `search` plus `matchedFraction` (`detailed` is used when present, it is faster). */
export type ClassifyingRetriever = Retriever & Pick<CatalogRetriever, 'matchedFraction'> & Partial<Pick<CatalogRetriever, 'detailed'>>;

export function classifyQuery(retriever: ClassifyingRetriever, text: string): QueryVerdict {
  let results: RetrievedOperation[];
  let matched: number;
  if (retriever.detailed) {
    const detailed = retriever.detailed(text, RETRIEVAL_THRESHOLDS.k);
    results = detailed.map((r) => ({ operation: r.operation, score: r.score }));
    matched = detailed[0]?.matched ?? 0;
  } else {
    results = retriever.search(text, RETRIEVAL_THRESHOLDS.k);
    matched = results[0] ? retriever.matchedFraction(text, results[0].operation) : 0;
  }
  const top = results[0];
  if (!top || matched < RETRIEVAL_THRESHOLDS.minMatched) return { clarity: 'none', results };
  const second = results[1];
  const clear = !second || top.score >= second.score * RETRIEVAL_THRESHOLDS.clearRatio;
  return { clarity: clear ? 'clear' : 'ambiguous', results };
}


/** A clear intent for `operationId`: the retriever ranks it first, clearly ahead of the rest. */
export function intentIsClear(retriever: ClassifyingRetriever, text: string, operationId: string): boolean {
  const verdict = classifyQuery(retriever, text);
  return verdict.clarity === 'clear' && verdict.results[0]?.operation === operationId;
}

/** A vague intent the assistant must clarify: relevant results, no clear winner, `operationId` among them. */
export function intentIsVague(retriever: ClassifyingRetriever, text: string, operationId: string): boolean {
  const verdict = classifyQuery(retriever, text);
  return verdict.clarity === 'ambiguous' && verdict.results.some((r) => r.operation === operationId);
}

/** A vague intent for which suggesting `operationId` follows the retriever: ambiguous, but it ranks first. */
export function intentSuggests(retriever: ClassifyingRetriever, text: string, operationId: string): boolean {
  const verdict = classifyQuery(retriever, text);
  return verdict.clarity === 'ambiguous' && verdict.results[0]?.operation === operationId;
}

/** Nothing in the catalog serves the text (cannot-fulfil flows). */
export function intentIsOutOfScope(retriever: ClassifyingRetriever, text: string): boolean {
  return classifyQuery(retriever, text).clarity === 'none';
}
