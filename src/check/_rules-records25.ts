/**
 * Records that keep to the world they come from (QUALITY.md E), wave 25: a parcel is delivered once, by its last
 * scan; a book edition was published before today; a job is called by its role, never by a skill alone; a street
 * is no Faker surname. Reads only the dialogue record; each rule first looks for its keys before any other work.
 */
import { en } from '@faker-js/faker';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { REFERENCE_DATE, STREET_NAMES, isBareSkillTitle25 } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const RECORDS25_INVARIANTS = ['tracking_delivered_early', 'edition_published_later', 'job_title_bare_skill', 'street_faker_surname'] as const satisfies readonly InvariantId[];

const snake = snakeKey;
const SHIPMENT = /(^|_)(tracking_?(number|no|id|code)|carrier|courier|shipment_?id|waybill|estimated_?delivery(_?date)?)$/;
const EVENTS = /(^|_)(events|tracking_?events|shipment_?events|checkpoints|scans|tracking_?history|tracking_?details|activities|traces)$/;
const EVENT_DATE = /^(at|date|time|timestamp|date_?time|datetime|occurred_?at|event_?(date|time)|scan_?(date|time)|when|created_?at)$/;
const EVENT_STATUS = /^(status|state|stage|event|description|activity|status_?text)$/;
const ISBN = /(^|_)isbn(_?1[03])?$/;
const PUBLISHED = /^(publish_?date|published|published_?(at|on|date)|publication_?date|pub_?date|publish_?year|publication_?year)$/;
const JOB_SIGN = /^(job_?id|employment_?type|salary|company_?name|contract_?type|remote)$/;
const STREET_KEY = /^(street|street_?address|address|address_?line_?1|line_?1|address1|formatted_?address)$/;
const SURNAME_STREET = /^\d{1,5}\s+([A-Z][a-z]+)\s+(Street|Avenue|Road|Boulevard|Drive|Lane|Place|Marg|Close|Crescent|Terrace|Parade|Gardens|Way|Court)\b/;
/** Faker's English surnames that no city names a street after, besides those that many do (Washington, Park, King). */
const REAL_STREET_WORDS = new Set(['Washington', 'Lincoln', 'Franklin', 'Madison', 'Jefferson', 'Jackson', 'Adams', 'Wilson', 'Taylor', 'Anderson', 'Johnson', 'Smith', 'Williams', 'Brown', 'Davis', 'Miller', 'Moore', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'King', 'Wright', 'Hill', 'Green', 'Baker', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Parker', 'Campbell', 'Morgan', 'Cooper', 'Howard', 'Ward', 'Grant', 'Kennedy', 'Church', 'Mill', 'Park', 'Lake', 'Bridge', 'Market', 'Station', 'Queen', 'Victoria', 'Wellington', 'Collins', 'George', 'Elizabeth', 'Long', 'Oxford', 'Hamilton', 'Harrison', 'Grove', 'Marsh', 'Brook', 'Rice', 'Taft', 'Bell', 'Stone', 'Wood', 'Fields', 'Ross', 'Young', 'Lee', 'Scott', 'Murray', 'Hunter', 'Ellis', 'Warren', 'Monroe', 'Pierce', 'Grand']);
const FAKER_SURNAMES = new Set<string>(((en.person?.last_name as { generic?: string[] } | undefined)?.generic ?? []).filter((n) => !REAL_STREET_WORDS.has(n) && !Object.values(STREET_NAMES).some((ss) => ss.some((s) => s.startsWith(`${n} `)))));
const NOW_YEAR = Number(REFERENCE_DATE.slice(0, 4));

export function checkRecords25(record: DialogueRecord, add: Add): void {
  const said = new Set<InvariantId>();
  const once = (id: InvariantId, at: number, message: string): void => {
    if (said.has(id)) return;
    said.add(id);
    add(id, at, message);
  };
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    eachObject(turn.result, (obj) => {
      const keys = Object.keys(obj);
      const words = keys.map(snake);
      if (words.some((w) => SHIPMENT.test(w))) {
        const early = deliveredEarly(obj, keys, words);
        if (early !== undefined) once('tracking_delivered_early', at, early);
      }
      if (words.some((w) => ISBN.test(w))) {
        keys.forEach((k, i) => {
          if (!PUBLISHED.test(words[i]!)) return;
          const v = obj[k];
          if ((typeof v === 'string' && /^\d{4}-\d{2}/.test(v) && v.slice(0, 10) > REFERENCE_DATE) || (typeof v === 'number' && v > NOW_YEAR)) once('edition_published_later', at, `a book edition published after today: ${k} ${String(v)}`);
        });
      }
      if (typeof obj.title === 'string' && words.some((w) => JOB_SIGN.test(w)) && isBareSkillTitle25(obj.title)) once('job_title_bare_skill', at, `a job titled by a skill alone: "${obj.title}"`);
      keys.forEach((k, i) => {
        const v = obj[k];
        if (typeof v !== 'string' || !STREET_KEY.test(words[i]!)) return;
        const m = SURNAME_STREET.exec(v);
        if (m !== null && FAKER_SURNAMES.has(m[1]!)) once('street_faker_surname', at, `a street named after a made-up surname: "${v}"`);
      });
    });
  });
}

/** Why a shipment's scans say delivered too early (twice, or before a later scan), or undefined. */
function deliveredEarly(obj: Record<string, unknown>, keys: string[], words: string[]): string | undefined {
  const i = words.findIndex((w) => EVENTS.test(w));
  const list = i < 0 ? undefined : obj[keys[i]!];
  if (!Array.isArray(list) || list.length < 2 || !list.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) return undefined;
  const entries = list as Array<Record<string, unknown>>;
  const first = Object.keys(entries[0]!);
  const dateKey = first.find((k) => EVENT_DATE.test(snake(k)) && entries.every((e) => typeof e[k] === 'string'));
  const statusKey = first.find((k) => EVENT_STATUS.test(snake(k)) && entries.every((e) => typeof e[k] === 'string'));
  if (statusKey === undefined) return undefined;
  const ordered = dateKey === undefined ? entries : [...entries].sort((a, b) => String(a[dateKey]).localeCompare(String(b[dateKey])));
  const delivered = ordered.map((e, n) => (/^delivered$/i.test(String(e[statusKey]).trim()) ? n : -1)).filter((n) => n >= 0);
  if (delivered.length > 1) return `a parcel is delivered ${delivered.length} times in its scans`;
  if (delivered.length === 1 && delivered[0] !== ordered.length - 1) return 'a parcel is scanned again after it was delivered';
  return undefined;
}
