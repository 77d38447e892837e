/**
 * Real, well-known works keep their own facts (QUALITY.md E), wave 22. `real_work_sequel`: no result holds a made-up
 * sequel or continuation of a real book or film ("Frankenstein 2", "The Left Hand of Darkness: Homecoming", "The
 * Grand Budapest Hotel: Revisited"). `real_work_author`: a real book, however its title is cased ("The Left Hand Of
 * Darkness"), is never credited to another well-known author (Louisa May Alcott). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { AUTHOR_WORKS } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORKS22_INVARIANTS = ['real_work_sequel', 'real_work_author'] as const satisfies readonly InvariantId[];

const snake = snakeKey;
const TITLE = /^(title|name|book_title|work_title|movie_title|original_title)$/;
const AUTHOR = /^(author|author_name|authors|writer|author_names)$/;

/** Famous films with no sequel or continuation of their title (kept apart from the generator's own table). */
const FILMS = ['The Grand Budapest Hotel', 'Inception', 'Pulp Fiction', 'The Shawshank Redemption', 'Casablanca', 'Parasite', 'Spirited Away', 'Amélie', 'Interstellar', 'Fight Club', 'Forrest Gump', 'La La Land', 'The Silence of the Lambs', 'Seven Samurai', 'Cinema Paradiso', "Pan's Labyrinth", 'Oppenheimer', "Schindler's List"];
/** Real book titles (lower case) and their authors. */
const AUTHOR_OF = new Map<string, string>(Object.entries(AUTHOR_WORKS).flatMap(([author, works]) => works.map(([t]) => [t.toLowerCase(), author] as [string, string])));
const REAL = new Set([...AUTHOR_OF.keys(), ...FILMS.map((f) => f.toLowerCase())]);
/** "X 2", "X: Homecoming", "X II": a title made from a real one. */
const CONTINUED = /^(.+?)(?: (?:\d{1,2}|II|III|IV)|: .+)$/;

function authorsOf(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name : undefined)).filter((a): a is string => a !== undefined);
}

/** What is wrong with one record's real work, if anything. */
function workOff(obj: Record<string, unknown>): [InvariantId, string] | undefined {
  const titleKey = Object.keys(obj).find((k) => TITLE.test(snake(k)) && typeof obj[k] === 'string');
  if (titleKey === undefined) return undefined;
  const title = obj[titleKey] as string;
  const lower = title.toLowerCase();
  const base = CONTINUED.exec(lower)?.[1];
  if (base !== undefined && REAL.has(base) && !REAL.has(lower)) return ['real_work_sequel', `"${title}" is a made-up continuation of the real work "${base}"`];
  const author = AUTHOR_OF.get(lower);
  if (author === undefined) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (!AUTHOR.test(snake(k))) continue;
    const other = authorsOf(v).find((a) => a !== author && a in AUTHOR_WORKS);
    if (other !== undefined) return ['real_work_author', `"${title}" (${author}'s) is credited to ${other}`];
  }
  return undefined;
}

export function checkWorks22(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const seen = new Set<InvariantId>();
    eachObject(turn.result, (obj) => {
      const off = workOff(obj);
      if (off === undefined || seen.has(off[0])) return;
      seen.add(off[0]);
      add(off[0], at, `tool result: ${off[1]}`);
    });
  });
}
