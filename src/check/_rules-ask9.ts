/**
 * How the assistant asks and what the user volunteers (QUALITY.md H, J). The checker's own reading of the record;
 * it shares nothing with the planner.
 * - `search_query_named`: a search term is never asked for or told as "the search query" / "the search term" when
 *   the thing searched is known — the call's kind switch names one kind (`type: ["playlist"]`) or the operation's
 *   name does ("autocomplete places"): the assistant asks for the playlist's name, the place.
 * - `volunteered_paging`: the user never states a page, a cursor, an offset or a number of results ("the maximum
 *   number of results is 10"), by its name or by its description ("Limit returned items"): the assistant sets it.
 * - `raw_coordinates`: the user never states or is asked raw coordinates ("the dropoff latitude is 55.9521"): a
 *   person names a place or an address, and the coordinates come from a lookup.
 * - `optional_text_asked`: the assistant never asks for an optional free text (a note, a comment, a message) as if
 *   the call needed it ("the order ID, the reason and the note"): the user adds one or not.
 */
import type { DialogueRecord, ParamRef, RecordOperation } from '../plan/types.ts';
import { identifierWords } from '../text/index.ts';
import type { InvariantId, Violation } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

export const ASK9_INVARIANTS = ['search_query_named', 'volunteered_paging', 'raw_coordinates', 'optional_text_asked'] as const satisfies readonly InvariantId[];

type Schema = { description?: unknown };

// Kept per name: the same parameter names recur in every record.
const words = keyWords;
const TERM = /^(q|query|search|search_query|search_term|searchterm|term|text)$/;
const KIND = /^(type|types|kind|kinds|search_type|result_type)$/;
const SEARCH_VERB = /^(search|searches|autocomplete|find|lookup|suggest)$/;
const NO_KIND = /^(for|by|all|any|everything|results|items|entries|suggestions|keywords|terms|queries)$/;
const SAID_AS_QUERY = /\b(?:search query|search term|search string|query string|the query)\b/i;
const PAGING_NAME = /(^|_)(page|page_number|page_no|page_token|cursor|offset|skip|limit|per_page|page_size|pagesize|max_results|maxresults|max_items|num_results|number_of_results|start_index)$/;
const PAGING_DESCRIPTION = /^\s*(?:the\s+)?(?:limit\s+(?:the\s+)?(?:returned|number|results|items|count)|max(?:imum)?\.?\s+(?:number|count|amount)\s+of\s+(?:results|items|records|entries|rows|hits)|(?:number|count)\s+of\s+(?:results|items|records|entries|rows|hits)\s+(?:to|per|returned|on)\b|(?:results|items|records|entries)\s+per\s+page|page\s+(?:number|size|index|offset|token)\b)/i;
const COORDINATE = /(^|_)(lat|latitude|lon|lng|long|longitude)$|[a-z](lat|lng|lon)$/;
const FREE_TEXT = /(^|_)(note|notes|comment|comments|message|memo|remark|remarks)$/;

function schemaOf(op: RecordOperation | undefined, param: string): Schema | undefined {
  return (op?.parameters.properties as Record<string, Schema> | undefined)?.[param];
}

/** The one kind a call's switch names, or the plural right after its operation's search verb; undefined if none. */
function searchedThing(record: DialogueRecord, ref: ParamRef): string | undefined {
  for (const slot of record.slots) {
    if (slot.operation !== ref.operation || !KIND.test(words(slot.param))) continue;
    const kinds = (Array.isArray(slot.value) ? slot.value : [slot.value]).filter((v): v is string => typeof v === 'string');
    if (kinds.length === 1 && /^[a-z]+$/i.test(kinds[0]!) && !/^(multi|all|any|mixed)$/i.test(kinds[0]!)) return kinds[0]!.toLowerCase();
  }
  const op = record.operations[ref.operation];
  const name = identifierWords(op?.name || ref.operation.split('.').pop() || '');
  const at = name.findIndex((w) => SEARCH_VERB.test(w));
  const next = at < 0 ? undefined : name[at + 1];
  return next !== undefined && /[a-z]s$/.test(next) && !/(ss|us|is)$/.test(next) && !NO_KIND.test(next) ? next : undefined;
}

function checkQueryNamed(record: DialogueRecord, out: Violation[]): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') return;
    const refs = turn.speaker === 'assistant' ? (turn.action === 'request' ? turn.request ?? [] : []) : turn.informs ?? [];
    if (!SAID_AS_QUERY.test(turn.text ?? '')) return;
    for (const ref of refs) {
      if (!TERM.test(words(ref.param))) continue;
      const thing = searchedThing(record, ref);
      if (thing) out.push({ invariant: 'search_query_named', turn: at, message: `${ref.operation}.${ref.param} is said as a raw search query, yet ${thing} are searched: name it by what is searched (the ${thing.replace(/s$/, '')}'s name)` });
    }
  });
}

function checkVolunteeredValues(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'given' && slot.source !== 'asked') continue;
    const name = words(slot.param);
    const op = record.operations[slot.operation];
    const description = schemaOf(op, slot.param)?.description;
    if (PAGING_NAME.test(name) || (typeof description === 'string' && PAGING_DESCRIPTION.test(description))) {
      out.push({ invariant: 'volunteered_paging', turn: null, message: `the user ${slot.source === 'given' ? 'states' : 'is asked for'} ${slot.operation}.${slot.param} = ${JSON.stringify(slot.value)}, a page or a number of results: the assistant sets it` });
    }
    if (COORDINATE.test(name) && (typeof slot.value === 'number' || (typeof slot.value === 'string' && /^-?\d{1,3}\.\d+$/.test(slot.value.trim())))) {
      out.push({ invariant: 'raw_coordinates', turn: null, message: `the user ${slot.source === 'given' ? 'states' : 'is asked for'} ${slot.operation}.${slot.param} = ${JSON.stringify(slot.value)}: nobody knows raw coordinates; a place is named and looked up` });
    }
  }
}

function checkOptionalTextAsked(record: DialogueRecord, out: Violation[]): void {
  const optional = new Set(record.slots.filter((s) => !s.required).map((s) => `${s.operation}\u0000${s.param}`));
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'request') return;
    for (const ref of turn.request ?? []) {
      if (FREE_TEXT.test(words(ref.param)) && optional.has(`${ref.operation}\u0000${ref.param}`)) out.push({ invariant: 'optional_text_asked', turn: at, message: `the assistant asks for ${ref.operation}.${ref.param}, an optional free text, as if the call needed it` });
    }
  });
}

export function checkAsks9(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkQueryNamed(record, out);
  checkVolunteeredValues(record, out);
  checkOptionalTextAsked(record, out);
  return out;
}
