/**
 * Requests phrased from identifiers instead of meaning (QUALITY.md A, G):
 * - `unspelled_product`: an API named by its glued slug with a capital stuck on ("Openfga", "Motorsportapi") where
 *   the operation's own text never writes it so: a product is said the way its spec spells it, or not at all;
 * - `noun_verb_request`: a name that opens with a noun-verb read as "get the estimate ownership cost", "get the
 *   forecast weather": the thing is "the ownership cost estimate", "the weather forecast";
 * - `torn_brand`: a documented brand or acronym torn apart by identifier splitting ("an im db ID" for "IMDb ID");
 * - `input_doc_request`: a request made of an input's documentation ("get the required order", from "Required
 *   {order}."), which asks for nothing.
 * Reads only the record; shares nothing with the planner or the realizer.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const INTENTS15_INVARIANTS = ['unspelled_product', 'noun_verb_request', 'torn_brand', 'input_doc_request'] as const satisfies readonly InvariantId[];

/** "get the forecast weather", "fetch the estimate ownership cost": not "the forecast for Paris", "the estimate is". */
const NOUN_VERB = /\b(?:get|fetch|see|check|want|need) the (?:estimate|forecast)s? (?!for\b|of\b|in\b|on\b|at\b|from\b|to\b|by\b|with\b|and\b|or\b|near\b|is\b|was\b|are\b|please\b)[a-z]+/i;
/** Where a request names the API ("With X, can you …", "I need X to …", "… using X?", "… on X."). */
const API_FRAME = /\b(?:[Ww]ith|use|using|need|on) ([A-Z][a-z0-9]{6,})(?=[ ,.?!]|$)/g;
const INPUT_DOC = /\b(?:get|list|fetch|find|see|show) (?:me )?the (?:required|optional|mandatory) [a-z]+\b/i;
/** A brand's spelling in prose: small letters with a run of capitals ("IMDb", "OpenFGA", "TMDb", "TLDs"). */
const BRAND = /\b[A-Za-z]*[a-z][A-Za-z]*\b/g;

/** brandsOf, kept per operation object (the records of one run share their operations). */
const brandsByOperation = new WeakMap<RecordOperation, string[]>();

function brandsOf(op: RecordOperation): string[] {
  let brands = brandsByOperation.get(op);
  if (!brands) {
    brands = findBrands(op);
    brandsByOperation.set(op, brands);
  }
  return brands;
}

function findBrands(op: RecordOperation): string[] {
  const inputs = Object.values(op.parameters.properties ?? {}).map((p) => (p && typeof p === 'object' && typeof (p as { description?: unknown }).description === 'string' ? (p as { description: string }).description : ''));
  return ([op.description, ...inputs].join(' ').match(BRAND) ?? []).filter((w) => /[A-Z]{2}/.test(w) && /[a-z]/.test(w) && !/(?:ID|IDs|Id|URL|URI|API|Api|JSON|XML|HTML|HTTP)$|^(?:HTTP|URL|XML|JSON|API|ID)[A-Z]?[a-z]/.test(w));
}

/** The user's words and the assistant's echo (text, thought, query), with the turn index. */
function spoken(record: DialogueRecord): [number, string][] {
  const out: [number, string][] = [];
  record.turns.forEach((turn, i) => {
    for (const [, text] of utterances(turn)) if (text) out.push([i, text]);
  });
  return out;
}

export function checkIntents15(record: DialogueRecord, add: Add): void {
  const ops = Object.values(record.operations);
  const slugs = new Map<string, RecordOperation>();
  for (const op of ops) {
    const slug = (op.api.split('__')[0] ?? op.api).toLowerCase();
    if (/^[a-z0-9]{7,}$/.test(slug)) slugs.set(slug, op);
  }
  const torn = new Map<string, string>();
  for (const op of ops) for (const brand of brandsOf(op)) torn.set(brand.toLowerCase(), brand);
  for (const [i, text] of spoken(record)) {
    for (const [, word] of text.matchAll(API_FRAME)) {
      const slug = (word as string).toLowerCase();
      if (!slugs.has(slug)) continue;
      // "Motorsportapi" glues "api" on; "Openfga" where the record writes "OpenFGA" or "OPENFGA_…": the spec spells it otherwise.
      const otherwise = /[a-z]{4}api$/.test(slug) || ops.some((op) => (op.description.match(/[A-Za-z0-9]+/g) ?? []).some((w) => w.toLowerCase() === slug && w !== word));
      if (otherwise) add('unspelled_product', i, `the API is named "${word}" from its slug; its spec spells it otherwise (say the spec's spelling or leave the product out)`);
    }
    const verb = NOUN_VERB.exec(text);
    if (verb) add('noun_verb_request', i, `"${verb[0]}" reads a noun-verb name word by word: say what is estimated or forecast ("the weather forecast")`);
    const doc = INPUT_DOC.exec(text);
    if (doc) add('input_doc_request', i, `"${doc[0]}" is an input's documentation, not a request`);
    if (torn.size > 0) {
      const words = text.split(/\s+/);
      for (let w = 0; w + 1 < words.length; w += 1) {
        const pair = `${words[w]}${words[w + 1]}`;
        const brand = /^[a-z]+[A-Za-z]*$/.test(words[w] ?? '') && /^[a-zA-Z]+$/.test(words[w + 1] ?? '') ? torn.get(pair.toLowerCase()) : undefined;
        if (brand) add('torn_brand', i, `"${words[w]} ${words[w + 1]}" tears apart "${brand}", which the spec writes as one word`);
      }
    }
  }
}
