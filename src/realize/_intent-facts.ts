/**
 * Facts the request names (QUALITY.md F): "get the status of a refund" is answered by the status, "the cover
 * image" by its link, "time estimates" by the estimate. The request is the user's words and the operation's
 * description, name and path; a field of the result that matches one of these intent words must be said.
 */
import type { RecordOperation } from '../plan/types.ts';
import { humanizeIdentifier } from './words.ts';

/** Intent words of a request and the result fields that answer them. */
const INTENTS: readonly { words: RegExp; key: RegExp; link: boolean }[] = [
  { words: /\b(status|state)\b/i, key: /^(status|state)$/i, link: false },
  { words: /\b(images?|photos?|pictures?|covers?|urls?|links?|downloads?|exports?|files?)\b/i, key: /(url|uri|link|href|src|image|download|file)$/i, link: true },
  // Confirming a price: {"priceChanged": true} is the point of the check.
  { words: /\bprices?\b/i, key: /^price_?changed$/i, link: false },
  { words: /\b(estimates?|eta|arrival time|wait time)\b/i, key: /^(eta|estimate|estimated_?time|duration|wait_?time|pickup_?estimate|time_?estimate)$/i, link: false },
];

const PRICE_CHECK = INTENTS[1 + 1];
const LINK = /^https?:\/\/\S+$/;

/** The request in words: what the user said, and what the operation is for. */
function requestText(asked: string, op: RecordOperation | undefined): string {
  if (!op) return asked;
  return `${asked} ${op.description.split(/(?<=[.!?])\s/)[0] ?? ''} ${humanizeIdentifier(op.name)} ${op.path.replace(/[/{}_-]+/g, ' ')}`;
}

/** The first field (depth ≤ 3, first item of lists) whose key matches and whose value fits. */
function findField(value: unknown, key: RegExp, link: boolean, depth: number): { key: string; value: string } | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return findField(value[0], key, link, depth + 1);
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (!key.test(k)) continue;
    if (link && typeof v === 'string' && LINK.test(v) && v.length <= 120) return { key: k, value: v };
    if (!link && (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length > 0 && v.length <= 40 && !LINK.test(v)))) return { key: k, value: String(v) };
  }
  for (const [, v] of entries) {
    const inner = findField(v, key, link, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** Sentences for the fields the request names that the summary does not yet say ("The status is succeeded."). */
export function namedFacts(result: unknown, op: RecordOperation | undefined, asked: string, summary: string): string[] {
  if (result === null || typeof result !== 'object') return [];
  const request = requestText(asked, op);
  const out: string[] = [];
  for (const intent of INTENTS) {
    if (!intent.words.test(request)) continue;
    const found = findField(result, intent.key, intent.link, 0);
    if (intent === PRICE_CHECK) {
      if (found?.value === 'true' && !/price (has )?changed|new price/i.test(summary)) out.push('The price has changed since it was quoted.');
      continue;
    }
    // A transport code ("status": 200, "ok") or a bare flag answers no question about a status.
    if (found && /^(\d{3}|ok|success|true|false)$/i.test(found.value)) continue;
    if (!found || summary.toLowerCase().includes(found.value.toLowerCase())) continue;
    const name = intent.link ? 'the link' : `the ${humanizeIdentifier(found.key).toLowerCase()}`;
    out.push(`${name.charAt(0).toUpperCase()}${name.slice(1)} is ${found.value}.`);
  }
  return out;
}

const LATITUDE = /\bthe (latitude|lat) is\b/i;
const LONGITUDE = /\bthe (longitude|long|lng|lon) is\b/i;

/** Half a coordinate pair ("the latitude is 38.7") says no place: latitude and longitude go together or not at all. */
export function loneCoordinate(text: string, chosen: readonly { text: string }[]): boolean {
  if (LATITUDE.test(text)) return !chosen.some((f) => LONGITUDE.test(f.text));
  if (LONGITUDE.test(text)) return !chosen.some((f) => LATITUDE.test(f.text));
  return false;
}
