/**
 * src/text — how text is matched against values and names, shared by the realizer (which must not leak or
 * must state a value) and the checker (which verifies it did). Neither owns it; it imports nothing of theirs.
 */
export { leaves, mentionsValue, normalizeForMatch, spellsValue, statesValue } from './match.ts';
export { identifierWords, looksLikeIdentifier, namesCode } from './identifier.ts';
export { gluedWords, isGluedIdentifier, isKnownWord, spokenParts } from './segment.ts';
export { epochMoment, spokenCompactDate, spokenEpoch, spokenIsoMoment, spokenMoment } from './dates.ts';
export { endBaseForm, mayBeRangeKey, rangeKeyForm, rangePartners, rangeValue, reversedPairs, type RangePartner } from './ranges.ts';
export { daysFrom, documentedWindow, type DayWindow } from './windows.ts';
export { describedRange, type DescribedRange } from './described-range.ts';
export { documentedMaxSpan, ONE_DAY_INTENT } from './spans23.ts';
