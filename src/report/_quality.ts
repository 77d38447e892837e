/** Variety and rule figures over a dataset's utterances, counted while the records stream by. */
import { checkDialogue } from '../check/index.ts';
import type { DialogueRecord } from '../plan/index.ts';
import type { ReportQuality } from './types.ts';

const MOST_REPEATED = 10;

export interface QualityCounter {
  add(record: DialogueRecord): void;
  result(): ReportQuality;
}

/** Words of an utterance, lowercased (the same tokens for distinct-1 and distinct-2). */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w.length > 0);
}

export function qualityCounter(): QualityCounter {
  const seen = new Map<string, number>();
  const unigrams = new Set<string>();
  const bigrams = new Set<string>();
  let utterances = 0;
  let repeated = 0;
  let unigramCount = 0;
  let bigramCount = 0;
  let failingRecords = 0;
  const violations: Record<string, number> = {};
  return {
    add(record) {
      for (const turn of record.turns) {
        if (turn.speaker === 'tool' || !turn.text) continue;
        utterances++;
        const key = turn.text.trim();
        const before = seen.get(key) ?? 0;
        if (before > 0) repeated++;
        seen.set(key, before + 1);
        const ws = words(key);
        unigramCount += ws.length;
        for (const w of ws) unigrams.add(w);
        for (let i = 1; i < ws.length; i++) {
          bigramCount++;
          bigrams.add(`${ws[i - 1]} ${ws[i]}`);
        }
      }
      const checked = checkDialogue(record);
      if (!checked.ok) {
        failingRecords++;
        for (const v of checked.violations) violations[v.invariant] = (violations[v.invariant] ?? 0) + 1;
      }
    },
    result() {
      const round = (x: number): number => Math.round(x * 1000) / 1000;
      const mostRepeated = [...seen].filter(([, n]) => n > 1).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, MOST_REPEATED);
      return {
        utterances,
        repeatedShare: utterances > 0 ? round(repeated / utterances) : 0,
        distinct1: unigramCount > 0 ? round(unigrams.size / unigramCount) : 0,
        distinct2: bigramCount > 0 ? round(bigrams.size / bigramCount) : 0,
        mostRepeated,
        failingRecords,
        violations,
      };
    },
  };
}
