/**
 * Content of mock records that a reader can check by hand (QUALITY.md E), wave 23:
 * - `isbn_check_digit`: an ISBN-13 or ISBN-10 in a result, an argument or a turn's text has a right check digit
 *   (no 9781852806373: no real book has it);
 * - `pay_against_seniority`: in one result, a job two levels lower (intern < junior < plain < senior < lead or
 *   manager) is never paid more (the middle of its range), in the same currency, than one of a higher level (no internship paying 890k NOK
 *   beside a Senior role at 730k).
 * - `value_outside_input_enum`: a result's `reason` or `industry` is one of the values the dialogue's operations
 *   accept for an input of that name (a refund's reason "arrived late" is none of damaged, wrong_item, …); a
 *   status, type or kind may be another record's, so those are left alone.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const MOCKS23_INVARIANTS = ['isbn_check_digit', 'pay_against_seniority', 'value_outside_input_enum'] as const satisfies readonly InvariantId[];

const ISBN13 = /(?<![0-9])97[89][0-9]{10}(?![0-9])/g;
const ISBN_KEY = /isbn/i;

/** Whether a 13- or 10-digit ISBN (hyphens allowed) has the right check digit; other strings pass. */
export function isbnValid(value: string): boolean {
  const d = value.replace(/[-\s]/g, '').toUpperCase();
  if (/^\d{13}$/.test(d)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
  }
  if (/^\d{9}[\dX]$/.test(d)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (d[i] === 'X' ? 10 : Number(d[i])) * (10 - i);
    return sum % 11 === 0;
  }
  return true;
}

function badIsbnIn(value: unknown): string | undefined {
  let bad: string | undefined;
  eachObject(value, (obj) => {
    if (bad !== undefined) return;
    for (const [k, v] of Object.entries(obj)) if (ISBN_KEY.test(k) && typeof v === 'string' && !isbnValid(v)) bad = v;
  });
  return bad;
}

const TITLE = /^(title|job_?title|position|role)$/i;
const KIND = /^(employment_?type|job_?type|contract_?type|type|employment|work_?type)$/i;
const LEAD = /\b(lead|principal|head|director|chief|vp|vice president|manager|supervisor|architect)\b/i;
const SENIOR = /\b(senior|sr\.?|staff)\b/i;
const JUNIOR = /\b(junior|jr\.?|graduate|entry.level|trainee|assistant)\b/i;

function level(obj: Json): number | undefined {
  const titleKey = Object.keys(obj).find((k) => TITLE.test(k) && typeof obj[k] === 'string');
  if (titleKey === undefined) return undefined;
  const title = obj[titleKey] as string;
  const kind = Object.keys(obj).find((k) => KIND.test(k) && typeof obj[k] === 'string');
  if (/\b(intern|internship|apprentice)\b/i.test(title) || (kind !== undefined && /^intern(ship)?$/i.test(obj[kind] as string))) return 0;
  return LEAD.test(title) ? 4 : SENIOR.test(title) ? 3 : JUNIOR.test(title) ? 1 : 2;
}

/** A job's yearly pay range and currency, from a `salary` object with min/max or flat salary keys. */
function pay(obj: Json): { low: number; high: number; currency: string } | undefined {
  const salary = obj['salary'] ?? obj['salaryRange'] ?? obj['salary_range'] ?? obj['compensation'];
  const holder = salary !== null && typeof salary === 'object' && !Array.isArray(salary) ? (salary as Json) : obj;
  const nums = Object.entries(holder).filter(([k, v]) => typeof v === 'number' && /^(min|max|minimum|maximum|from|to|low|high|salary_?min|salary_?max|min_?salary|max_?salary|salary|amount)$/i.test(k)).map(([, v]) => v as number);
  if (nums.length === 0 || Object.entries(holder).some(([k, v]) => /period|interval|unit|per$/i.test(k) && typeof v === 'string' && !/year|annual/i.test(v))) return undefined;
  const currency = Object.entries(holder).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string')?.[1];
  return { low: Math.min(...nums), high: Math.max(...nums), currency: typeof currency === 'string' ? currency : '' };
}

