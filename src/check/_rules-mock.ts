/**
 * Mock values that mean what their field means (QUALITY.md E): a string that is the field's own name with a
 * number ("frequency": "Frequency 22", "imageBytes": "Bytes 29") or with a stock made-up word ("name":
 * "Harbor Name", transitions "Cedar Transition") is a placeholder, not a value, whether a tool returned it or a
 * call sent it. Things numbered in the world ("Lot 35", "Chapter 3", "Suite 101") are real values.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MOCK_INVARIANTS = ['placeholder_value'] as const satisfies readonly InvariantId[];

/** Things that are numbered in the world: their name with a number is a real value. */
const NUMBERED = new Set(['lot', 'plan', 'township', 'range', 'suite', 'unit', 'apartment', 'room', 'floor', 'level', 'chapter', 'section', 'part', 'volume', 'issue', 'episode', 'season', 'page', 'step', 'phase', 'stage', 'round', 'week', 'day', 'gate', 'platform', 'terminal', 'table', 'row', 'seat', 'lane', 'track', 'block', 'building', 'bay', 'dock', 'ward', 'district', 'zone', 'area', 'box', 'version', 'release', 'sprint', 'milestone', 'module', 'lesson', 'hole', 'court', 'pitch', 'line', 'route', 'channel', 'studio', 'hall', 'pier', 'stand', 'group', 'class', 'grade', 'year']);
/** Made-up words a generator puts before a field's noun to make a name. */
const STOCK_WORD = new Set(['cedar', 'harbor', 'summit', 'maple', 'silver', 'riverside', 'north', 'orion']);
const PLACE_WORD = new Set(['riverside', 'north']);
/** Keys that name no noun of their own: a placeholder in them repeats "Item" or "Value". */
const GENERIC_WORDS = new Set(['item', 'value', 'result', 'name', 'title', 'label', 'entry']);

const NUMBERED_LABEL = /^(\p{Lu}\p{Ll}+) \d{1,4}$/u;
const STOCK_LABEL = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;

/** `imageBytes` → ["image", "bytes", "byte"]: the key's words, each also without a plural s. */
function keyWords(key: string): Set<string> {
  const out = new Set<string>();
  for (const w of key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z]+/)) {
    if (w === '') continue;
    out.add(w);
    out.add(w.replace(/(ies)$/, 'y').replace(/(?<!s)s$/, ''));
  }
  return out;
}

/** Why `value` under `key` (inside `parent`) is a placeholder, or undefined. */
export function placeholderProblem(key: string, parent: string, value: string): string | undefined {
  if (value.length > 40) return undefined;
  const numbered = NUMBERED_LABEL.exec(value);
  const stock = numbered ? null : STOCK_LABEL.exec(value);
  // Most values are neither shape: the key's words are split only for those that are.
  if (!numbered && !stock) return undefined;
  const own = keyWords(key);
  if (numbered) {
    const word = numbered[1]!.toLowerCase();
    const singular = word.replace(/(?<!s)s$/, '');
    if (NUMBERED.has(singular)) return undefined;
    if (own.has(word) || own.has(singular) || (singular === 'item' && [...own].some((w) => GENERIC_WORDS.has(w) || w.length <= 2))) return `${key} "${value}" is the field's name with a number, not a value`;
  }
  if (stock && STOCK_WORD.has(stock[1]!.toLowerCase())) {
    const noun = stock[2]!.toLowerCase();
    const around = keyWords(parent);
    // "Riverside Library", "North Park" are real places: those two words count only before the key's own noun.
    const record = GENERIC_WORDS.has(key.toLowerCase()) && around.has(noun) && !PLACE_WORD.has(stock[1]!.toLowerCase());
    if (noun === 'name' || noun === 'title' || own.has(noun) || record) return `${key} "${value}" is a made-up word before the field's own noun, not a name`;
  }
  return undefined;
}

function walk(value: unknown, key: string, parent: string, at: (problem: string) => void, depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') {
    const problem = placeholderProblem(key, parent, value);
    if (problem) at(problem);
  } else if (Array.isArray(value)) {
    for (const v of value) walk(v, key, parent, at, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, k, key, at, depth + 1);
  }
}

export function checkMockValues(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; call?: { operation: string; arguments?: Record<string, unknown> }; status?: string; result?: unknown; operation?: string };
    if (t.speaker === 'assistant' && t.call) walk(t.call.arguments ?? {}, '', '', (problem) => add('placeholder_value', i, `${t.call!.operation} call: ${problem}`));
    if (t.speaker === 'tool' && t.status === 'ok') walk(t.result, '', '', (problem) => add('placeholder_value', i, `${t.operation ?? 'tool'} result: ${problem}`));
  });
}

/** The violations of `record` only (for tests). */
export function mockValueViolations(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkMockValues(record, (invariant, turn, message) => out.push({ invariant, turn, message }));
  return out;
}
