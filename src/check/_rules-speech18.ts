/**
 * Field names and enum constants said as speech (QUALITY.md A, B), wave 18:
 * - `participle_as_noun`: a count field named by a bare participle read as a noun ("the sent is 273" of {sent: 273}):
 *   a participle names no thing ("273 were sent", "the number sent is 273");
 * - `price_word_order`: a price field read in its key's order ("the price open is 205.26", "the price previous close
 *   is 205.50" of {PriceOpen}, {PricePreviousClose}): a person says "the opening price", "the previous closing price";
 * - `glued_state`: a state glued in lower case read out as it is stored ("the status is onsale", "soldout",
 *   "notstarted"): said as words ("on sale").
 * Reads only the record; shares nothing with the planner or the realizer.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { gluedWords } from '../text/index.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const SPEECH18_INVARIANTS = ['participle_as_noun', 'price_word_order', 'glued_state'] as const satisfies readonly InvariantId[];

/** "the sent is 273", "the delivered are 12": "the", one participle, a verb, a number. */
const PARTICIPLE_NOUN = /\bthe ([a-z]{2,}ed|sent|sold|won|lost|paid|spent|bought|shipped) (?:is|are|was|were)(?: now)? \d/g;
/** -ed words that are nouns or adjectives ("the speed is 40", "the hundred is", "the shed is"). */
const ED_NOUN = /(?:eed|^hundred|^embed|^bred|^shed|^sled|^naked|^wicked|^sacred|^kindred|^rugged|^ragged|^aged|^bed|^seabed|^wed|^fled|^sped|^led|^red)$/;
const PRICE_ORDER = /\bthe price (open|close|previous close|prev close|high|low|last) (?:is|was)\b/;
const STATE_SAID = /\bthe (?:status|state) (?:is|was)(?: now)? ([a-z]{6,})\b/g;
/** First words of a state glued from a phrase ("on sale", "sold out", "in progress", "not started"). */
const PARTICLE = /^(on|off|in|out|not|no|sold|under|partially|awaiting)$/;

export function checkSpeech18(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant' || !turn.text) return;
    const text = turn.text;
    for (const m of text.matchAll(PARTICIPLE_NOUN)) {
      if (!ED_NOUN.test(m[1] ?? '')) add('participle_as_noun', i, `"${m[0]}…" reads the participle "${m[1]}" as a noun; say "${m[1]}" of a count ("the number ${m[1]} is …")`);
    }
    const price = PRICE_ORDER.exec(text);
    if (price) add('price_word_order', i, `"${price[0]}" reads a price key in its order; say "the ${price[1]} price" as a person does ("the opening price")`);
    for (const m of text.matchAll(STATE_SAID)) {
      const parts = gluedWords(m[1] ?? '');
      if (parts && parts.length >= 2 && PARTICLE.test(parts[0] ?? '')) add('glued_state', i, `"${m[1]}" is a state glued as stored; say it as words ("${parts.join(' ')}")`);
    }
  });
}
