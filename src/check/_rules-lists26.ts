/**
 * Lists reported faithfully (QUALITY.md J, F), wave 26. `one_item_detailed`: after "For all of them, …", what differs
 * is said of each item or not at all, never "; for the first one, …" (one arbitrary item of several).
 * `plural_not_word`: "vertexes", "matrixes": irregular plurals are said as words ("vertices"). `item_type_unsaid`: a
 * reply that details every item of a short list whose items differ by a kind field (`ticketType` resale / vip /
 * standard) says each item's kind. `more_from_token`: a page token alone (`continuation_token`, returned by many APIs
 * even when nothing follows) is no ground for "there are more". Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LISTS26_INVARIANTS = ['one_item_detailed', 'plural_not_word', 'item_type_unsaid', 'more_from_token'] as const satisfies readonly InvariantId[];

const ONE_OF_ALL = /\bFor (?:all of them|both), [^.]*?; for (the first one|[^,;.]{2,60}), /;
const NOT_WORD = /\b(vertexes|matrixes|analysises|axises|crisises|hypothesises|vertice|matrice)\b/i;
const TYPE_KEY = /(?:^|_)(?:type|kind)$|[a-z](?:Type|Kind)$/;
/** A payment token's or a file's type is no kind of the item itself. */
const NOT_KIND = /^(?:token|media|mime|content|resource|schema|record|object|entity|data|value)_?(?:type|kind)$/i;
const MIME_VALUE = /^(?:image|video|audio|application|text|font|model)\/[\w.+-]+$/i;
const NAME_KEY = /(?:^|_)(?:name|title|label)$|[a-z](?:Name|Title|Label)$/;
const TOKEN_KEY = /^(continuation_?token|next_?page_?token|next_?token|next_?cursor|next_?marker|scroll_?id|last_?evaluated_?key)$/i;
const SURE_KEY = /^(has_?more|has_?next|has_?next_?page|has_?more_?results|more_?results|more|next|next_?link|next_?page|@odata\.next_?link|is_?truncated)$/i;
const CLAIMS_MORE = /\bthere are more\b|\bthere are at least \d/i;

/** The short list of objects at the top of a result, or one level down. */
function itemsOf(result: unknown): Record<string, unknown>[] | undefined {
  if (Array.isArray(result)) return result.every((x) => x && typeof x === 'object' && !Array.isArray(x)) ? (result as Record<string, unknown>[]) : undefined;
  if (!result || typeof result !== 'object') return undefined;
  for (const v of Object.values(result as Record<string, unknown>)) {
    const found = Array.isArray(v) ? itemsOf(v) : v && typeof v === 'object' ? Object.values(v as Record<string, unknown>).map((w) => (Array.isArray(w) ? itemsOf(w) : undefined)).find((x) => x !== undefined) : undefined;
    if (found) return found;
  }
  return undefined;
}

function spoken(value: string): string[] {
  const words = value.toLowerCase().replace(/[_-]+/g, ' ');
  return [words, words.split(' ').pop() ?? words];
}

function said(text: string, value: unknown): boolean {
  if (typeof value === 'number') return value >= 10 && new RegExp(`\\b${value}\\b`).test(text);
  return typeof value === 'string' && value.length >= 3 && value.length <= 60 && new RegExp(`(?<![\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** A type field told apart by value in a 2–5 item list whose every item is detailed (a value beside its name said), but no kind said. */
function typeUnsaid(items: Record<string, unknown>[], text: string): string | undefined {
  if (items.length < 2 || items.length > 5) return undefined;
  const lower = text.toLowerCase();
  for (const key of Object.keys(items[0] as object)) {
    if (!TYPE_KEY.test(key) || NOT_KIND.test(key)) continue;
    const values = items.map((item) => item[key]);
    if (!values.every((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 30) || new Set(values).size < 2) continue;
    if (values.every((v) => MIME_VALUE.test(v))) continue; // {image_type: "image/png"}: a file's format, no kind of the item (wave 28)
    if (values.some((v) => spoken(v).some((w) => w.length >= 3 && lower.includes(w)))) continue;
    // A value every item shares ("SGD") details none of them.
    const own = (k: string, v: unknown): boolean => k !== key && !NAME_KEY.test(k) && items.some((other) => other[k] !== v) && said(text, v);
    const detailed = items.every((item) => Object.entries(item).some(([k, v]) => own(k, v)));
    if (detailed) return `${key}: ${[...new Set(values)].join(', ')}`;
  }
  return undefined;
}

/** Whether a page token is the only sign that more items follow. */
function tokenOnly(result: unknown): boolean {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return false;
  const keys = Object.entries(result as Record<string, unknown>).filter(([, v]) => v !== null && v !== '' && v !== false).map(([k]) => k);
  return keys.some((k) => TOKEN_KEY.test(k)) && !keys.some((k) => SURE_KEY.test(k));
}

export function checkLists26(record: DialogueRecord, add: Add): void {
  let last: unknown;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      last = turn.status === 'ok' ? turn.result : undefined;
      return;
    }
    if (turn.speaker !== 'assistant' || !turn.text) return;
    const text = turn.text;
    const odd = NOT_WORD.exec(text);
    if (odd) add('plural_not_word', at, `"${odd[1]}" is no English plural`);
    if (turn.action !== 'response' || last === undefined) return;
    const one = ONE_OF_ALL.exec(text);
    if (one) add('one_item_detailed', at, `one item of the list detailed alone: "for ${one[1]}, …"`);
    if (CLAIMS_MORE.test(text) && tokenOnly(last)) add('more_from_token', at, 'says there are more from a page token alone');
    const items = itemsOf(last);
    const unsaid = items ? typeUnsaid(items, text) : undefined;
    if (unsaid) add('item_type_unsaid', at, `every item is detailed but not its kind (${unsaid})`);
  });
}
