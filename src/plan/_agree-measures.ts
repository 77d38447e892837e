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