function payInversion(result: unknown): string | undefined {
  const jobs: { level: number; low: number; high: number; currency: string; title: string }[] = [];
  eachObject(result, (obj) => {
    if (!('salary' in obj || 'salaryRange' in obj || 'salary_range' in obj || 'compensation' in obj || 'salaryMin' in obj || 'salary_min' in obj)) return;
    const l = level(obj);
    const p = l === undefined ? undefined : pay(obj);
    if (l !== undefined && p !== undefined) jobs.push({ level: l, ...p, title: String(obj['title'] ?? obj['jobTitle'] ?? obj['job_title'] ?? '') });
  });
  for (const a of jobs) for (const b of jobs) if (a.level + 2 <= b.level && a.currency === b.currency && a.low + a.high > b.low + b.high) return `"${a.title}" is paid ${a.low}–${a.high} ${a.currency}, more than "${b.title}" at ${b.low}–${b.high}`;
  return undefined;
}

const NOT_SHARED = /^(status|state|type|kind|sort|order|sort_?by|order_?by|format|lang|language|currency|country|fields|mode)$/i;
const CATCH_ALL = /^(all|any|none|\*|everything|both|other|others|unknown)$/i;

/** The string enums of the record's operations' inputs, by input name (catch-alls left out). */
function inputEnums(record: DialogueRecord): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const op of Object.values(record.operations)) {
    const props = (op.parameters as { properties?: Record<string, { enum?: unknown[] }> }).properties ?? {};
    for (const [name, schema] of Object.entries(props)) {
      const listed = schema?.enum;
      if (!Array.isArray(listed) || NOT_SHARED.test(name) || !listed.every((v) => v === null || typeof v === 'string')) continue;
      const values = listed.filter((v): v is string => typeof v === 'string' && !CATCH_ALL.test(v));
      if (values.length >= 2) out.set(name, new Set([...(out.get(name) ?? []), ...values]));
    }
  }
  return out;
}

function outsideEnum(result: unknown, enums: Map<string, Set<string>>): string | undefined {
  let found: string | undefined;
  eachObject(result, (obj) => {
    if (found !== undefined) return;
    for (const [k, v] of Object.entries(obj)) {
      const allowed = enums.get(k);
      if (allowed !== undefined && typeof v === 'string' && v !== '' && !CATCH_ALL.test(v) && !allowed.has(v)) found = `${k} "${v}" is none of ${[...allowed].join(', ')}`;
    }
  });
  return found;
}

export function checkMocks23(record: DialogueRecord, add: Add): void {
  let enums: Map<string, Set<string>> | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      if (turn.status !== 'ok') return;
      const text = JSON.stringify(turn.result);
      if (/isbn/i.test(text)) {
        const bad = badIsbnIn(turn.result);
        if (bad !== undefined) add('isbn_check_digit', at, `ISBN ${bad} has a wrong check digit`);
      }
      enums ??= inputEnums(record);
      if (enums.size > 0) {
        const outside = outsideEnum(turn.result, enums);
        if (outside !== undefined) add('value_outside_input_enum', at, outside);
      }
      if (/salary|compensation/i.test(text)) {
        const inverted = payInversion(turn.result);
        if (inverted !== undefined) add('pay_against_seniority', at, inverted);
      }
      return;
    }
    if (turn.speaker === 'assistant' && turn.call) {
      const bad = badIsbnIn(turn.call.arguments);
      if (bad !== undefined) add('isbn_check_digit', at, `ISBN ${bad} sent has a wrong check digit`);
    }
    const said = (turn as { text?: unknown }).text;
    if (typeof said !== 'string' || !/97[89]/.test(said)) return;
    for (const m of said.matchAll(ISBN13)) if (!isbnValid(m[0])) return add('isbn_check_digit', at, `ISBN ${m[0]} said has a wrong check digit`);
  });
}
