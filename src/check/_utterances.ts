/** The words of a turn the wording rules read (`_rules-words*.ts`). */
import type { Turn } from '../plan/types.ts';

/** What a turn says: its text, and an assistant's thought and search query. */
export function utterances(turn: Turn): [string, string][] {
  if (turn.speaker === 'tool') return [];
  const out: [string, string][] = [['text', turn.text ?? '']];
  if (turn.speaker === 'assistant') {
    if (turn.thought) out.push(['thought', turn.thought]);
    if (turn.query) out.push(['query', turn.query]);
  }
  return out;
}
