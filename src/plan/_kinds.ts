/**
 * What a search's kind switch decides (QUALITY.md E, H): the section a chain takes its value from, the kind the
 * request names, and the kind of thing the search term must be.
 */
import { containsWords, normalized } from './_said.ts';
import { kindIn } from './_names.ts';
import { isKindSwitch } from './_switches.ts';
import type { PlanOperation, PlanParam } from './catalog.ts';

/** What these read and set of one chain position (the planner's `Assigned`). */
interface Assigned {
  op: PlanOperation;
  given: PlanParam[];
  asked: PlanParam[];
  defaulted: PlanParam[];
  values: Map<string, unknown>;
}

/**
 * A search whose result has one section per kind (`albums`, `tracks`, `shows`) and a switch choosing the kinds
 * (`type: album|track|show`) is told the kind the chain takes its value from: an album ID never comes from a
 * search for shows. Edits the source's values in place.
 */
export function selectChainedSection(a: Assigned, chained: readonly { output: string }[], mustAsk: number): string | undefined {
  for (const p of [...a.given, ...a.asked]) {
    const flat = (p.schema.items ?? p.schema) as { enum?: unknown[] };
    const kinds = (p.enum ?? flat.enum ?? []).filter((v): v is string => typeof v === 'string');
    if (kinds.length < 2) continue;
    for (const link of chained) {
      const section = (link.output.split(/[.[]/)[0] ?? '').toLowerCase();
      const kind = kinds.find((v) => section === v.toLowerCase() || section === `${v.toLowerCase()}s` || section === `${v.toLowerCase()}es`);
      if (kind === undefined) continue;
      a.values.set(p.name, Array.isArray(a.values.get(p.name)) || p.schema.type === 'array' ? [kind] : kind);
      // The kind is what the chain needs (a playlist ID comes from a search for playlists): the assistant sets it
      // itself, as a person would expect; nobody says "the type is playlist".
      if (a.asked.includes(p) && a.asked.length <= mustAsk) return `${a.op.id}: the kind ${kind} of ${p.name} is named by the request, so it cannot be asked`;
      setByAssistant(a, p);
      break;
    }
  }
  return undefined;
}

/** Moves `p` from what the user says or is asked to what the assistant sets itself (its value already drawn). */
function setByAssistant(a: Assigned, p: PlanParam): void {
  a.asked = a.asked.filter((q) => q !== p);
  a.given = a.given.filter((q) => q !== p);
  if (!a.defaulted.includes(p)) a.defaulted.push(p);
}

/**
 * A required kind switch the request itself names (`type: album` for "find albums by …"): set by the assistant
 * from the request's words. One the request does not name is never said as "the type is album": the chain is
 * played another way.
 */
export function kindFromRequest(a: Assigned, phrases: readonly string[], mustAsk: number): string | undefined {
  for (const p of [...a.given, ...a.asked]) {
    if (!isKindSwitch(p, a.op.operation.effect)) continue;
    const flat = (p.schema.items ?? p.schema) as { enum?: unknown[] };
    const kinds = (p.enum ?? flat.enum ?? []).filter((v): v is string => typeof v === 'string');
    if (kinds.length < 2) continue;
    const said = kinds.find((v) => {
      const word = normalized(v);
      return word !== '' && phrases.some((phrase) => containsWords(phrase, word) || containsWords(phrase, `${word}s`) || containsWords(phrase, `${word}es`));
    });
    if (said === undefined) return `${a.op.id}: the request names no ${p.name} the assistant could set`;
    if (a.asked.includes(p) && a.asked.length <= mustAsk) return `${a.op.id}: the kind ${said} of ${p.name} is named by the request, so it cannot be asked`;
    a.values.set(p.name, p.schema.type === 'array' ? [said] : said);
    setByAssistant(a, p);
  }
  return undefined;
}

/** The one kind a search's switch is set to (`type: ["playlist"]` → "playlists"), when the mock names things of it. */
export function searchedKind(a: Assigned): string | undefined {
  for (const p of a.op.params) {
    if (!isKindSwitch(p, a.op.operation.effect)) continue;
    const value = a.values.get(p.name);
    const kinds = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (kinds.length !== 1 || !/^[a-z]+$/i.test(kinds[0]!)) continue;
    const word = kinds[0]!.toLowerCase();
    const plural = /s$/.test(word) ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
    if (kindIn(plural) !== undefined) return plural;
  }
  return undefined;
}

