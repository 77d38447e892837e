/**
 * Links said to the user (QUALITY.md E), wave 21. `link_random_domain`: a link field of the API's own record that
 * the assistant reads out (`seatMapUrl`, `url`, `permalink`) is on the API's host, never on a made-up two-word
 * domain of nobody ("The link is https://all-hyena.name/."). A link of another entity (a company's `website`, an
 * artist's page under `external_urls`) or a domain made of the record's own name ("www.budapest-records.com") is
 * that entity's. Reads only the dialogue record: the API's host is unknown here, so the rule only rejects hosts in
 * the shape of a random domain (adjective-noun on a generic suffix) that neither the record nor the API names.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LINKS21_INVARIANTS = ['link_random_domain'] as const satisfies readonly InvariantId[];

const LINK_KEY = /(url|uri|link|href|permalink|self)$/i;
/** Links that are not the record's own page: another site, a page of results, a callback. */
const OTHER_KEY = /^(website|web_?site|homepage|home_?page|home|site|official|external|spotify|youtube|twitter|facebook|instagram|linkedin|tiktok|wikipedia|wiki|callback|webhook|redirect|return|success|cancel|next|previous|prev|first|last|source|profile|social)(_?(url|uri|link|href))?$/i;
/** Objects named for another entity: their links are that entity's. */
const OTHER_PARENT = /(compan(y|ies)|organi[sz]ations?|artists?|bands?|performers?|venues?|publishers?|labels?|brands?|authors?|external_?urls|social|sponsors?|partners?|sources?|providers?|vendors?|merchants?|sellers?|owners?|users?|creators?|channels?|websites?)$/i;
/** A host in the shape of a random domain: adjective-noun on a generic suffix (`all-hyena.name`). */
const RANDOM_HOST = /^(?:www\.)?([a-z]+(?:-[a-z]+)+)\.(com|name|info|biz|net|org)$/;
const URL_IN_TEXT = /https?:\/\/[^\s"<>]+?(?=[.,;:!?)]*(?:\s|$))/g;
const NAME_KEY = /^(name|title|brand|company|label|display_?name|[a-z]+_?name)$/i;

interface LinkAt {
  key: string;
  /** String values of the object holding the link (its name, its title). */
  names: string[];
}

/** Every link field of a result by its value, with the words of the object that holds it. */
function linksOf(value: unknown, parent: string, into: Map<string, LinkAt>): void {
  if (Array.isArray(value)) {
    for (const item of value) linksOf(item, parent, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const names = Object.entries(record).filter(([k, v]) => NAME_KEY.test(k) && typeof v === 'string').map(([, v]) => v as string);
  for (const [key, v] of Object.entries(record)) {
    if (typeof v === 'string' && LINK_KEY.test(key) && !OTHER_KEY.test(key) && !OTHER_PARENT.test(parent)) into.set(v.replace(/\/+$/, ''), { key, names });
    else linksOf(v, key, into);
  }
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function checkLinks21(record: DialogueRecord, add: Add): void {
  const links = new Map<string, LinkAt>();
  const apis = new Set<string>();
  for (const turn of record.turns) {
    const t = turn as { speaker: string; status?: string; result?: unknown; operation?: string };
    if (t.speaker !== 'tool' || t.status !== 'ok') continue;
    linksOf(t.result, '', links);
    const op = t.operation ? record.operations[t.operation] : undefined;
    if (op?.api) apis.add(squash(op.api));
  }
  if (links.size === 0) return;
  record.turns.forEach((turn, at) => {
    const text = (turn as { text?: unknown }).text;
    if (turn.speaker !== 'assistant' || typeof text !== 'string') return;
    for (const url of text.match(URL_IN_TEXT) ?? []) {
      const link = links.get(url.replace(/\/+$/, ''));
      if (!link) continue;
      const host = /^https?:\/\/([^/?#:]+)/.exec(url)?.[1]?.toLowerCase() ?? '';
      const words = RANDOM_HOST.exec(host)?.[1];
      if (words === undefined) continue;
      const joined = squash(words);
      // A domain made of the record's own name, or of the API's, is its own.
      if (link.names.some((n) => squash(n).length >= 3 && (joined.includes(squash(n)) || squash(n).includes(joined)))) continue;
      if ([...apis].some((a) => a.length >= 3 && joined.includes(a))) continue;
      add('link_random_domain', at, `the ${link.key} link said, ${url}, is on a random domain, not the API's host`);
    }
  });
}
