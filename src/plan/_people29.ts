/**
 * People listed by a name search are distinct people (QUALITY.md E): a search for "Samuel Murphy" that lists three
 * players all named Samuel Murphy, two of them under one record id, reads as one person three times. The searched
 * name is kept once: with both parts sent, the one person is listed once; with one part sent, the others are
 * namesakes by that part with another for the part not sent. No record id is listed twice in one list.
 */

const FIRST = /^(first_?name|given_?name|forename)$/i;
const LAST = /^(last_?name|surname|family_?name)$/i;
const OTHER_FIRST = ['Daniel', 'Thomas', 'Kevin', 'Ryan', 'Patrick', 'Brian', 'Connor', 'Sean'];
const OTHER_LAST = ['Walsh', 'Kelly', 'Byrne', 'Doyle', 'Foster', 'Hughes', 'Carter', 'Bennett'];
const ID_KEY = /^(_?id|\$oid|uuid|guid|[a-z]+_?(id|Id|ID))$/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Settle the people lists of a name search's result (`args` sent a first or last name). */
export function distinctPeople29(result: unknown, args: Readonly<Record<string, unknown>>): void {
  const keys = Object.keys(args);
  // Cheap bail-out: only a search by a person's name.
  if (!keys.some((k) => FIRST.test(k) || LAST.test(k))) return;
  const sent = { first: keys.some((k) => FIRST.test(k)), last: keys.some((k) => LAST.test(k)) };
  if (Array.isArray(result)) settleList(result, sent);
  else if (isRec(result)) for (const [k, v] of Object.entries(result)) if (Array.isArray(v)) settleList(v, sent, result, k);
}

function settleList(list: unknown[], sent: { first: boolean; last: boolean }, holder?: Rec, key?: string): void {
  const items = list.filter(isRec);
  if (items.length < 2) return;
  const first = Object.keys(items[0]!).find((k) => FIRST.test(k));
  const last = Object.keys(items[0]!).find((k) => LAST.test(k));
  if (first === undefined || last === undefined) return;
  const seen = new Set<string>();
  const drop = new Set<unknown>();
  items.forEach((item) => {
    const f = item[first];
    const l = item[last];
    if (typeof f !== 'string' || typeof l !== 'string') return;
    if (seen.has(`${f} ${l}`.toLowerCase())) {
      // Both parts sent: the one person found, listed once. Else a namesake by the part not sent.
      if (sent.first && sent.last) {
        drop.add(item);
        return;
      }
      const pool = sent.last ? OTHER_FIRST : OTHER_LAST;
      const other = pool.find((n) => !seen.has((pool === OTHER_FIRST ? `${n} ${l}` : `${f} ${n}`).toLowerCase()));
      if (other !== undefined) {
        if (pool === OTHER_FIRST) item[first] = other;
        else item[last] = other;
        renameWhole(item, `${f} ${l}`, `${item[first] as string} ${item[last] as string}`);
      }
    }
    seen.add(`${item[first] as string} ${item[last] as string}`.toLowerCase());
  });
  if (drop.size > 0) {
    const before = list.length;
    for (let i = list.length - 1; i >= 0; i--) if (drop.has(list[i])) list.splice(i, 1);
    // A count beside the list says the people listed.
    if (holder && key) for (const c of ['count', 'total', 'total_count', 'totalCount', 'results']) if (holder[c] === before) holder[c] = list.length;
  }
  distinctIds(list.filter(isRec));
}

/** A full-name field ("name": "Samuel Murphy") follows the renamed parts. */
function renameWhole(item: Rec, before: string, after: string): void {
  for (const [k, v] of Object.entries(item)) if (typeof v === 'string' && v === before && /name/i.test(k)) item[k] = after;
}

/** No record id twice in one list (`_id.$oid` included): a later repeat is changed in its last characters. */
function distinctIds(items: Rec[]): void {
  const seen = new Set<string>();
  const visit = (rec: Rec, i: number, depth: number): void => {
    for (const [k, v] of Object.entries(rec)) {
      if (isRec(v) && depth === 0) visit(v, i, 1);
      if (typeof v !== 'string' || !ID_KEY.test(k) || v.length < 4) continue;
      let value = v;
      for (let n = 1; seen.has(`${k}=${value}`) && n < 40; n++) value = nudged(v, i * 7 + n);
      rec[k] = value;
      seen.add(`${k}=${value}`);
    }
  };
  items.forEach((item, i) => visit(item, i, 0));
}

/** `v` with its last characters changed, keeping its alphabet (hex stays hex, digits stay digits). */
function nudged(v: string, n: number): string {
  const alphabet = /^[0-9]+$/.test(v) ? '0123456789' : /^[0-9a-f]+$/.test(v) ? '0123456789abcdef' : /^[0-9A-F]+$/.test(v) ? '0123456789ABCDEF' : 'abcdefghijkmnpqrstuvwxyz0123456789';
  const tail = [0, 1, 2].map((j) => alphabet[(n * (j + 3) + j * 5 + v.charCodeAt(v.length - 1 - j)) % alphabet.length]).join('');
  return v.slice(0, -3) + tail;
}
