/**
 * A request that reads as an API's documentation (QUALITY.md A, G), as patterns over what a user says and the
 * assistant's search queries and thoughts repeat: `documented_request` — how the input is named ("get the Minister
 * associated with the ministry key", "by its project key or ID", "by issue ID or key"), the documentation's step
 * or unit ("weather in a 3 hourly interval", "in future"), the catalogue's own words ("Spotify catalog information
 * about"), how much of a thing an operation may act on ("refund all or part of a paid order"), a path word glued to
 * "meta" ("issue metas", "editmeta") or a paging input named as a key ("by API version", "by upper bound").
 * Reads only the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const INTENTS13_INVARIANTS = ['documented_request'] as const satisfies readonly InvariantId[];

const DOCUMENTED: [RegExp, string][] = [
  [/\b(?:associated|linked) (?:with|to) (?:the|a|an) (?:[a-z][\w-]* )?(?:key|keys|ID|IDs|identifier|reference)\b/, 'names the input as documentation does ("associated with the ministry key"): say whose ("for a ministry")'],
  [/\bby (?:its |their )?(?:[a-z][\w-]* ){0,3}(?:key or ID|ID or key|ID or name|id or key|key or id)\b/, 'names the input as documentation does ("by its project key or ID"): say what is held ("for a project")'],
  [/\bin an? \d+[- ]?(?:hourly|hour|daily|day|minute|min)s? intervals?\b|\bin future\b/i, 'pastes the documentation\'s step ("in a 3 hourly interval in future"): say "the forecast"'],
  [/\b[A-Z][\w-]* catalog information (?:about|for|on|of)\b/, 'pastes the catalogue\'s documentation ("Spotify catalog information about"): ask for the thing itself'],
  [/\ball or part of (?:an?|the) \w+/i, 'pastes how much an operation may act on ("all or part of a paid order"): say what is wanted'],
  [/\b(?:[a-z]+ metas|[a-z]{3,}metas?)\b/, 'reads a path word ("editmeta", "issue metas") as a noun: say "metadata"'],
  [/\bby (?:API version|upper bound|lower bound|page number|page size|cursor)\b/i, 'glues a paging or version input on as a key ("by upper bound"): a person never looks things up by it'],
];

/** Whether the turn is spoken by the user or repeats the user's request (the assistant's search query and thought). */
function readsRequest(speaker: string, kind: string): boolean {
  return speaker === 'user' || kind === 'query' || kind === 'thought';
}

export function checkIntents13(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      if (!text || !readsRequest(turn.speaker, kind)) continue;
      for (const [pattern, what] of DOCUMENTED) {
        const hit = pattern.exec(text);
        if (hit) {
          add('documented_request', i, `the ${turn.speaker === 'user' ? 'user' : kind} ${what}: "${hit[0].trim()}"`);
          break;
        }
      }
    }
  });
}
