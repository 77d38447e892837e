/**
 * A result honours the arguments of its call (QUALITY.md E): the records a search returns carry the exact filter
 * it was asked by (symbol AMZN, industry healthcare), sit inside the bounds it sent (minRating 5), fall on the day
 * asked for; a create or update echoes the values it set; a cancel or delete leaves its record cancelled/deleted.
 * One pass over the built result's main records (the root, its top-level lists and one wrapper level); values the
 * chain reads later (pinned) and ids of other records are left as drawn.
 */
import type { Operation } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';
import { statusAfterChange } from './_agree.ts';

/** Names of arguments that filter records to those holding exactly that value. */
const EXACT_FILTER = /^(symbol|ticker|company|month|year|industry|sector|type|status|category|country|country_code|registrar|genre|brand|exchange|league|gender|department|kind|platform|difficulty|level|severity|priority|language|lang|publisher|source|author|artist|network|channel|label|provider|airline|carrier|manufacturer|make|model|organizer|organiser|last_name|first_name|surname|family_name|given_name|lastname|firstname)$/;
/** Parts of a person's name: a search by one (`lastName: "Dubois"`) finds people of that name, and their full name says it. */
const NAME_PART = /^(last_name|first_name|surname|family_name|given_name|lastname|firstname)$/;
const FULL_NAME = /^(name|full_name|fullname|display_name|player_name|person_name)$/;
const STATUS_FIELD = /^(status|state)$/;
const CITY_CODE_ARG = /^(city_code|city_iata|city_iata_code)$/;
const CITY_CODE_FIELD = /^(city_code|iata_code|iata|city_iata|city_iata_code)$/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

type Bound = 'exact' | 'min' | 'max' | 'set' | 'day';

/** How the argument `arg` constrains a field named `field` (both as lower-case words), if it does. */
function boundOf(arg: string, field: string, value: unknown, writes: boolean): Bound | undefined {
  if (field === 'id' || field.endsWith('_id')) return undefined;
  // Records listed for a city's code (`cityCode: PAR`) say that code where they say theirs (Amadeus's `iataCode`), never CDG.
  if (CITY_CODE_ARG.test(arg) && CITY_CODE_FIELD.test(field) && typeof value === 'string' && /^[A-Z]{3}$/.test(value)) return 'exact';
  // A name filter (`publisher: "Motley Fool"`) holds for the record's `publisher_name` too.
  if (arg === field || (field === `${arg}_name` && EXACT_FILTER.test(arg))) {
    if (typeof value === 'string' && DAY.test(value) && /(^|_)date$/.test(field)) return 'day';
    if (writes) return 'set';
    return EXACT_FILTER.test(arg) ? 'exact' : undefined;
  }
  if (typeof value !== 'number') return undefined;
  if (arg === `min_${field}` || arg === `${field}_min` || arg === `minimum_${field}`) return 'min';
  if (arg === `max_${field}` || arg === `${field}_max` || arg === `maximum_${field}`) return 'max';
  return undefined;
}

/** A filter value a record can carry as it is: one short value, not a list ("AMZN,GOOGL"). */
function oneValue(value: unknown): value is string | number {
  return typeof value === 'number' || (typeof value === 'string' && value.length > 0 && value.length <= 40 && !value.includes(','));
}

