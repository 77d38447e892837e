/**
 * Records of a kind that read like that kind (QUALITY.md E): a menu titles each section once and lists each
 * dish once; a message a person wrote (it has a subject, a sender or an author) is no API status sentence;
 * a work's overview is not its title again. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORLD12_INVARIANTS = ['menu_repeats', 'status_as_message', 'overview_is_title'] as const satisfies readonly InvariantId[];

const MENU_LIST = /(sections?|courses|menus?)$/i;
const TITLE = /^(title|name|section_?name|section_?title|sectionName|sectionTitle)$/i;
const STATUS = /^(ok|success|successful|request (completed|processed|succeeded) successfully|operation (successful|completed)|the request was (processed|completed) successfully|data (retrieved|fetched|loaded) successfully)\.?$/i;
const WRITER = /^(subject|sender|sender_?id|senderId|from|author|author_?id|authorId|thread_?id|threadId|conversation_?id|conversationId)$/i;
const BODY = /^(message|body|text|content)$/i;
const OVERVIEW = /^(overview|plot|synopsis|summary|description)$/i;

export function checkWorld12(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      const menu = menuRepeat(obj);
      if (menu) add('menu_repeats', i, `tool result: ${menu}`);
      const status = statusBody(obj);
      if (status) add('status_as_message', i, `tool result: ${status}`);
      const overview = overviewTitle(obj);
      if (overview) add('overview_is_title', i, `tool result: ${overview}`);
    });
  });
}

const titleOf = (obj: Record<string, unknown>): string | undefined => {
  const key = Object.keys(obj).find((k) => TITLE.test(k) && typeof obj[k] === 'string');
  return key === undefined ? undefined : (obj[key] as string);
};
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list of menu sections (each a title beside a list of named dishes) that repeats a title or a dish. */
function menuRepeat(obj: Record<string, unknown>): string | undefined {
  for (const [key, list] of Object.entries(obj)) {
    if (!MENU_LIST.test(key) || !Array.isArray(list) || list.length < 2 || !list.every(isRecord)) continue;
    const titles = new Set<string>();
    const dishes = new Set<string>();
    for (const section of list) {
      const title = titleOf(section);
      const items = Object.values(section).find((v) => Array.isArray(v) && v.length > 0 && v.every(isRecord)) as Record<string, unknown>[] | undefined;
      if (title === undefined || !items) return undefined;
      if (titles.has(title)) return `the menu has two sections titled "${title}"`;
      titles.add(title);
      for (const item of items) {
        const dish = titleOf(item);
        if (dish === undefined) continue;
        if (dishes.has(dish)) return `the menu lists "${dish}" twice`;
        dishes.add(dish);
      }
    }
  }
  return undefined;
}

/** A message with a subject, sender or author whose body is what an API says of a request ("Data retrieved successfully."). */
function statusBody(obj: Record<string, unknown>): string | undefined {
  const keys = Object.keys(obj);
  if (!keys.some((k) => WRITER.test(k))) return undefined;
  const body = keys.find((k) => BODY.test(k) && typeof obj[k] === 'string' && STATUS.test((obj[k] as string).trim()));
  return body === undefined ? undefined : `a message someone wrote has the body "${obj[body] as string}", an API status sentence`;
}

/** A work whose overview or plot is its own title again ("Dune" — "the overview is Dune"). */
function overviewTitle(obj: Record<string, unknown>): string | undefined {
  const title = typeof obj.title === 'string' ? obj.title : typeof obj.name === 'string' ? obj.name : undefined;
  if (title === undefined || title.trim().length < 3) return undefined;
  const key = Object.keys(obj).find((k) => OVERVIEW.test(k) && typeof obj[k] === 'string' && (obj[k] as string).trim().toLowerCase() === title.trim().toLowerCase());
  return key === undefined ? undefined : `the ${key} of "${title}" is its title again`;
}
