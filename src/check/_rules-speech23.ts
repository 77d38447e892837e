/**
 * Values read out as a person says them (QUALITY.md B, J), wave 23. `rating_unrounded`: a rating or vote average is
 * said to a decimal or two ("9.5"), never with the four digits the API keeps ("the vote average is 9.5347").
 * `search_words_as_field`: the user says what a search looks for as such ("I'm looking for Lior Kaur"), never
 * as a field read out with a name in it ("the keyword is Lior Kaur"). Reads only the turns' text.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const SPEECH23_INVARIANTS = ['rating_unrounded', 'search_words_as_field'] as const satisfies readonly InvariantId[];

/** "the vote average is 9.5347", "rated 4.3821": a rating with three decimals or more. */
const RATING_SAID = /\b(?:the (?:vote average|average vote|average rating|rating|user score|critic score|score) (?:is|was|of)|rated) \d+\.\d{3,}\b/i;
/** "the keyword is Lior Kaur": a search's words read as a field holding a name (two capitalised words). */
const KEYWORD_NAME = /\bthe (?:search )?(?:keyword|query|search term) is ((?:\p{Lu}\p{Ll}+ )+\p{Lu}\p{Ll}+)\b/u;

export function checkSpeech23(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' || !turn.text) return;
    if (turn.speaker === 'assistant') {
      const rating = RATING_SAID.exec(turn.text);
      if (rating) add('rating_unrounded', at, `a rating is read with all its decimals: "${rating[0]}"`);
      return;
    }
    const keyword = KEYWORD_NAME.exec(turn.text);
    if (keyword) add('search_words_as_field', at, `what a search looks for is read as a field: "${keyword[0]}"`);
  });
}