/** The argument written the way the field writes its values ("healthcare" in "Consumer Goods" style: "Healthcare"). */
function styled(arg: string, before: string): string {
  if (/^[A-Z]/.test(before) && arg === arg.toLowerCase() && /^[a-z]/.test(arg) && before !== before.toUpperCase()) return arg.replace(/(^|[\s_-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
  if (before.length > 1 && before === before.toUpperCase() && /[A-Z]/.test(before) && arg === arg.toLowerCase()) return arg.toUpperCase();
  return arg;
}

/** The records a result is about, with their paths: the root object, items of top-level lists, and one wrapper below. */
function mainRecords(result: unknown): Array<[Record<string, unknown>, string, boolean]> {
  const out: Array<[Record<string, unknown>, string, boolean]> = [];
  const visit = (value: unknown, path: string, depth: number, single: boolean): void => {
    if (Array.isArray(value)) {
      if (depth < 2) value.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1, false));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    out.push([record, path, single]);
    if (depth >= 2) return;
    for (const [key, child] of Object.entries(record)) {
      if (child && typeof child === 'object') visit(child, path === '' ? key : `${path}.${key}`, depth + 1, single && !Array.isArray(child) && /^(data|result|record|item)$/i.test(key));
    }
  };
  visit(result, '', 0, true);
  return out;
}

/** Make the result's main records agree with the call's scalar arguments (see the file comment). */
export function honourArguments(result: unknown, args: Record<string, unknown>, operation: Pick<Operation, 'effect' | 'name' | 'method'>, pinnedValues: ReadonlySet<string>, pinnedAt: Readonly<Record<string, string>>): void {
  const removes = statusAfterChange(operation);
  const writes = removes !== 'deleted' && removes !== 'cancelled' && (operation.effect === 'create' || operation.effect === 'update');
  const argWords = Object.entries(args).filter(([, v]) => oneValue(v) || typeof v === 'boolean').map(([k, v]) => [lastNameWord(k), v] as const);
  const pinnedPaths = new Set(Object.values(pinnedAt));
  for (const [record, path, single] of mainRecords(result)) {
    if (removes && single && path === '') echoRemovedId(record, args);
    for (const [key, before] of Object.entries(record)) {
      if (before !== null && typeof before === 'object') {
        if (writes && single) setAmount(before as Record<string, unknown>, argWords.find(([arg]) => arg === lastNameWord(key))?.[1]);
        else if (!writes && Array.isArray(before)) carryFilterValue(before, lastNameWord(key), argWords);
        else if (!writes && before !== null) boundAmount(before as Record<string, unknown>, lastNameWord(key), argWords);
        continue;
      }
      const concrete = path === '' ? key : `${path}.${key}`;
      if (pinnedPaths.has(concrete) || pinnedValues.has(JSON.stringify(before))) continue;
      const field = lastNameWord(key);
      if (removes && single && STATUS_FIELD.test(field) && typeof before === 'string') {
        record[key] = before === before.toUpperCase() ? removes.toUpperCase() : removes;
        continue;
      }
      for (const [arg, value] of argWords) {
        const bound = boundOf(arg, field, before, writes && single);
        if (bound === undefined) continue;
        if (typeof value !== typeof before) continue;
        if (bound === 'exact' && NAME_PART.test(field) && typeof value === 'string' && typeof before === 'string') renamePerson(record, before, styled(value, before));
        if (bound === 'exact' || bound === 'set') record[key] = typeof value === 'string' && typeof before === 'string' ? styled(value, before) : value;
        else if (bound === 'min' && (before as number) < (value as number)) record[key] = value;
        else if (bound === 'max' && (before as number) > (value as number)) record[key] = value;
        else if (bound === 'day' && typeof value === 'string' && DAY.test(value)) record[key] = value.slice(0, 10) + (before as string).slice(10);
        break;
      }
    }
  }
}

/** A money object filtered by its name's bound (`maxPrice: 867.97` on `price: { amount, currencyCode }`): its amount holds the bound. */
function boundAmount(money: Record<string, unknown>, field: string, argWords: ReadonlyArray<readonly [string, unknown]>): void {
  const key = 'amount' in money ? 'amount' : 'value' in money ? 'value' : undefined;
  const before = key === undefined ? undefined : money[key];
  if (key === undefined || typeof before !== 'number') return;
  for (const [arg, value] of argWords) {
    if (typeof value !== 'number') continue;
    const bound = boundOf(arg, field, before, false);
    // Inside the bound, not on it: a product under a cap of 850 costs 765, not 850.
    if (bound === 'min' && before < value) money[key] = Number((value * 1.1).toFixed(2));
    else if (bound === 'max' && before > value) money[key] = Number((value * 0.9).toFixed(2));
  }
}

/**
 * A list field filtered by its singular (`label: "Important"` on records' `labels`) carries the value asked for:
 * a template listed for the label "Important" is labelled "Important", whatever else it is labelled.
 */
function carryFilterValue(values: unknown[], field: string, argWords: ReadonlyArray<readonly [string, unknown]>): void {
  if (values.length === 0 || !field.endsWith('s') || !values.every((v) => typeof v === 'string')) return;
  const sent = argWords.find(([arg]) => (arg.endsWith('y') ? `${arg.slice(0, -1)}ies` : `${arg}s`) === field && (EXACT_FILTER.test(arg) || arg === 'tag'))?.[1];
  if (typeof sent !== 'string' || sent.length === 0) return;
  const lower = sent.toLowerCase();
  if (values.some((v) => (v as string).toLowerCase() === lower)) return;
  values[0] = styled(sent, values[0] as string);
}

/** A person found by a part of the name carries it in the full name too ("Zoe Romero" found by lastName Dubois is "Zoe Dubois"). */
function renamePerson(record: Record<string, unknown>, before: string, after: string): void {
  if (before === '' || before === after) return;
  for (const [key, full] of Object.entries(record)) {
    if (typeof full !== 'string' || !FULL_NAME.test(lastNameWord(key))) continue;
    const parts = full.split(' ');
    const at = parts.indexOf(before);
    if (at >= 0) record[key] = [...parts.slice(0, at), after, ...parts.slice(at + 1)].join(' ');
  }
}

/** A money object set by a number (`rate: 9.18` into `rate: {currency, value}`) holds that number. */
function setAmount(money: Record<string, unknown>, value: unknown): void {
  if (typeof value !== 'number' || Array.isArray(money)) return;
  for (const key of ['value', 'amount']) if (typeof money[key] === 'number') money[key] = value;
}

/** What a delete or cancel answers with its record's id is the id it was sent (the first, of several). */
function echoRemovedId(record: Record<string, unknown>, args: Record<string, unknown>): void {
  if (typeof record.id !== 'string') return;
  const sent = Object.entries(args).find(([k, v]) => /^(id|ids)$/.test(lastNameWord(k)) && typeof v === 'string' && v.length > 0)?.[1] as string | undefined;
  const first = sent?.split(',')[0]?.trim();
  if (first) record.id = first;
}
