/** List keys counted as a person counts them (QUALITY.md A): "3 history entries", "3 public items", never "3 historys". */

/** Nouns with no plural ("history") and adjectives ("public", "private") as list keys: "history entry", "public item". */
const NO_PLURAL = /^(history|data|metadata|information|info|content|media|feedback|inventory|news|weather|music|software|equipment|traffic|usage|analytics|pricing|availability|stock|progress|evidence|luggage|baggage|furniture|mail)$/;
const ADJECTIVE_KEY = /^(public|private|shared|own|active|inactive|pending|open|closed|archived|deleted|internal|external|global|local|other|recent|new|old|upcoming|past|current|previous|next|featured|popular|top)$|(?:ic|ate|ive|ous|ful|able|ible|al)$/;

export function countable(noun: string): string {
  const last = noun.split(' ').pop() ?? noun;
  if (NO_PLURAL.test(last)) return `${noun} entry`;
  if (ADJECTIVE_KEY.test(last) && !KNOWN_NOUNS.test(last)) return `${noun} item`;
  return noun;
}
/** Words ending like adjectives that are things ("template", "rate", "manual", "signal"). */
const KNOWN_NOUNS = /^(template|rate|date|state|update|estimate|candidate|certificate|plate|gate|crate|debate|delegate|affiliate|aggregate|duplicate|manual|signal|animal|journal|portal|rental|total|terminal|proposal|approval|removal|withdrawal|referral|arrival|festival|hospital|capital|interval|material|tutorial|editorial|credential|potential|principal|individual|original|professional|official|musical|chemical|vehicle|file|title|article|topic|comic|clinic|music|logic|metric|lyric|graphic|relative|representative|objective|native|executive|archive|directive|incentive|alternative|detective|initiative|cable|table|variable|label|bible)$/;

/** A verb opening a path segment ("calculate grid coordinate points"): no part of what came back. */
export const LEADING_VERB = /^(?:calculate|compute|generate|get|list|search|find|fetch|retrieve|create|update|delete|lookup|check|convert) (?=[a-z])/;
