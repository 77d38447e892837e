/**
 * A ranking of one business is answered with its rank (QUALITY.md F), wave 25: the call names a business by id
 * (`place_id`) and a search; the result says `found` and `rank` beside the businesses listed. The reply tells
 * where the searched business ranks ("Chicago Outdoor Gear ranks 1st in the search for outdoor gear at that
 * point"), or that it is not among the results, and names the top ones; never only "there are 3 items".
 */
type Json = Record<string, unknown>;

const SEARCHED_ID = /^(place_?id|business_?id|placeId|businessId|cid|google_?id)$/;
const QUERY = /^(q|query|keyword|keywords|search|search_?term|term)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};
const and = (xs: string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The object holding `found`, `rank` and the list: the root or one object of it. */
function rankingHolder(result: unknown): Json | undefined {
  if (!isRecord(result)) return undefined;
  if (typeof result.found === 'boolean' && 'rank' in result) return result;
  return Object.values(result).find((v): v is Json => isRecord(v) && typeof v.found === 'boolean' && 'rank' in v);
}

/** The reply for a ranking of the business the call names (see the file comment), or undefined for any other result. */
export function rankSummary25(result: unknown, sent: Readonly<Json>): string | undefined {
  const idArg = Object.entries(sent).find(([k, v]) => SEARCHED_ID.test(k) && typeof v === 'string');
  if (idArg === undefined) return undefined;
  const holder = rankingHolder(result);
  if (holder === undefined) return undefined;
  const items = Object.values(holder).find((v): v is Json[] => Array.isArray(v) && v.length > 0 && v.every(isRecord) && idArg[0] in (v[0] as Json));
  if (items === undefined || !items.every((i) => typeof i.name === 'string')) return undefined;
  const query = Object.entries(sent).find(([k, v]) => QUERY.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const search = query === undefined ? 'in that search' : `in the search for ${query}`;
  const hit = items.find((i) => i[idArg[0]] === idArg[1]);
  const others = items.filter((i) => i !== hit).slice(0, 3).map((i) => (typeof i.rank === 'number' ? `${String(i.name)} (${ordinal(i.rank)})` : String(i.name)));
  const rest = others.length === 0 ? '' : ` ${others.length === 1 ? 'The other result is' : 'Other results are'} ${and(others)}.`;
  if (holder.found === true && hit !== undefined && typeof holder.rank === 'number') return `${String(hit.name)} ranks ${ordinal(holder.rank)} ${search} at that point.${rest}`;
  if (holder.found === false && hit === undefined) {
    const top = items.slice(0, 3).map((i) => String(i.name));
    return `The business isn't among the ${items.length === 1 ? 'result' : `top ${items.length} results`} ${search} at that point. ${top.length === 1 ? 'The result is' : 'The top results are'} ${and(top)}.`;
  }
  return undefined;
}
