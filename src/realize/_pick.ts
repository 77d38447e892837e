/**
 * The words of a list-and-pick (flow token `Pick`): the assistant shows the few records a source returned,
 * each by its name and one fact that tells it apart (its city, its date, its artist), and asks which one; the
 * user answers with the name of the one they mean. The records are read from the source's tool result.
 */
import type { DialoguePlan, ParamRef, Turn } from '../plan/types.ts';
import type { Rng } from '../random/index.ts';
import { sayDate } from './_response.ts';
import { humanizeIdentifier, joinList, plural, singular, slotNoun, upperFirst } from './words.ts';
import { OTHER_NAME_KEY28, roleDetail28 } from './_intents-lists28.ts';

export interface PickOption {
  label: string;
  /** One fact that tells the record apart ("in Seattle", "on March 22, 2026", "artist: Bill Withers"). */
  detail?: string;
}

const LABEL = /^(name|title|display_?name|full_?name|label|headline)$/i;
const OPAQUE = /(^|_)(id|ids|uuid|guid|href|url|uri|key|code|token|hash|etag|slug)$|Id$|Ids$|Url$|Uri$|Code$|Key$/;
const CITY = /^(city|town|locality|city_?name)$/i;
const DATE = /(date|_at|At$|time|^(starts|onset|released?|published|created))/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}|$)/;
/** When the record was written or last changed: bookkeeping, never what tells one record from another (QUALITY.md J). */
const BOOKKEEPING_TIME = /^(timestamp|time_?stamp|ts|(last_?)?(updated|modified)(_?at|_?on|_?date|_?time)?|date_?(updated|modified)|updated|modified)$/i;
const PERSON = /^(artists?|authors?|owner|creator|performers?|organizer|publisher|brand|company|company_?name|by)$/i;

/** The list item holding the chained value (`data.events[1].eventId` → the list `data.events` and the index 1). */
export function pickList(result: unknown, concretePath: string): { items: Record<string, unknown>[]; chosen: number } | undefined {
  const match = /^(.*)\[(\d+)\][^[\]]*$/.exec(concretePath);
  if (!match) return undefined;
  let node: unknown = result;
  for (const part of match[1]!.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = part.startsWith('[') ? (node as unknown[])[Number(part.slice(1, -1))] : (node as Record<string, unknown>)[part];
  }
  if (!Array.isArray(node) || node.length < 2 || !node.every((it) => it && typeof it === 'object' && !Array.isArray(it))) return undefined;
  return { items: node as Record<string, unknown>[], chosen: Number(match[2]) };
}

const scalar = (v: unknown): v is string | number => (typeof v === 'string' && v.length > 0 && v.length <= 40 && !v.includes('\n') && !/^https?:/.test(v)) || (typeof v === 'number' && Number.isFinite(v));

/** A record's name and the fact that best tells it apart: a city, then a date, then a person, then any short field. */
export function pickOption(item: Record<string, unknown>): PickOption | undefined {
  const labelKey = Object.keys(item).find((k) => LABEL.test(k) && typeof item[k] === 'string' && (item[k] as string).length <= 80);
  if (labelKey === undefined) return undefined;
  const facts: [string, unknown][] = [];
  for (const [key, value] of Object.entries(item)) {
    if (key === labelKey || OPAQUE.test(key) || BOOKKEEPING_TIME.test(key)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (CITY.test(k)) facts.push([k, v]);
    } else if (Array.isArray(value) && PERSON.test(key)) {
      const first = value[0] as Record<string, unknown> | string | undefined;
      const name = typeof first === 'string' ? first : first && typeof first === 'object' ? first.name : undefined;
      if (typeof name === 'string') facts.push([key, name]);
    } else facts.push([key, value]);
  }
  const label = item[labelKey] as string;
  // A fact that repeats the name ("Rio de Janeiro (region Rio de Janeiro)") tells nothing apart.
  const repeats = (v: unknown): boolean => typeof v === 'string' && (label.toLowerCase().includes(v.toLowerCase()) || v.toLowerCase().includes(label.toLowerCase()));
  const find = (test: (k: string) => boolean): [string, unknown] | undefined => facts.find(([k, v]) => test(k) && scalar(v) && !repeats(v));
  const city = find((k) => CITY.test(k));
  if (city) return { label, detail: `in ${city[1]}` };
  // A field whose value is a timestamp is a date whatever its name (`deadlineUtc`): said as a date, never raw ISO.
  const date = find((k) => typeof item[k] === 'string' && (DATE.test(k) || ISO_DAY.test(item[k] as string)));
  const said = date ? sayDate(String(date[1]))?.replace(/ at .*$/, '') : undefined;
  // "datetime_published", "created_at": the participle says it ("published August 21, 2024"), never "datetime published …".
  const dateName = date ? humanizeIdentifier(date[0]).toLowerCase() : '';
  const participle = /\b((?:last |first )?[a-z]{3,}ed)\b/.exec(dateName)?.[1];
  if (said) return { label, detail: `${participle ?? dateName.replace(/ (at|on)$/, '')} ${said}` };
  const person = find((k) => PERSON.test(k));
  if (person) return { label, detail: `by ${person[1]}` };
  // A handle ("twitter feed username lena_morales") names an account, not the record: no detail beats it.
  const other = find((k) => typeof item[k] === 'string' && !/^(status|type|kind|state|currency)/i.test(k) && !/(user_?name|handle|login|e_?mail|password)$/i.test(k) && !OTHER_NAME_KEY28.test(k));
  return other ? { label, detail: roleDetail28(`${humanizeIdentifier(other[0])} ${other[1]}`) } : { label };
}

