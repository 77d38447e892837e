/**
 * Words no person says (QUALITY.md A, B, G), as patterns over what a turn says:
 * `pasted_boilerplate` — documentation boilerplate pasted into speech ("get a bean containing …", "create one or
 * more new projects", "get of store status list", "as Json of");
 * `identifier_phrases` — identifiers and field names read as they stand: a spec file's vendor slug ("using Oai
 * Petstore"), an acronym in lower case ("check IPs custom dns"), an action stopped with no object ("stop exposing?"),
 * a bound read as a name ("the posted since date is"), a storage format as a noun ("the email HTML is"), an adjective
 * switched on ("Valid is on").
 * Reads only the record; shares nothing with the realizer that writes the words.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS9_INVARIANTS = ['pasted_boilerplate', 'identifier_phrases'] as const satisfies readonly InvariantId[];

const BOILERPLATE: [RegExp, string][] = [
  [/\b(?:an?|the) (?:java )?(?:bean|dto|pojo)s?\b/i, 'pastes Java documentation ("a bean containing"): ask for what it contains'],
  [/\b(?:create|add|make|get|remove|delete|save|check|follow|unfollow|list|register|upload) (?:a )?one or more\b/i, 'pastes "one or more" from a summary: say it for the thing asked ("create a new project")'],
  [/\b(?:get|find|retrieve|fetch) (?:of|as) (?:the )?[a-z]/i, 'runs a verb into a preposition where the documentation named a format ("get of store status list")'],
  [/\b(?:as|in) (?:JSON|XML|Json|Xml) of\b/, 'pastes a format phrase ("as Json of"): say what is asked'],
];

const IDENTIFIER: [RegExp, string][] = [
  [/(?<![\w./@:-])(?:dns|jmx|ssl|tls|sql|smtp|ssh|vpn|cpu|ftp|serp|seo)(?![\w/@:-]|\.\w)/, 'says an acronym as a lower-case identifier word ("check IPs custom dns", "get the serp"): build the request with grammar'],
  [/\b(?:stop|start|pause|resume) [a-z]{3,}ing[?.!]/i, 'stops an action with no object ("stop exposing?"): say what is stopped'],
  [/\b[Tt]he [a-z]{3,}ed (?:since|after|until|before) date\b/, 'reads a date bound ("postedSince") as a name: say "the earliest posting date"'],
  [/\b[Tt]he [a-z]+ (?:HTML|[Mm]arkdown) (?:is|are)\b/, 'reads a storage format ("emailHtml") as part of the noun: say "the email"'],
  [/\b(?:[Vv]alid|[Ii]nvalid|[Rr]eady|[Cc]orrect|[Cc]omplete|[Pp]ending|[Uu]nique|[Pp]aid|[Ff]ree) is (?:on|off)\b/, 'switches an adjective on ("Valid is on"): say "it is valid"'],
];

/** A spec file's vendor of three letters or fewer ("oai__petstore"), as a person would never write it ("Oai"). */
function slugVendors(record: DialogueRecord): string[] {
  const out = new Set<string>();
  for (const op of Object.values(record.operations)) {
    const vendor = /^([a-z]{2,3})__/.exec(op.api)?.[1];
    if (vendor) out.add(vendor.charAt(0).toUpperCase() + vendor.slice(1));
  }
  return [...out];
}

function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    if (!/[A-Za-z0-9_]/.test(before) && !/[A-Za-z0-9_]/.test(after)) return true;
  }
  return false;
}

export function checkWords9(record: DialogueRecord, add: Add): void {
  const vendors = slugVendors(record);
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      if (!text) continue;
      for (const [pattern, what] of BOILERPLATE) {
        const hit = pattern.exec(text);
        if (hit) add('pasted_boilerplate', i, `the ${kind} ${what}: "${hit[0].trim()}"`);
      }
      for (const [pattern, what] of IDENTIFIER) {
        const hit = pattern.exec(text);
        if (hit) add('identifier_phrases', i, `the ${kind} ${what}: "${hit[0].trim()}"`);
      }
      for (const vendor of vendors) {
        if (hasWord(text, vendor)) add('identifier_phrases', i, `the ${kind} says the spec file's vendor slug "${vendor}": name the API as a person would`);
      }
    }
  });
}
