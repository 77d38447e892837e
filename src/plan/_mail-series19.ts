/**
 * Fields of a mail record and of a time series, by their mail and series meanings (openapi #33, #47): a mail's
 * `client_address` is the sending client's IP (never a street), `mail_from`/`to`/`cc` are email addresses (never a
 * code or a date), and a stats bucket's `time` in a time series is a full timestamp on the hour (never "13:30").
 */
import { faker } from './_faker.ts';

type MeaningRule = [test: (n: string, about: string, parent: string) => boolean, make: () => string];

/** The operation or its description speaks of mail. */
const MAIL = /\b(e-?mails?|mail|mails|mime|smtp|inbound|outbound|mailbox|newsletters?|senders?|recipients?|bounces?)\b/;
/** Messages that are not mail: texts, calls, faxes. */
const NOT_MAIL = /\b(sms|mms|phones?|text messages?|whatsapp|telegram|fax|calls?|voice)\b/;
/** The operation or its description speaks of a series of figures over time. */
const SERIES = /\b(time[ -]?series|timeseries|hourly|per hour|by hour|history|histogram)\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A timestamp on the hour in 2024–2026. */
function onTheHour(): string {
  const year = faker.number.int({ min: 2024, max: 2026 });
  const month = faker.number.int({ min: 1, max: 12 });
  const day = faker.number.int({ min: 1, max: 28 });
  return `${year}-${pad(month)}-${pad(day)}T${pad(faker.number.int({ min: 0, max: 23 }))}:00:00Z`;
}

export const MAIL_SERIES_RULES: readonly MeaningRule[] = [
  // The address a connection or a message came from is an IP address.
  [(n) => /(^|_)(client|remote|source|sender|origin|peer|server|host)_(address|addr)$|(^|_)(client_?addr|remote_?addr)$/.test(n), () => faker.internet.ipv4()],
  // The sender and recipients of mail are email addresses.
  [(n) => /(^|_)(mail_from|from_email|from_address|sender_email|reply_to|return_path|envelope_from|rcpt_to|to_email|to_address|recipient_email)$/.test(n), () => faker.internet.email().toLowerCase()],
  [(n, d) => (/^(to|from|cc|bcc|sender|recipients?|rcpt)$/.test(n) || (n === 'address' && !/\b(street|postal|shipping|billing|city|zip)\b/.test(d))) && MAIL.test(d) && !NOT_MAIL.test(d), () => faker.internet.email().toLowerCase()],
  // A time series' bucket is a moment on the hour with its date.
  [(n, d) => /^(time|hour|timestamp|bucket|period)$/.test(n) && SERIES.test(d), onTheHour],
];

type Json = Record<string, unknown>;
const SERIES_OP = /time[-_ ]?series|timeseries|hourly/i;
const ON_THE_HOUR = /^\d{4}-\d\d-\d\dT\d\d:00:00Z$/;
const BUCKET_KEY = /^(time|hour|timestamp|bucket|period)$/;
const END_ARG = /^(date_?to|to_?date|end_?date|date_?end|end|until|to)$/i;
const START_ARG = /^(date_?from|from_?date|start_?date|date_?start|start|since|from)$/i;
const DAY = /^(\d{4}-\d\d-\d\d)/;
const HOUR_MS = 3_600_000;

function dayArg(args: Readonly<Json>, test: RegExp): number | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!test.test(k) || typeof v !== 'string') continue;
    const m = DAY.exec(v);
    if (m) return Date.parse(`${m[1]}T00:00:00Z`);
  }
  return undefined;
}

/**
 * The buckets of an hourly time series follow one another hour by hour inside the asked range (ending on the
 * asked end day, or starting on the asked start day), never hours scattered over three years.
 */
export function seriesHourByHour(result: unknown, op: { name: string; path?: string }, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (!SERIES_OP.test(op.name) && !SERIES_OP.test(op.path ?? '')) return;
  const items = Array.isArray(result) ? result : undefined;
  if (!items || items.length < 2) return;
  let key: string | undefined;
  let latest = -Infinity;
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
    key ??= Object.keys(item).find((k) => BUCKET_KEY.test(k));
    const v = key === undefined ? undefined : (item as Json)[key];
    if (typeof v !== 'string' || !ON_THE_HOUR.test(v) || pinned.has(JSON.stringify(v))) return;
    latest = Math.max(latest, Date.parse(v));
  }
  const end = dayArg(args, END_ARG);
  const start = dayArg(args, START_ARG);
  const first = end !== undefined ? end + 23 * HOUR_MS - (items.length - 1) * HOUR_MS : start !== undefined ? start : latest - (items.length - 1) * HOUR_MS;
  items.forEach((item, i) => {
    (item as Json)[key!] = new Date(first + i * HOUR_MS).toISOString().replace('.000Z', 'Z');
  });
}
