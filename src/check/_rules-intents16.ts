/**
 * Requests said in the words of identifiers or of documentation (QUALITY.md A, G), wave 16:
 * - `id_digit_request`: a word with a digit glued on that is the operation's id ("get the user ping2" from
 *   `users/ping2`): a version digit of an id is never said;
 * - `sort_key_request`: a list asked "by order" / "by sort" (from a path word `orderby`): how a list is ordered is
 *   no key a person looks things up by;
 * - `field_plural`: a field of study made plural ("a question about astronomies"): a mass noun has no plural;
 * - `search_how_request`: a search asked "by term or phrase", "by keyword or phrase": how a search is typed is the
 *   input's documentation, never part of what a person asks for.
 * Reads only the record; shares nothing with the planner or the realizer.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const INTENTS16_INVARIANTS = ['id_digit_request', 'sort_key_request', 'field_plural', 'search_how_request'] as const satisfies readonly InvariantId[];

const DIGIT_WORD = /\b([a-z]{4,}\d)\b/g;
const SORT_KEY = /\b(?:list|get|find|show|see|fetch|search for) (?:(?:me|the|all|a|an) )?(?:[a-z]+ ){0,3}[a-z]+s by (?:the )?(?:order|sort|sort order|orderby|sortby|direction)(?= ?[,.?!]|$| please\b| for me\b)/i;
/** Plurals of fields of study ("astronomies", "geologies"); "technologies", "geometries", "economies" are countable. */
const FIELD_PLURAL = /\b(?:astro(?:nomie|logie)|(?:bio|geo|eco|zoo|meteoro|archaeo|anthropo|psycho|socio|seismo|volcano|climato|numero)logie|(?:geo|oceano|carto|topo)graphie|philosophie|botanie|chemistrie)s\b/i;
const SEARCH_HOW = /\bsearch(?: for)? [a-z][a-z ]{1,40}? by (?:a |any )?(?:terms?|phrases?|keywords?|query|text|strings?) (?:or|and) (?:a )?(?:terms?|phrases?|keywords?|query|text|strings?)\b/i;

export function checkIntents16(record: DialogueRecord, add: Add): void {
  const ids = new Set<string>();
  for (const [key, op] of Object.entries(record.operations)) {
    for (const w of `${key} ${op.name} ${op.path}`.toLowerCase().match(/[a-z]{4,}\d\b/g) ?? []) ids.add(w);
  }
  record.turns.forEach((turn, i) => {
    for (const [, text] of utterances(turn)) {
      if (!text) continue;
      if (ids.size > 0) {
        for (const [, word] of text.matchAll(DIGIT_WORD)) {
          if (ids.has((word as string).toLowerCase())) add('id_digit_request', i, `"${word}" is a word of the operation's id with its version digit; a person never says it`);
        }
      }
      const sort = SORT_KEY.exec(text);
      if (sort) add('sort_key_request', i, `"${sort[0]}" asks for a list by its sort input; say what the list is of (and how it is sorted, if at all)`);
      if (turn.speaker === 'user' || turn.speaker === 'assistant') {
        const field = FIELD_PLURAL.exec(text);
        if (field) add('field_plural', i, `"${field[0]}" makes a field of study plural; it is a mass noun ("astronomy")`);
      }
      const how = SEARCH_HOW.exec(text);
      if (how) add('search_how_request', i, `"${how[0]}" pastes how the search input is documented; ask for what is searched`);
    }
  });
}
