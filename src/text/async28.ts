/**
 * An operation whose documentation says it only starts what it names (QUALITY.md E, wave 28): it "initiates the
 * cancellation", runs asynchronously, answers 202, or sends the outcome later through a webhook. Its result is a
 * request received, never the thing done.
 */
export const STARTS_ONLY28 = /\b(?:initiates? (?:the|a|an)\b|asynchronous(?:ly)?\b|(?:through|via|by|using|with) (?:a |the )?webhooks?\b|sends? the (?:outcome|result)s? [^.]{0,60}\bwebhooks?\b|accepted for processing\b|(?:returns?|responds? with) (?:a |an |http )?202\b)/i;

/** True when `text` (an operation's summary and description) says the call only starts its work. */
export function startsOnly28(text: string | undefined): boolean {
  return text !== undefined && text !== '' && STARTS_ONLY28.test(text);
}