/** "Seattle Food Festival (in Seattle)". */
export const sayOption = (o: PickOption): string => (o.detail ? `${o.label} (${o.detail})` : o.label);

const ASK: ((n: number, noun: string, list: string) => string)[] = [
  (n, noun, list) => `I found ${n} ${noun}: ${list}. Which one do you mean?`,
  (n, noun, list) => `There are ${n} ${noun}: ${list}. Which one should I use?`,
  (n, noun, list) => `I see ${n} ${noun}: ${list}. Which of them is it?`,
  (_n, noun, list) => `These ${noun} came back: ${list}. Which one do you want?`,
];

/** "I found 3 events: Seattle Food Festival (in Seattle), … Which one do you mean?" */
export function pickRequest(rng: Rng, options: readonly PickOption[], noun: string): string {
  return rng.pick(ASK)(options.length, plural(noun), joinList(options.map(sayOption)));
}

const ORDINAL = ['first', 'second', 'third'];
const ANSWER: ((label: string, nth: string) => string)[] = [
  (label) => `${label}, please.`,
  (label) => `The ${label} one.`,
  (label, nth) => `The ${nth} one, ${label}.`,
  (label) => `I mean ${label}.`,
  (label) => `Let's go with ${label}.`,
  (label) => `${upperFirst(label)} is the one.`,
];

/** The user's choice, by the record's name. */
export function pickAnswer(rng: Rng, option: PickOption, index: number): string {
  return rng.pick(ANSWER)(option.label, ORDINAL[index] ?? 'last');
}

const GENERIC_LIST = /^(items|results?|data|list|records|entries|content|hits|values|rows|elements|objects|matches|payloads?|body|response|info|information|docs)$/i;

/** The choice a `request` at turn i offers, when it asks which of the records an earlier result listed. */
export function pickChoice(plan: DialoguePlan, turns: readonly Turn[], i: number, refs: readonly ParamRef[]): { options: PickOption[]; chosen: number; noun: string } | undefined {
  const ref = refs[0];
  const slot = ref && plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param);
  if (!ref || slot?.source !== 'chained' || !slot.from) return undefined;
  const target = plan.operations[ref.operation];
  const paramNoun = target ? slotNoun(ref.param, target) : '';
  const sourceName = plan.operations[slot.from.operation]?.name ?? '';
  const tool = turns.slice(0, i).find((t) => t.speaker === 'tool' && t.operation === slot.from!.operation && t.status === 'ok');
  if (!tool || tool.speaker !== 'tool') return undefined;
  const list = pickList(tool.result, slot.from.field);
  if (!list) return undefined;
  const options = list.items.slice(0, 3).map(pickOption);
  if (options.some((o) => o === undefined) || list.chosen >= options.length) return undefined;
  const key = /([^.[\]]+)\[\d+\][^[\]]*$/.exec(slot.from.field)?.[1] ?? '';
  // A list named only `items` or `results` is named by what the source finds, when its name says (`listPlaylists`).
  const kind = paramNoun.replace(/\s+(id|ids|code|codes|key|keys|number|numbers|uuids?|guids?|slugs?|handles?)$/i, '').toLowerCase();
  const noun = key && !GENERIC_LIST.test(key) ? singular(humanizeIdentifier(key)) : kind && humanizeIdentifier(sourceName).toLowerCase().includes(kind) ? kind : 'result';
  return { options: options as PickOption[], chosen: list.chosen, noun };
}
