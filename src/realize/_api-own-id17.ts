/**
 * "The [Spotify ID](…) for the audiobook": an ID named after the API itself ("the spotify ID") says nothing of
 * what it identifies (QUALITY.md B). The description's "for the audiobook" or the schema's title less the API's
 * name ("Spotify Audiobook ID") names the thing: "the audiobook ID".
 */
const NAMED_ID = /^([A-Za-z]+) (IDs?)$/;
const FOR_THE = /\b(?:for|of) (?:the|a|an) ([a-z]+)\s*(?:[.,;]|$)/i;
const TITLE_ID = /^([A-Za-z]+(?: [A-Za-z]+)?) (IDs?)$/;

/** The noun for an `id` whose described noun is "<API> ID", or undefined. */
export function apiNamedIdNoun(described: string | undefined, schema: Record<string, unknown> | undefined, api: string | undefined): string | undefined {
  const m = described === undefined || api === undefined ? null : NAMED_ID.exec(described);
  if (!m) return undefined;
  const own = new Set(api!.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3 && w !== 'api'));
  if (!own.has(m[1]!.toLowerCase())) return undefined;
  const ids = m[2]!;
  const text = typeof schema?.description === 'string' ? schema.description.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim() : '';
  const thing = FOR_THE.exec(text)?.[1];
  if (thing && !own.has(thing.toLowerCase())) return `${thing.toLowerCase()} ${ids}`;
  const title = typeof schema?.title === 'string' ? schema.title.split(' ').filter((w) => !own.has(w.toLowerCase())).join(' ') : '';
  const titled = TITLE_ID.exec(title);
  return titled ? `${titled[1]!.toLowerCase()} ${ids}` : undefined;
}

/** "A comma-separated list of the Spotify IDs for the tracks": the IDs' owner ("tracks"), where the description names it right after them. */
const IDS_FOR = /\bIDs?\b[^.]{0,30}?\b(?:for|of) (?:the|a|an) ([a-z]{3,})\b/i;

export function describedIdOwner(schema: Record<string, unknown> | undefined): string | undefined {
  if (typeof schema?.description !== 'string') return undefined;
  const text = schema.description.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ');
  return IDS_FOR.exec(text.slice(0, 200))?.[1]?.toLowerCase();
}
