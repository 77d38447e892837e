/**
 * Description-like text that says something (QUALITY.md E): an overview, bio, summary, synopsis or plot a tool
 * returns is never a placeholder made of the record's own name or kind — "The Grand Budapest Hotel is a
 * movie.", "About Kofi Moreau.", "Article details." — which a reply would read out as if it were content.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const CONTENT_INVARIANTS = ['placeholder_description'] as const satisfies readonly InvariantId[];

const DESCRIPTION_KEY = /^(overview|bio|biography|summary|synopsis|plot|description|about|details)$/i;
const NAME_KEY = /^(name|title|display_?name|full_?name|headline)$/i;
/** "<Noun> details." — a kind's name and nothing about the thing. */
const KIND_DETAILS = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)? details\.?$/u;
const IS_A = /^(.{1,80}) is an? [\p{Ll} ]{2,24}\.$/u;
const ABOUT = /^About (.{1,80})\.$/u;

/** Why `text` in a record whose names are `names` is a placeholder, or undefined. */
export function descriptionProblem(text: string, names: ReadonlySet<string>): string | undefined {
  if (KIND_DETAILS.test(text)) return `"${text}" names a kind, not the thing`;
  const subject = IS_A.exec(text)?.[1] ?? ABOUT.exec(text)?.[1];
  if (subject !== undefined && names.has(subject)) return `"${text}" only restates the record's name`;
  return undefined;
}

function walk(value: unknown, at: (problem: string) => void, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, at, depth + 1);
    return;
  }
  const entries = Object.entries(value);
  const names = new Set(entries.filter(([k, v]) => NAME_KEY.test(k) && typeof v === 'string').map(([, v]) => v as string));
  for (const [key, v] of entries) {
    if (typeof v === 'string' && DESCRIPTION_KEY.test(key)) {
      const problem = descriptionProblem(v, names);
      if (problem) at(`${key} ${problem}`);
    } else walk(v, at, depth + 1);
  }
}

export function checkContent(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; status?: string; result?: unknown; operation?: string };
    if (t.speaker === 'tool' && t.status === 'ok') walk(t.result, (problem) => add('placeholder_description', i, `${t.operation ?? 'tool'} result: ${problem}`));
  });
}
