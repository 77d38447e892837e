/**
 * Requests said as a person says them, not as the summary is written (QUALITY.md A, G; reading 33), wave 34:
 * - a terse summary's bare noun gets the domain the API's title names ("Get all exchanges" of a cryptocurrency API →
 *   "get all cryptocurrency exchanges", "list organizations" of a golf API → "list golf organizations");
 * - "future weather" is a forecast; "search in steam shop" is "search the Steam shop";
 * - alternatives the user must resolve ("get artist or song radio", "list top songs globally or for a country")
 *   are said as the one the dialogue's own values choose.
 */
import pluralize from 'pluralize';
import type { DialoguePlan, RecordOperation } from '../plan/types.ts';

/** Title words that name a domain, and how a person puts it before a noun. */
const DOMAINS: Record<string, string> = {
  cryptocurrency: 'cryptocurrency', cryptocurrencies: 'cryptocurrency', crypto: 'crypto', golf: 'golf', football: 'football', soccer: 'soccer',
  basketball: 'basketball', baseball: 'baseball', hockey: 'hockey', tennis: 'tennis', cricket: 'cricket', rugby: 'rugby', news: 'news',
  music: 'music', anime: 'anime', stock: 'stock', stocks: 'stock', forex: 'forex', esports: 'esports', motorsport: 'motorsport',
  cycling: 'cycling', boxing: 'boxing', volleyball: 'volleyball', handball: 'handball', nba: 'NBA', nfl: 'NFL', mlb: 'MLB', nhl: 'NHL', ufc: 'UFC',
};

/** Nouns that the domain qualifies (an exchange, a team, a publisher of what?); a thing that says its domain itself never. */
const BARE = new Set(['exchange', 'market', 'pair', 'asset', 'ticker', 'team', 'player', 'league', 'match', 'game', 'fixture', 'tournament', 'season',
  'competition', 'standing', 'event', 'venue', 'organization', 'organisation', 'tour', 'publisher', 'source', 'category', 'chart', 'price', 'rate',
  'quote', 'ranking', 'country', 'club', 'coach', 'referee', 'stadium', 'course', 'round', 'result', 'score', 'schedule', 'exchange rate', 'platform', 'provider', 'network']);

/** A request that names one bare plural thing: "get all exchanges", "list organizations", "search for categories". */
const TERSE = /^((?:get|list|search for|find|show)(?: all| the)?) ([a-z]+s)$/;

/** The domain word of the API's title that qualifies a terse request's noun, if any. */
function domainOf(title: string, noun: string, path: string): string | undefined {
  const singular = pluralize.singular(noun);
  if (!BARE.has(singular)) return undefined;
  for (const word of title.toLowerCase().split(/[^a-z]+/)) {
    const domain = DOMAINS[word];
    // A domain word of the path ("/news/list-publishers") stacked before the noun reads the path, not the title.
    if (domain && domain.toLowerCase() !== singular && !path.includes(domain.toLowerCase())) return domain;
  }
  return undefined;
}

/** One of the operation's requests, as a person would say it (see the file's comment). `title` is the API's spoken name. */
export function spokenRequest34(request: string, op: RecordOperation, title: string): string {
  let out = request
    // "get the future weather for a date": the date is in the future, the weather is just weather.
    .replace(/\bthe future weather(?: for a date| forecast)?\b/g, 'the weather for a future date')
    // "search in steam shop": the shop is the product's, named as such.
    .replace(/\bsearch in (?:the )?([a-z]+) (shop|store|catalog(?:ue)?|marketplace)\b/, (m, name: string, place: string) => {
      const proper = title.split(' ').find((w) => w.toLowerCase() === name);
      return proper ? `search the ${proper} ${place}` : m;
    });
  // "list schools around a geo location": a person says a location, near it.
  out = out.replace(/\b(?:around|near) (an?|the) geo[ -]?location\b/i, (_m, det: string) => `near ${det === 'the' ? 'the' : 'a'} location`).replace(/\bgeo[ -]?location/i, 'location');
  // "get artist or song radio": the kinds of the thing said after it ("radio for an artist or a song"), for the
  // dialogue to resolve to the one the user holds (resolvedAlternatives34).
  out = out.replace(KINDS, (m, a: string, b: string, noun: string) => `${m.split(' ')[0]} ${noun} for ${article(a)} ${a} or ${article(b)} ${b}`);
  const terse = TERSE.exec(out);
  const domain = terse ? domainOf(`${title} ${op.api}`, terse[2] as string, op.path.toLowerCase()) : undefined;
  if (terse && domain) out = `${terse[1]} ${domain} ${terse[2]}`;
  return out;
}

/** "get a product's name, description and variants": the name first in a list of two more fields or more. */
const OWN_NAME = /^(\S+ (?:an?|the) [a-z]+'s )name, (?=[a-z ]+(?:, [a-z ]+)* and [a-z])/;

/** "globally or for a country", "worldwide or for a region": the two alternatives of a chart's scope. */
const SCOPE = /\b(globally|worldwide) or for an? ([a-z]+)\b/;

/** "get artist or song radio": two kinds of thing before one noun, the user holding one of them. */
const KINDS = /^(?:get|find|play|start) ([a-z]{3,}) or ([a-z]{3,}) (radio|mix|playlist|station|recommendations)$/;

/** "radio for an artist or a song": the same, said as a person would, for the dialogue to resolve. */
const FOR_KINDS = / for (?:an?) ([a-z]{3,}) or (?:an?) ([a-z]{3,})$/;

const article = (w: string): string => (/^[aeiou]/.test(w) ? 'an' : 'a');

/**
 * The request with its alternatives said as the one the dialogue holds: the scope the call's inputs give (a country
 * given → "for a country", none → "globally"), and the kind the user's value or input names ("spotify:artist:…" →
 * "get radio for an artist"). Unchanged where the dialogue does not tell.
 */
export function resolvedAlternatives34(plan: DialoguePlan, target: RecordOperation, variants: string[]): string[] {
  // "get a product's name, description and variants" where the user finds the product by what they know of it (a
  // chain): they never ask for the name they are about to give; the other fields stay ("description and variants").
  if (Object.keys(plan.operations).length > 1) variants = variants.map((v) => v.replace(OWN_NAME, '$1'));
  if (!variants.some((v) => SCOPE.test(v) || FOR_KINDS.test(v))) return variants;
  const id = Object.keys(plan.operations).find((k) => plan.operations[k] === target);
  const slots = plan.slots.filter((s) => s.operation === id);
  return variants.map((v) => {
    const scope = SCOPE.exec(v);
    if (scope) {
      const place = scope[2] as string;
      const given = slots.some((s) => s.param.toLowerCase().includes(place) && s.value !== undefined && s.value !== null && s.value !== '');
      return v.replace(SCOPE, given ? `for a ${place}` : (scope[1] as string));
    }
    const kinds = FOR_KINDS.exec(v);
    if (!kinds) return v;
    const [a, b] = [kinds[1], kinds[2]] as [string, string];
    // "spotify:track:…" names a song.
    const names = (kind: string): boolean => slots.some((s) => new RegExp(`(?:^|[^a-z])(?:${kind}${kind === 'song' ? '|track' : ''})(?:[^a-z]|$)`, 'i').test(`${s.param} ${typeof s.value === 'string' ? s.value : ''}`));
    const [hasA, hasB] = [names(a), names(b)];
    if (hasA === hasB) return v;
    const kind = hasA ? a : b;
    return `${v.slice(0, kinds.index)} for ${article(kind)} ${kind}`;
  });
}
