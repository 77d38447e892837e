/**
 * Adjectives that point at the documentation's own example ("the given ID"), dropped from speech. The patterns are
 * built once, not per summary rewritten (`replace` starts a global pattern at 0 each time).
 */
const POINTER = '(?:given|specified|desired|provided|particular|specific|selected|requested|corresponding|single|supplied|passed|chosen)';

export const POINTER_ARTICLE = new RegExp(`\\b(?:the|a|an|one) ${POINTER} ([\\w-]+)`, 'gi');
export const POINTER_AFTER = new RegExp(`\\b(with|for|by|from|of|to) ${POINTER} ([A-Za-z][\\w-]*)`, 'gi');
export const POINTER_WORD = new RegExp(`\\b${POINTER} `, 'gi');
