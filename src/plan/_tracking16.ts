/**
 * A shipment's tracking agrees with itself (QUALITY.md E): its events run in date order, up to today, their
 * statuses move forward (label created → in transit → out for delivery, or the spec's own status order, never
 * pending → ok → pending), and the estimated delivery is a few days after the last event, not months later.
 */
import { REFERENCE_DATE } from '../world/index.ts';
import { routeEvents } from './_routes20.ts';

/** Keys that make a record a shipment (its tracking number, its carrier, when it should arrive). */
const SHIPMENT_SIGN = /(^|_)(tracking_?(number|no|num|id|code|url)|carrier|courier|shipment_?id|waybill|awb|estimated_?(delivery|arrival)(_?date)?|expected_?delivery(_?date)?|eta)$/;
const EVENTS = /(^|_)(events|tracking_?events|shipment_?events|checkpoints|scans|tracking_?history|tracking_?details|activities|traces)$/;
const EVENT_DATE = /^(at|date|time|timestamp|date_?time|datetime|occurred_?at|happened_?at|event_?(date|time)|scan_?(date|time)|checkpoint_?time|when|created_?at)$/;
const EVENT_STATUS = /^(status|state|stage|event|description|activity|message|status_?text|status_?description)$/;
const ESTIMATE = /^(estimated_?(delivery|arrival)(_?(date|at|time))?|expected_?(delivery|arrival)(_?(date|at|time))?|eta|delivery_?estimate|estimated_?delivery_?date)$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;
/** What a parcel goes through, in order: n events take the first n-1 steps and end in transit. */
const STEPS = ['Label created', 'Picked up', 'Arrived at sorting facility', 'Departed sorting facility', 'Arrived at local facility'];
const DAY = 86_400_000;
/** A status word of a parcel's journey (in transit, picked up, out for delivery), not of an order's payment. */
const PARCEL_STEP = /transit|pick|out_?for|label|depart|arriv|scan|facility|hub|sort|customs|dispatch|exception|attempt/i;
const DELIVERED = /^delivered$/i;
/** A status of an order's payment (paid, refunded): a vocabulary with these and no parcel step is the order's. */
const ORDER_STEP = /^(paid|unpaid|refunded|partially_?refunded|authori[sz]ed|captured|invoiced|cancel+ed)$/i;

