/**
 * The intent phrases of an operation the retriever agrees with, per kind, worked out on demand. With the
 * realizer's `IntentSpeech`, a clear or vague phrase is one of the sentences the realizer may really say, so the
 * verdict the plan expects is one its words can reach; without it (plans made with no realizer in view), the
 * operation's summary, description, name and API title are tried.
 */
import { deprecated29 } from './_deprecated29.ts';
import type { Operation } from '../specs/types.ts';
import type { IntentKind, IntentSpeech, PlanOperation } from './_catalog-types.ts';
import { nameWords } from './_params.ts';
import { contradictsEffect } from './_ask.ts';
import { classifyQuery, contentTerms, type CatalogRetriever, type QueryVerdict } from './retriever.ts';

function sentenceOf(text: string | undefined, words: number): string | undefined {
  if (!text) return undefined;
  const first = text.split(/(?<=[.!?])\s|\n/)[0]?.replace(/[.!?:;,]+$/, '').trim();
  if (!first) return undefined;
  const parts = first.split(/\s+/);
  return parts.slice(0, words).join(' ');
}

function phraseSources(o: Operation): { summary: string | undefined; described: string | undefined; named: string } {
  return { summary: sentenceOf(o.summary, 14), described: sentenceOf(o.description, 16), named: nameWords(o.name) };
}

type Verdicts = (text: string) => QueryVerdict | undefined;

/** Clear, suggest and clarify phrases for one operation, from the realizer's sentences. */
function spokenPhrases(op: PlanOperation, kind: 'clear' | 'vague', speech: IntentSpeech, verdictOf: Verdicts): Partial<Record<IntentKind, string | null>> {
  const id = op.id;
  if (kind === 'clear') {
    const clear = speech.clear(op.record).find((text) => {
      if (contradictsEffect(text, op.operation.effect)) return false;
      const verdict = verdictOf(text);
      return verdict?.clarity === 'clear' && verdict.results[0]?.operation === id;
    });
    return { clear: clear ?? null };
  }
  let suggest: string | null = null;
  let clarify: string | null = null;
  for (const text of speech.vague(op.record)) {
    if (contradictsEffect(text, op.operation.effect)) continue;
    const verdict = verdictOf(text);
    if (verdict?.clarity !== 'ambiguous') continue;
    if (suggest === null && verdict.results[0]?.operation === id && !deprecated29(op)) suggest = text;
    if (clarify === null && verdict.results.some((r) => r.operation === id)) clarify = text;
    if (suggest !== null && clarify !== null) break;
  }
  return { suggest, clarify };
}

const QUALIFIERS = new Set(['by', 'with', 'using', 'via']);

/**
 * Whether a phrase names one of the operation's required inputs as how the thing is found ("get a track by its
 * ID", "find a user with the track id"): a user who then says they lack that value contradicts it (QUALITY.md J).
 */
