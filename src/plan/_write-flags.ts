/**
 * A write that succeeded says so (QUALITY.md E/J): its result's own outcome flags (`deleted`, `removed`,
 * `success`, `rescheduled`) are true. A drawn `"deleted": false` beside a dialogue that goes on as if the delete
 * worked teaches a model to read a failed write as done.
 */
import type { Operation } from '../specs/types.ts';

/** Flags any successful call sets true, whatever its verb. */
const DONE_FLAG = /^(is_?|was_?)?(success|succeeded|successful|ok|done|completed?|deleted|removed|cancel+ed|updated|saved|added|created|applied|accepted|sent|scheduled|rescheduled|unsubscribed|revoked|archived)$/i;
/** Flags that say the opposite: a success leaves them false. */
const FAILED_FLAG = /^(is_?|has_?)?(failed|failure|error|errors|rejected)$/i;

const participleCache = new Map<string, string | undefined>();

/** The name's verb in the past (`removeWatcher` → removed, `post_messages_reschedule_json` → rescheduled). */
function verbParticiples(name: string): string[] {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);
  const out: string[] = [];
  for (const w of [words[0], words[words.length - 1]]) {
    if (w === undefined) continue;
    let past = participleCache.get(w);
    if (!participleCache.has(w)) {
      past = /(e)$/.test(w) ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : /ed$/.test(w) ? undefined : `${w}ed`;
      participleCache.set(w, past);
    }
    if (past !== undefined) out.push(past);
  }
  return out;
}

/** Set the top-level outcome flags of a write's result to success. `pinned`: paths the chain reads, never changed. */
export function writeSucceeded(result: unknown, operation: Pick<Operation, 'effect' | 'name'>, pinned: ReadonlySet<string>): void {
  if (operation.effect === 'read' || result === null || typeof result !== 'object') return;
  const records = Array.isArray(result) ? result.slice(0, 20) : [result];
  const pasts = verbParticiples(operation.name);
  records.forEach((record, i) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
    const obj = record as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (typeof obj[key] !== 'boolean') continue;
      const path = Array.isArray(result) ? `[${i}].${key}` : key;
      if (pinned.has(path) || pinned.has(key)) continue;
      const bare = key.replace(/^(is_?|was_?)/i, '').toLowerCase();
      if (DONE_FLAG.test(key) || pasts.includes(bare)) obj[key] = true;
      else if (FAILED_FLAG.test(key)) obj[key] = false;
    }
  });
}
