/**
 * Measures of one record that bound each other (QUALITY.md E): a combined fuel economy lies between the city
 * and the highway figures (never 31 beside 8 and 11), and an alternative runtime of the same work is within a
 * few minutes of its runtime (a cut, not another film: 151 beside 118). Numbers or numeric texts ("151 min")
 * keep their form. Pinned fields (read later by the chain) are never changed.
 */

const CITY = /^(city|urban)_?(mpg|08|economy|consumption|l_?100_?km)?$|^(mpg|economy|consumption)_?city$/i;
const HIGHWAY = /^(highway|hwy|extra_?urban)_?(mpg|08|economy|consumption|l_?100_?km)?$|^(mpg|economy|consumption)_?(highway|hwy)$/i;
const COMBINED = /^(combined|combination|comb)_?(mpg|08|economy|consumption|l_?100_?km)?$|^(mpg|economy|consumption)_?(combined|comb)$/i;
const RUNTIME = /^(runtime|run_?time|duration|length)(_?min(utes)?)?$/i;
const ALT_RUNTIME = /^(alt|alternate|alternative)_?(runtime|run_?time|duration|length)(_?min(utes)?)?$/i;

function amount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)(\s*[a-z]+)?$/i.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

/** `value` in the form of `like` (a number, or the text "151 min" with its unit). */
function inFormOf(like: unknown, value: number): unknown {
  if (typeof like === 'number') return Number.isInteger(like) ? Math.round(value) : Number(value.toFixed(1));
  const text = String(like).trim();
  const unit = /^\d+(?:\.\d+)?(\s*[a-z]+)?$/i.exec(text)?.[1] ?? '';
  const decimals = /\.\d/.test(text) ? 1 : 0;
  return `${value.toFixed(decimals)}${unit}`;
}

const snakeCache = new Map<string, string>();
function snake(key: string): string {
  let s = snakeCache.get(key);
  if (s === undefined) {
    s = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
    if (snakeCache.size > 20000) snakeCache.clear();
    snakeCache.set(key, s);
  }
  return s;
}

function keyOf(keys: readonly string[], test: RegExp): string | undefined {
  for (const k of keys) if (test.test(snake(k))) return k;
  return undefined;
}

/** Cheap first look: no key names a combined economy or an alternative runtime. */
const ANY = /comb|alt|alternat/i;

export function agreeMeasures(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const keys = Object.keys(obj);
  if (!keys.some((k) => ANY.test(k))) return;
  const combined = keyOf(keys, COMBINED);
  if (combined !== undefined && free(combined)) {
    const city = keyOf(keys, CITY);
    const highway = keyOf(keys, HIGHWAY);
    const c = city !== undefined ? amount(obj[city]) : undefined;
    const h = highway !== undefined ? amount(obj[highway]) : undefined;
    const now = amount(obj[combined]);
    if (c !== undefined && h !== undefined && now !== undefined && (now < Math.min(c, h) || now > Math.max(c, h))) {
      // Weighted toward the city figure, as the combined rating is (55 % city, 45 % highway).
      obj[combined] = inFormOf(obj[combined], 0.55 * c + 0.45 * h);
    }
  }
  const alt = keyOf(keys, ALT_RUNTIME);
  const main = keyOf(keys, RUNTIME);
  if (alt !== undefined && main !== undefined && free(alt)) {
    const a = amount(obj[alt]);
    const m = amount(obj[main]);
    if (a !== undefined && m !== undefined && m > 0 && Math.abs(a - m) > Math.max(15, m * 0.15)) {
      obj[alt] = inFormOf(obj[alt], m + (a > m ? 1 : -1) * Math.max(2, Math.round(m * 0.06)));
    }
  }
}

const DOMAIN_ARG = /(^|_)(domain|domain_name|host|hostname|url|site|website|fqdn)$/i;
const DOMAIN_VALUE = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)\/?$/i;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

export interface CalledDomain {
  /** The domain the call names (`domain: "babyish-runway.org"`, `url: "https://www.example.com/"`), lower case. */
  domain?: string;
  /** The second-level label it searches (`sld: "rapidapi"`). */
  sld?: string;
}

export function domainOf(args: Readonly<Record<string, unknown>>): CalledDomain | undefined {
  let found: CalledDomain | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'string') continue;
    const key = snake(k).toLowerCase();
    const m = DOMAIN_ARG.test(key) ? DOMAIN_VALUE.exec(v.trim()) : null;
    if (m) found = { ...found, domain: m[1]!.toLowerCase() };
    else if (SLD_KEY.test(key) && /^[a-z0-9-]{1,63}$/i.test(v)) found = { ...found, sld: v.toLowerCase() };
  }
  return found;
}

const TLD_KEY = /^(tld|top_?level_?domain|domain_?extension|extension)$/i;
const SLD_KEY = /^(sld|second_?level_?domain|domain_?label)$/i;
const NAME_KEY = /^(domain|domain_?name|name|fqdn)$/i;

function partsOf(domain: string): { tld: string; sld: string } {
  const labels = domain.split('.');
  const twoPart = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  return { tld: labels.slice(twoPart ? -2 : -1).join('.'), sld: labels[labels.length - (twoPart ? 3 : 2)]! };
}

/**
 * A whois-like record (one with a `tld` or an `sld`) agrees with its domain: its own domain field's, else the
 * one the call named (no tld "com" for a .org, no sld "SLD-22151"); a domain found for a searched label
 * (`sld: "rapidapi"`) is that label under its tld. Each part keeps the field's form (".org" or "org").
 */
export function agreeDomain(obj: Record<string, unknown>, called: CalledDomain, free: (k: string) => boolean): void {
  const keys = Object.keys(obj);
  const tldKey = keyOf(keys, TLD_KEY);
  const sldKey = keyOf(keys, SLD_KEY);
  if (tldKey === undefined && sldKey === undefined) return;
  const nameKey = keyOf(keys, NAME_KEY);
  // Each found domain keeps its own tld (a list of `rapidapi.mx`, `rapidapi.info`, never one twice).
  let own = nameKey !== undefined && typeof obj[nameKey] === 'string' && DOMAIN_VALUE.test(obj[nameKey] as string) ? (obj[nameKey] as string).toLowerCase() : undefined;
  if (own !== undefined && called.domain === undefined && called.sld !== undefined && nameKey !== undefined && free(nameKey)) {
    const tld = partsOf(own).tld;
    own = `${called.sld}.${tld}`;
    obj[nameKey] = own;
  }
  const domain = own ?? called.domain;
  if (domain === undefined) return;
  const { tld, sld } = partsOf(domain);
  if (tldKey !== undefined && free(tldKey) && typeof obj[tldKey] === 'string') obj[tldKey] = (obj[tldKey] as string).startsWith('.') ? `.${tld}` : tld;
  if (sldKey !== undefined && free(sldKey) && typeof obj[sldKey] === 'string' && (called.sld === undefined || obj[sldKey] !== called.sld)) obj[sldKey] = sld;
}