export function namesKey(text: string, op: PlanOperation): boolean {
  const words = text.toLowerCase().split(/[^a-z0-9']+/);
  const heads = new Set(op.required.map((p) => nameWords(p.name).toLowerCase().split(' ').pop() ?? ''));
  for (let k = 0; k < words.length; k++) {
    if (!QUALIFIERS.has(words[k] as string)) continue;
    for (let m = k + 1; m <= k + 3 && m < words.length; m++) if (heads.has(words[m] as string)) return true;
  }
  return false;
}

/** The first of the realizer's clear sentences the retriever agrees with and that names no required input. */
function unkeyedPhrase(op: PlanOperation, speech: IntentSpeech, verdictOf: Verdicts): string | null {
  for (const text of speech.clear(op.record)) {
    if (namesKey(text, op) || contradictsEffect(text, op.operation.effect)) continue;
    const verdict = verdictOf(text);
    if (verdict?.clarity === 'clear' && verdict.results[0]?.operation === op.id) return text;
  }
  return null;
}

/** The planner's own phrases (no realizer in view): summary, description, name and API title. */
function plannedPhrases(op: PlanOperation, kind: 'clear' | 'vague', verdictOf: Verdicts): Partial<Record<IntentKind, string | null>> {
  const o = op.operation;
  const { summary, described, named } = phraseSources(o);
  if (kind === 'clear') {
    for (const text of [summary, described, summary && `${summary} ${o.api.title}`, `${named} ${o.api.title}`]) {
      const verdict = text && !contradictsEffect(text, o.effect) ? verdictOf(text) : undefined;
      if (verdict?.clarity === 'clear' && verdict.results[0]?.operation === op.id) return { clear: text as string };
    }
    return { clear: null };
  }
  let suggest: string | null = null;
  let clarify: string | null = null;
  const base = summary ?? described ?? named;
  const words = base.split(/\s+/).filter((w) => contentTerms(w).length > 0);
  for (const text of [o.api.title, o.api.category, o.tags?.[0], words[words.length - 1], words[0]]) {
    const verdict = text ? verdictOf(text) : undefined;
    if (verdict?.clarity !== 'ambiguous') continue;
    if (suggest === null && verdict.results[0]?.operation === op.id && !deprecated29(op)) suggest = text as string;
    if (clarify === null && verdict.results.some((r) => r.operation === op.id)) clarify = text as string;
    if (suggest !== null && clarify !== null) break;
  }
  return { suggest, clarify };
}

/** Per operation and kind, the phrase the retriever agrees with (undefined when none); each worked out on first use. */
export function intentFinder(byId: Map<string, PlanOperation>, retriever: CatalogRetriever, speech?: IntentSpeech): (operationId: string, kind: IntentKind) => string | undefined {
  // Each kind of phrase is worked out on first use only: on a 45,000-operation catalog a search costs
  // milliseconds, and most operations never need a vague phrase.
  const intentParts = new Map<string, Partial<Record<IntentKind, string | null>>>();
  // Templates differ mostly in stop words: sentences with the same index terms get the same verdict.
  const byTerms = new Map<string, QueryVerdict | undefined>();
  const verdictOf: Verdicts = (text) => {
    const terms = contentTerms(text);
    if (terms.length === 0) return undefined;
    const key = terms.join(' ');
    if (!byTerms.has(key)) {
      if (byTerms.size > 50000) byTerms.clear();
      byTerms.set(key, classifyQuery(retriever, text));
    }
    return byTerms.get(key);
  };
  const intent = (operationId: string, kind: IntentKind): string | undefined => {
    let parts = intentParts.get(operationId);
    if (!parts) {
      parts = {};
      intentParts.set(operationId, parts);
    }
    if (kind in parts) return parts[kind] ?? undefined;
    const op = byId.get(operationId);
    if (!op) return undefined;
    if (kind === 'lookup') {
      // The source's query is the assistant's own (after fail_inform): any phrase that finds it among the results.
      // It is the planner's phrase whatever the realizer says: the assistant searches with its own words.
      parts.lookup = plannedPhrases(op, 'clear', verdictOf).clear ?? null;
      if (parts.lookup === null) {
        const { summary, described, named } = phraseSources(op.operation);
        for (const text of [summary, described, `${named} ${op.operation.api.title}`]) {
          if (text && retriever.search(text, 5).some((r) => r.operation === operationId)) {
            parts.lookup = text;
            break;
          }
        }
      }
    } else if (kind === 'unkeyed') {
      const clear = 'clear' in parts ? (parts.clear ?? undefined) : intent(operationId, 'clear');
      parts.unkeyed = clear !== undefined && !namesKey(clear, op) ? clear : (speech ? unkeyedPhrase(op, speech, verdictOf) : null) ?? null;
    } else {
      const group = kind === 'clear' ? 'clear' : 'vague';
      Object.assign(parts, speech ? spokenPhrases(op, group, speech, verdictOf) : plannedPhrases(op, group, verdictOf));
    }
    return parts[kind] ?? undefined;
  };
  return intent;
}
