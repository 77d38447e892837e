/**
 * A field the request named (QUALITY.md F): "get the status of a refund" must be answered with the status, "the
 * cover image" with its link, "time estimates" with the estimate, when the result has one. The request is the
 * user's words and the operation's description, name and path. Shares nothing with the realizer.
 */
const NAMED: readonly { what: string; words: RegExp; key: RegExp; link: boolean }[] = [
  { what: 'status', words: /\b(status|state)\b/i, key: /^(status|state)$/i, link: false },
  { what: 'link', words: /\b(images?|photos?|pictures?|covers?|urls?|links?|downloads?)\b/i, key: /(url|uri|link|href|src|image|download)$/i, link: true },
  { what: 'estimate', words: /\b(estimates?|eta)\b/i, key: /^(eta|estimate|estimated_?time|time_?estimate)$/i, link: false },
];
const URL = /^https?:\/\/\S+$/;
/** Values that say only that the call worked: no answer to "what is the status". */
const NO_ANSWER = /^(\d{3}|ok|okay|success|true|false)$/i;

function firstValue(value: unknown, key: RegExp, link: boolean, depth: number): string | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return firstValue(value[0], key, link, depth + 1);
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (!key.test(k)) continue;
    if (typeof v === 'string' && URL.test(v) === link && v.length > 0 && v.length <= (link ? 120 : 40)) return v;
    if (!link && typeof v === 'number') return String(v);
  }
  for (const [, v] of entries) {
    const inner = firstValue(v, key, link, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Content asked by name (a biography, lyrics): the reply must carry some of its text, not only the record's name. */
const CONTENT: readonly { what: string; words: RegExp; key: RegExp }[] = [
  { what: 'biography', words: /\b(biograph(y|ies)|bios?)\b/i, key: /^(bio|biography)$/i },
  { what: 'lyrics', words: /\blyrics?\b/i, key: /^(lyrics?|words)$/i },
];

function firstText(value: unknown, key: RegExp, depth: number): string | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return firstText(value[0], key, depth + 1);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (key.test(k) && typeof v === 'string' && v.trim().length >= 8 && v.length <= 300 && !URL.test(v)) return v.trim();
  for (const v of Object.values(value as Record<string, unknown>)) {
    const inner = firstText(v, key, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The reply quotes the text's start, or retells it: three of its longer words (a model paraphrases a biography). */
function carries(reply: string, text: string): boolean {
  const lower = text.toLowerCase();
  if (reply.includes(lower.slice(0, 20))) return true;
  const words = new Set(lower.match(/\p{L}{5,}/gu) ?? []);
  let shared = 0;
  for (const w of words) if (reply.includes(w) && ++shared >= 3) return true;
  return false;
}

/** The first field the request named that the reply leaves out, with its value; undefined when none. */
export function omittedNamedField(request: string, result: unknown, reply: string): { what: string; value: string } | undefined {
  const lower = reply.toLowerCase();
  for (const named of CONTENT) {
    if (!named.words.test(request)) continue;
    const text = firstText(result, named.key, 0);
    if (text !== undefined && !carries(lower, text)) return { what: named.what, value: text };
  }
  for (const named of NAMED) {
    if (!named.words.test(request)) continue;
    const value = firstValue(result, named.key, named.link, 0);
    if (value === undefined || NO_ANSWER.test(value)) continue;
    // A glued state ("onsale") is said as words ("on sale"): with spaces and marks left out, it is said.
    const said = named.link ? lower.includes(value.toLowerCase().replace(/\/$/, '')) : lower.includes(value.toLowerCase()) || lower.includes(value.toLowerCase().replace(/_/g, ' ')) || squeeze(lower).includes(squeeze(value));
    if (!said) return { what: named.what, value };
  }
  return undefined;
}

const squeeze = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
