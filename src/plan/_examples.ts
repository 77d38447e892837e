/** Spec examples made values a person types (QUALITY.md H): URL-encoding and field-filter syntax undone. */
import { POSTCODE_FORMAT, worldValue } from '../world/index.ts';
import { lastNameWord } from './_params.ts';

/**
 * An example written URL-encoded ("remaster%20track:Doxy") is the value a person types, decoded: the HTTP client
 * encodes it again, and nobody says "%20" (QUALITY.md H).
 */
export function unencoded(value: unknown): unknown {
  if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  let text = value;
  if (/%[0-9A-Fa-f]{2}/.test(text)) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return value;
    }
  }
  return / /.test(text) && FIELD_FILTER.test(text) ? spokenFilters(text) : text;
}

/** A search example in field syntax ("track:Doxy artist:Miles Davis"), which a person says as words. */
const FIELD_FILTER = /(?:^|\s)(?:track|artist|album|title|author|genre|year):\S/i;

/** "remaster track:Doxy artist:Miles Davis" → "Doxy by Miles Davis remaster": the search a person types. */
function spokenFilters(text: string): string {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  let key: string | undefined;
  for (const word of text.split(/\s+/)) {
    const m = /^([a-z]+):(.+)$/i.exec(word);
    if (m && /^(track|artist|album|title|author|genre|year)$/i.test(m[1] ?? '')) {
      key = (m[1] ?? '').toLowerCase();
      fields[key] = m[2] ?? '';
    } else if (key && /^(?:[A-Z0-9]|(?:of|the|a|an|and|in|on|to|for)$)/.test(word)) fields[key] = `${fields[key]} ${word}`;
    else {
      key = undefined;
      rest.push(word);
    }
  }
  const thing = fields.track ?? fields.title ?? fields.album ?? '';
  const by = fields.artist ?? fields.author;
  const said = [thing, by ? `by ${by}` : '', fields.album && thing !== fields.album ? `from ${fields.album}` : '', fields.genre ?? '', fields.year ?? '', ...rest];
  return said.filter(Boolean).join(' ').trim() || text;
}

/** An example that stands for "put your text here" ("My description", "string", "Sample text"): not a value. */
const PLACEHOLDER_EXAMPLE = /^(my|your|some|sample|example|test|dummy|lorem)\b|^(string|text|value|foo|bar|baz|todo|tbd|n\/a)$/i;

export function isPlaceholderExample(value: unknown): boolean {
  return typeof value === 'string' && (PLACEHOLDER_EXAMPLE.test(value.trim()) || isPlaceholderShape(value.trim()));
}

/**
 * A value shaped as "fill this in": "YOUR_BALANCE_PLATFORM", "<account id>", "xxx", "XEaaaaaaaaaaaa…",
 * "APXXXXXXXXXXXX…" (a long run of one letter), "STUBBED". Kept in step with src/check/_rules-misc24.ts.
 */
const PLACEHOLDER_SHAPE = /^(?:your|my)_[A-Za-z0-9_]+$|^<[^<>]{1,60}>$|^x{3,}$|([A-Za-z])\1{7,}|^(?:stubbed|todo|tbd|fixme|changeme|replace_?me)$/i;

export function isPlaceholderShape(value: string): boolean {
  return value.length <= 120 && PLACEHOLDER_SHAPE.test(value);
}

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const HEX_LOWER = 'abcdef';
const HEX_UPPER = 'ABCDEF';
/** An example with a segment of 8+ letters and digits of both cases: a random token, not a code of words and numbers. */
const TOKEN_SEGMENT = /^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}$/;
const RANDOM_TOKEN = /(^|[_:.+-])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}($|[_:.+-])/;
const KIND_PREFIX = /^(UC|UU|PL|VL|RD|OL)(?=[A-Za-z0-9_-]{8,})/;

/** `token` redrawn of letters of both cases and digits at its length (no two share a pattern), a YouTube kind prefix kept. */
const TOKEN_CHARS = `${DIGITS}${UPPER}${LOWER}`;
function redrawToken(token: string, draw: (alphabet: string) => string): string {
  const prefix = KIND_PREFIX.exec(token)?.[1] ?? '';
  return prefix + [...token.slice(prefix.length)].map(() => draw(TOKEN_CHARS)).join('');
}
/** Hex digits only, at least 8 of them in runs split by dashes (a UUID, a hash, a hex object id), with a letter among them. */
const HEX_ID = /^(?=.*[a-fA-F])[0-9a-fA-F]{8,}(-[0-9a-fA-F]{4,})*$/;

