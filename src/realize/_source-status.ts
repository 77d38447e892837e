/**
 * A status that changes what the user wants is said first (QUALITY.md F): the event a lookup found is postponed,
 * the restaurant closed, the show sold out. Said even when the answer is about something else (its ticket offers).
 */

/** Statuses a person must hear before anything else about the record, as said. */
const ALERT_STATUS: ReadonlyMap<string, string> = new Map([
  ['postponed', 'postponed'], ['cancelled', 'cancelled'], ['canceled', 'cancelled'], ['rescheduled', 'rescheduled'],
  ['soldout', 'sold out'], ['sold out', 'sold out'], ['sold_out', 'sold out'], ['closed', 'closed'], ['permanently_closed', 'permanently closed'],
  ['closed_permanently', 'permanently closed'], ['temporarily_closed', 'temporarily closed'], ['closed_temporarily', 'temporarily closed'],
  ['suspended', 'suspended'], ['discontinued', 'discontinued'], ['out_of_stock', 'out of stock'], ['outofstock', 'out of stock'],
  ['out of stock', 'out of stock'], ['offsale', 'off sale'], ['off_sale', 'off sale'], ['delayed', 'delayed'], ['diverted', 'diverted'],
]);
const STATUS_KEYS = ['status', 'state', 'eventStatus', 'event_status', 'businessStatus', 'business_status', 'availability'];

/** The alert status of a record ("postponed"), or undefined. */
export function alertStatus(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  for (const key of STATUS_KEYS) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === 'string') {
      const said = ALERT_STATUS.get(value.trim().toLowerCase());
      if (said) return said;
    }
  }
  return undefined;
}

/** The record holding the value at `path` ("data.events[0].eventId" → the first event), or undefined. */
export function holderAt(result: unknown, path: string): unknown {
  const steps = path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
  let at: unknown = result;
  for (let k = 0; k < steps.length - 1; k++) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[steps[k] as string];
  }
  return at;
}

/** " Note that Lior Kaur is postponed." when the record a lookup found has an alert status; else ''. */
export function sourceStatusNote(result: unknown, path: string, label: string | undefined): string {
  const status = alertStatus(holderAt(result, path));
  if (!status) return '';
  return `Note that ${label ?? 'it'} ${/^(postponed|cancelled|rescheduled|suspended|discontinued|diverted)$/.test(status) ? 'has been' : 'is'} ${status}. `;
}