/** `words` gives a key's snake-case words; `pinned` holds the concrete paths the chain reads; `enums` the status vocabularies by path pattern. */
export function agreeTracking(obj: Record<string, unknown>, path: string, pattern: string, words: (key: string) => string, pinned: ReadonlySet<string>, enums: ReadonlyMap<string, string[]>): void {
  const keys = Object.keys(obj);
  if (!keys.some((k) => SHIPMENT_SIGN.test(words(k)))) return;
  const eventsKey = keys.find((k) => EVENTS.test(words(k)) && Array.isArray(obj[k]) && (obj[k] as unknown[]).length > 0);
  const estimateKey = keys.find((k) => ESTIMATE.test(words(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  if (eventsKey === undefined) return;
  const here = path === '' ? eventsKey : `${path}.${eventsKey}`;
  const list = obj[eventsKey] as unknown[];
  if (!list.every((e) => !!e && typeof e === 'object' && !Array.isArray(e))) return;
  const entries = list as Array<Record<string, unknown>>;
  const dateKey = Object.keys(entries[0]!).find((k) => EVENT_DATE.test(words(k)) && entries.every((e) => typeof e[k] === 'string' && ISO.test(e[k] as string)));
  if (dateKey === undefined) return;
  const free = ![...pinned].some((p) => p.startsWith(`${here}[`));
  if (free) {
    // Newest last; nothing after today (a scan tomorrow has not happened).
    entries.sort((a, b) => ((a[dateKey] as string) < (b[dateKey] as string) ? -1 : (a[dateKey] as string) > (b[dateKey] as string) ? 1 : 0));
    const now = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);
    const last = Date.parse(entries[entries.length - 1]![dateKey] as string);
    if (Number.isFinite(last) && last > now) {
      const shift = Math.ceil((last - now) / DAY) * DAY;
      for (const e of entries) e[dateKey] = shifted(e[dateKey] as string, -shift);
    }
    routeEvents(obj, entries, words);
    const statusKey = Object.keys(entries[0]!).find((k) => /^(status|state|stage)$/.test(words(k)) && entries.every((e) => typeof e[k] === 'string'));
    const textKey = statusKey ?? Object.keys(entries[0]!).find((k) => EVENT_STATUS.test(words(k)) && entries.every((e) => typeof e[k] === 'string'));
    if (textKey !== undefined) {
      // An order's statuses (pending, paid, shipped, delivered) lent to its scans are no parcel steps: three
      // "delivered" scans before the estimate. A vocabulary of payment words without parcel steps is left out.
      const lent = enums.get(`${pattern === '' ? eventsKey : `${pattern}.${eventsKey}`}[].${textKey}`);
      const vocabulary = lent !== undefined && (lent.some((v) => PARCEL_STEP.test(v)) || !lent.some((v) => ORDER_STEP.test(v))) ? lent : undefined;
      if (vocabulary) {
        // The spec's own statuses, in its order: a parcel never goes back to an earlier one.
        const order = (v: unknown): number => vocabulary.indexOf(String(v));
        const statuses = entries.map((e) => e[textKey]).sort((a, b) => order(a) - order(b));
        entries.forEach((e, i) => (e[textKey] = statuses[i]));
        onceDelivered(entries, textKey, vocabulary);
      } else if (statusKey !== undefined || !entries.some((e) => /\s/.test(String(e[textKey])))) {
        // Free words drawn per entry (pending, ok): the steps a parcel goes through, ending in transit.
        const n = entries.length;
        const last = delivered(obj, words) ? 'Delivered' : 'In transit';
        entries.forEach((e, i) => (e[textKey] = n > 1 && i === n - 1 ? last : STEPS[Math.min(i, STEPS.length - 1)]!));
      }
    }
  }
  if (estimateKey === undefined || pinned.has(path === '' ? estimateKey : `${path}.${estimateKey}`)) return;
  // Expected two days after the last scan (three for a date-only estimate seen from its day).
  const lastAt = Date.parse((entries[entries.length - 1]![dateKey] as string).slice(0, 10));
  if (!Number.isFinite(lastAt)) return;
  const est = obj[estimateKey] as string;
  const day = new Date(lastAt + (delivered(obj, words) ? 0 : 2 * DAY)).toISOString();
  obj[estimateKey] = est.length <= 10 ? day.slice(0, 10) : `${day.slice(0, 10)}${est.slice(10)}`;
}

function shifted(value: string, ms: number): string {
  const t = Date.parse(value);
  if (!Number.isFinite(t)) return value;
  const iso = new Date(t + ms).toISOString();
  return value.length <= 10 ? iso.slice(0, 10) : `${iso.slice(0, 10)}${value.slice(10)}`;
}

/** The shipment's own status says it arrived. */
function delivered(obj: Record<string, unknown>, words: (key: string) => string): boolean {
  return Object.entries(obj).some(([k, v]) => /^(status|state|delivery_?status)$/.test(words(k)) && typeof v === 'string' && /^delivered$/i.test(v));
}

/** Delivered is the journey's end: said once, by the last scan; an earlier "delivered" takes the step before it. */
function onceDelivered(entries: Array<Record<string, unknown>>, key: string, vocabulary: readonly string[]): void {
  const end = vocabulary.findIndex((v) => DELIVERED.test(v));
  const before = vocabulary.slice(0, end < 0 ? vocabulary.length : end).filter((v) => !ORDER_STEP.test(v));
  if (before.length === 0) return;
  entries.forEach((e, i) => {
    if (i < entries.length - 1 && DELIVERED.test(String(e[key]))) e[key] = before[Math.min(i, before.length - 1)];
  });
}
