/**
 * A record the call has just created is new (QUALITY.md E): its status is a beginning one (open, active, draft,
 * in progress), never closed, cancelled or completed, and what it gathers over its life (tracks, followers,
 * minutes logged, amounts invoiced or spent) starts at zero.
 */
import { lastNameWord } from './_params.ts';

const HELD_COUNT = /^(?:(?:[a-z]+_)?count|(?:[a-z]+_)+count|num_[a-z_]+|total_[a-z_]+|[a-z]+_total|followers|likes|views|plays|subscribers|members|comments|downloads|reviews|ratings)$/;
const PRICE_LIKE = /price|amount|cost|fee|tax|paid|due|balance/;
/** What a record only gathers by living: work logged, money invoiced, spent or paid. */
const GATHERED = /(^|_)(minutes|hours|time)_(logged|spent|to_be_invoiced|invoiced|billed)$|(^|_)(invoiced|to_be_invoiced|billed|spent|paid|refunded|used|consumed)(_|$)|(^|_)(expense|logged)_/;
const STATUS_KEY = /^(status|state|stage|phase|lifecycle_?state|[a-z]+_status)$/;
/** A state a new record cannot be in (completed is left alone: a payment or a run may finish within its call). */
const ENDED = /^(closed|cancel+ed|invoiced|billed|done|finished|rejected|declined|returned|fulfilled|settled|archived|deleted|removed|resolved|expired|inactive|disabled|suspended|terminated|ended|refunded|shipped|delivered|void(ed)?)$/i;
/** The states a record begins in, the likeliest first. */
const BEGINNING = [/^(new|created|draft)$/i, /^(open|opened|active|enabled|live)$/i, /^(pending|submitted|in_?review|awaiting\w*|scheduled|planned|queued|todo|to_?do|not_?started)$/i, /^(in_?progress|inprogress|started|processing)$/i];

/**
 * The main record of a create call starts new: gathered numbers at zero (when it was not created with contents,
 * `empty`), and an ended status replaced by the enum's first beginning state (`enumOf` gives a key's allowed values).
 */
export function startFresh(record: Record<string, unknown>, fixed: readonly string[], empty: boolean, enumOf: (key: string) => readonly unknown[] | undefined): void {
  for (const [key, value] of Object.entries(record)) {
    if (fixed.includes(key)) continue;
    const word = lastNameWord(key);
    if (typeof value === 'string' && STATUS_KEY.test(word) && ENDED.test(value.replace(/[\s-]/g, '_'))) {
      const allowed = (enumOf(key) ?? []).filter((v): v is string => typeof v === 'string');
      const fresh = allowed.length > 0 ? BEGINNING.map((re) => allowed.find((v) => re.test(v.replace(/[\s-]/g, '_')))).find(Boolean) : matchCase('active', value);
      if (fresh) record[key] = fresh;
      continue;
    }
    if (!empty) continue;
    if (GATHERED.test(word)) zero(record, key);
    else if (typeof value === 'number' && HELD_COUNT.test(word) && !PRICE_LIKE.test(word)) record[key] = 0;
  }
}

/** A number, or an amount object's number (`{currency, value}`), set to zero. */
function zero(record: Record<string, unknown>, key: string): void {
  const value = record[key];
  if (typeof value === 'number') record[key] = 0;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number' && /^(value|amount|total|minutes|hours)$/.test(lastNameWord(k))) (value as Record<string, unknown>)[k] = 0;
  }
}

const matchCase = (word: string, like: string): string => (like === like.toUpperCase() ? word.toUpperCase() : /^[A-Z]/.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word);