/**
 * An identifier in the shape of the spec's example: "ord_20481733" → "ord_58120467", "OL59863W" → "OL31427W",
 * "6rqhFgbbKwnb9MLmUQDhG6" → another base-62 id of that length, "whatsapp:+15017122661" → "whatsapp:+18204455190".
 * Digits are redrawn; short letter runs (prefixes, suffixes like "OL", "W", "ord") and prefixes before a colon are kept; longer letter runs are redrawn in their case.
 * Undefined when no example looks like an identifier (has a digit, no spaces).
 */
export function shapedLike(examples: readonly unknown[], int: (lo: number, hi: number) => number): string | undefined {
  const ex = examples.find((v): v is string => typeof v === 'string' && /^[A-Za-z0-9_:.+-]{2,40}$/.test(v) && /\d/.test(v));
  if (ex === undefined) return undefined;
  const draw = (alphabet: string): string => alphabet[int(0, alphabet.length - 1)]!;
  // A hex id (a UUID, a hash) stays hex: each character is redrawn from its own alphabet, so "cuvr599c" never comes of "ab3f599c".
  if (HEX_ID.test(ex)) return ex.replace(/[0-9a-fA-F]/g, (c) => (/\d/.test(c) ? draw(DIGITS) : /[A-F]/.test(c) ? draw(HEX_UPPER) : draw(HEX_LOWER)));
  // A random token ("1A7Qw88As64", the tail of "evt_Z7kq2LmX9wPa") is redrawn whole, each character anew: kept short
  // runs would make every drawn id one template ("8A5Qw83As83", "3A4Qw71As73"); a YouTube kind prefix (UC, PL) stays.
  const run = (part: string, next: string): string => {
    if (/^\d/.test(part)) return [...part].map((d, i) => (i === 0 && d !== '0' ? DIGITS[int(1, 9)]! : draw(DIGITS))).join('');
    // A short run, or a scheme-like prefix before a colon (`whatsapp:+1501…`, `user:anne`), is kept.
    if (part.length <= 3 || next === ':') return part;
    return [...part].map((c) => (/[A-Z]/.test(c) ? draw(UPPER) : draw(LOWER))).join('');
  };
  const shape = (text: string, offset: number): string => text.replace(/[A-Za-z]+|\d+/g, (part, at: number) => run(part, ex.charAt(offset + at + part.length)));
  if (RANDOM_TOKEN.test(ex)) return ex.replace(/[A-Za-z0-9]+/g, (seg, at: number) => (TOKEN_SEGMENT.test(seg) ? redrawToken(seg, draw) : shape(seg, at)));
  return shape(ex, 0);
}

const URI_NAME = /(^|_)(uri|urn|link|url)$/;
const SCHEMED = /^[a-z][a-z0-9+.-]*:(?!\/\/)[^\s/]+$/;

/** A URI the spec exemplifies in its own scheme ("spotify:track:2takc…") is drawn in that scheme, never as a web address. */
export function uriInExampleScheme(name: string, examples: readonly unknown[], int: (lo: number, hi: number) => number): string | undefined {
  if (!URI_NAME.test(name)) return undefined;
  const ex = examples.find((v): v is string => typeof v === 'string' && SCHEMED.test(v.trim()));
  return ex === undefined ? undefined : shapedLike([ex.trim()], int) ?? ex.trim();
}

const POSTCODE_NAME = /(^|_)(zip|zip_code|zipcode|postal|postal_code|postcode|post_code)$/;
const formPatterns = new Map<string, RegExp>();

/**
 * False only for a postcode-named field's value that is not in the form of the dialogue's country: the spec's
 * example "1100-148" (Lisbon) is never a postcode in Toronto. Other fields and unknown countries pass.
 */
export function postcodeFits(name: string, value: unknown): boolean {
  if (typeof value !== 'string' || !POSTCODE_NAME.test(lastNameWord(name))) return true;
  const format = POSTCODE_FORMAT[(worldValue('country_code', false, () => '') as string | undefined) ?? ''];
  if (format === undefined) return true;
  let pattern = formPatterns.get(format);
  if (!pattern) formPatterns.set(format, (pattern = new RegExp(`^${format.replace(/[.*+^${}()|[\]\\-]/g, '\\$&').replace(/#/g, '\\d').replace(/\?/g, '[A-Z]')}$`)));
  return pattern.test(value.trim().toUpperCase());
}
