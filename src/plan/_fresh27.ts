/**
 * Records a call made or changed (QUALITY.md E): a new account has sent nothing yet, has no first or last activity,
 * holds no optional setting it was not given, and a template just added is not published under other names; a
 * check that found a setting valid found it valid by the time it tested it.
 */
import { startFresh } from './_created.ts';
import { lastNameWord } from './_params.ts';

/** A count of activity over a period ({sent_monthly}, {opens_weekly}, {clicks_today}): a new record's is 0. */
const PERIOD_COUNT = /^(sent|sends|opens|opened|clicks|clicked|bounces|bounced|hard_bounces|soft_bounces|complaints|rejects|unsubs|unsubscribes|deliveries|delivered|views|visits|hits|requests|calls|messages|emails|orders)_(hourly|daily|weekly|monthly|yearly|today|this_week|this_month|total)$/;
/** The day of a first or last activity ({first_sent_at}, {last_login_at}): a new record has had none. */
const ACTIVITY_AT = /^(first|last)_(sent|send|sent_email|email|login|logged_in|seen|active|activity|open|opened|click|clicked|used|order|ordered|message)_(at|on|date|time)$/;
/** An optional setting ({custom_quota}, {custom_domain}) a new record holds only when it was given. */
const OPTIONAL_SETTING = /^custom_[a-z_]+$/;
const CREATED_AT = /^(created|created_at|date_created|creation_date|created_on)$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;

/** The post-build settling of one object: `created` when it is the record a create call made. */
export function settleRecord27(record: Record<string, unknown>, fixed: readonly string[], created: boolean, echo: Record<string, unknown>, enumOf: (key: string) => readonly unknown[] | undefined): void {
  if ('last_tested_at' in record) validBeforeTest(record);
  if (!created) return;
  const empty = !Object.values(echo).some((v) => Array.isArray(v) && v.length > 0);
  startFresh(record, fixed, empty, enumOf);
  if (!empty) return;
  for (const [key, value] of Object.entries(record)) {
    if (fixed.includes(key) || value === null) continue;
    const word = lastNameWord(key).toLowerCase();
    if (typeof value === 'number' && PERIOD_COUNT.test(word)) record[key] = 0;
    else if (typeof value === 'string' && ACTIVITY_AT.test(word)) record[key] = null;
    else if (OPTIONAL_SETTING.test(word) && !(key in echo)) record[key] = null;
  }
  if (typeof record.published_at === 'string' && !fixed.includes('published_at')) publishedAsMade(record, echo);
}

/**
 * A template just added is unpublished (no publish day, no published copy), unless it was published as it was
 * made: then on its creation day, with its own name, sender, subject and text.
 */
function publishedAsMade(record: Record<string, unknown>, echo: Record<string, unknown>): void {
  const published = echo.publish === true;
  const createdKey = Object.keys(record).find((k) => CREATED_AT.test(k));
  const created = createdKey !== undefined ? record[createdKey] : undefined;
  record.published_at = published && typeof created === 'string' ? created : null;
  for (const key of Object.keys(record)) {
    if (!key.startsWith('publish_')) continue;
    const own = key.slice('publish_'.length);
    record[key] = record.published_at !== null && own in record ? record[own] : null;
  }
}

/** A CNAME or SPF found valid ({valid: true, valid_after}) was valid by the last test, not months after it. */
function validBeforeTest(record: Record<string, unknown>): void {
  const tested = record.last_tested_at;
  if (typeof tested !== 'string' || !ISO.test(tested)) return;
  for (const value of Object.values(record)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const check = value as Record<string, unknown>;
    const after = check.valid_after;
    if (check.valid !== true || typeof after !== 'string' || !ISO.test(after) || after.slice(0, 10) <= tested.slice(0, 10)) continue;
    // Between the record's creation and the test (else a few weeks before the test), in the form the field had.
    const end = Date.parse(tested.slice(0, 10));
    const made = typeof record.created_at === 'string' && ISO.test(record.created_at) ? Date.parse(record.created_at.slice(0, 10)) : NaN;
    const at = made < end ? made + Math.floor((end - made) / 3 / 86_400_000) * 86_400_000 : end - 19 * 86_400_000;
    const day = new Date(at).toISOString().slice(0, 10);
    check.valid_after = `${day}${after.slice(10)}`;
  }
}
