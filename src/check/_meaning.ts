/**
 * Invariants of meaning (DESIGN.md 7–9, QUALITY.md D, E, I): a looked-up value comes from a read, a required
 * value is never invented, several candidates are never picked silently, a read returns content, ranges are
 * ordered, and a get-by-id returns the id asked for. Each reads only the record (and the loader's effect
 * rule): it shares nothing with the planner or the realizer it checks.
 */
import type { AssistantTurn, DialogueRecord, RecordOperation, ToolTurn, Turn } from '../plan/types.ts';
import { operationEffect } from '../specs/index.ts';
import { effectOf } from './_effect.ts';
import type { InvariantId, Violation } from './types.ts';
import { identifierWords, mayBeRangeKey, reversedPairs } from '../text/index.ts';
import { RESULT_INVARIANTS, checkResultRules } from './_rules-results.ts';
import { checkVocabulary } from './_rules-vocab.ts';
import { VALUES2_INVARIANTS, checkValues2 } from './_rules-values2.ts';
import { CHAIN_INVARIANTS, checkChains } from './_rules-chains.ts';
import { WORLD_INVARIANTS, checkWorld } from './_rules-world.ts';
import { GEO_INVARIANTS, checkGeo } from './_rules-geo.ts';
import { ANSWER_INVARIANTS, checkAnswers } from './_rules-answers.ts';
import { checkResponses } from './_rules-responses.ts';
import { checkWords } from './_rules-words.ts';
import { PICK_INVARIANTS, checkPicks } from './_rules-pick.ts';
import { MOCK_INVARIANTS, checkMockValues } from './_rules-mock.ts';
import { CONTENT_INVARIANTS, checkContent } from './_rules-content.ts';
import { CALL_INVARIANTS, checkCalls } from './_rules-calls.ts';
import { FLOW_INVARIANTS, checkFlows } from './_rules-flows.ts';
import { HONOUR_INVARIANTS, checkHonour } from './_rules-honour.ts';
import { RECORD_INVARIANTS, checkRecords } from './_rules-records.ts';
import { VALUE_INVARIANTS, checkValues } from './_rules-values.ts';
import { DOMAIN_INVARIANTS, checkDomainValues } from './_rules-domain.ts';
import { ASK_INVARIANTS, checkAsks, kindNamedBefore } from './_rules-ask.ts';
import { FIELD_INVARIANTS, checkFieldValues } from './_rules-fields.ts';
import { QUERY_INVARIANTS, checkQueryRules } from './_rules-query.ts';
import { WORDS2_INVARIANTS, checkWords2 } from './_rules-words2.ts';
import { FIT_INVARIANTS, checkFitRules } from './_rules-fit.ts';
import { WORDS3_INVARIANTS, checkWords3 } from './_rules-words3.ts';
import { ASK8_INVARIANTS, checkAsks8 } from './_rules-ask8.ts';
import { ASK9_INVARIANTS, checkAsks9 } from './_rules-ask9.ts';
import { FACT_INVARIANTS, checkFacts } from './_rules-facts.ts';
import { AGG_INVARIANTS, checkAggregates } from './_rules-agg.ts';
import { FILTER_INVARIANTS, checkFilters } from './_rules-filter.ts';
import { WORDS9_INVARIANTS, checkWords9 } from './_rules-words9.ts';
import { WORLD10_INVARIANTS, checkWorld10 } from './_rules-world10.ts';
import { WORLD11_INVARIANTS, checkWorld11 } from './_rules-world11.ts';
import { WORLD12_INVARIANTS, checkWorld12 } from './_rules-world12.ts';
import { MEDIA13_INVARIANTS, checkMedia13 } from './_rules-media13.ts';
import { REPLY_INVARIANTS, checkReplies } from './_rules-reply.ts';
import { ENTITY_INVARIANTS, checkEntities } from './_rules-entity.ts';
import { CALLS10_INVARIANTS, checkCalls10 } from './_rules-calls10.ts';
import { SEARCH10_INVARIANTS, checkSearch10 } from './_rules-search10.ts';
import { WORDS10_INVARIANTS, checkWords10 } from './_rules-words10.ts';
import { REPLY10_INVARIANTS, checkReplies10 } from './_rules-reply10.ts';
import { REPLY12_INVARIANTS, checkReplies12 } from './_rules-reply12.ts';
import { SEARCH11_INVARIANTS, checkSearch11 } from './_rules-search11.ts';
import { memoized } from '../text/memo.ts';
import { withObjectIndex } from './_objects.ts';
import { IDS10_INVARIANTS, checkIds10 } from './_rules-ids10.ts';
import { WORDS11_INVARIANTS, checkWords11 } from './_rules-words11.ts';
import { FIELDS11_INVARIANTS, checkFields11 } from './_rules-fields11.ts';
import { SCHEMALESS11_INVARIANTS, checkSchemaless11 } from './_rules-schemaless11.ts';
import { ECHO12_INVARIANTS, checkEcho12 } from './_rules-echo12.ts';
import { ECHO14_INVARIANTS, checkEcho14 } from './_rules-echo14.ts';
import { PARAMS13_INVARIANTS, checkParams13 } from './_rules-params13.ts';
import { PARAMS14_INVARIANTS, checkParams14 } from './_rules-params14.ts';
import { NAMES13_INVARIANTS, checkNames13 } from './_rules-names13.ts';
import { NAMES14_INVARIANTS, checkNames14 } from './_rules-names14.ts';
import { CHAINS13_INVARIANTS, checkChains13 } from './_rules-chains13.ts';
import { CALENDAR12_INVARIANTS, checkCalendar12 } from './_rules-calendar12.ts';
import { REPLIES13_INVARIANTS, checkReplies13 } from './_rules-replies13.ts';
import { WRITES14_INVARIANTS, checkWrites14 } from './_rules-writes14.ts';
import { PARAMS15_INVARIANTS, checkParams15 } from './_rules-params15.ts';
import { ASYNC15_INVARIANTS, checkAsync15 } from './_rules-async15.ts';
import { VALUES15_INVARIANTS, checkValues15 } from './_rules-values15.ts';
import { INTENTS13_INVARIANTS, checkIntents13 } from './_rules-intents13.ts';
import { INTENTS14_INVARIANTS, checkIntents14 } from './_rules-intents14.ts';
import { PLACES13_INVARIANTS, checkPlaces13 } from './_rules-places13.ts';
import { REPLIES14_INVARIANTS, checkReplies14 } from './_rules-replies14.ts';
import { WORLD14_INVARIANTS, checkWorld14 } from './_rules-world14.ts';
import { PLACES15_INVARIANTS, checkPlaces15 } from './_rules-places15.ts';
import { LISTS15_INVARIANTS, checkLists15 } from './_rules-lists15.ts';
import { INTENTS15_INVARIANTS, checkIntents15 } from './_rules-intents15.ts';
import { FIELDS15_INVARIANTS, checkFields15 } from './_rules-fields15.ts';
import { ECHO16_INVARIANTS, checkEcho16 } from './_rules-echo16.ts';
import { INTENTS16_INVARIANTS, checkIntents16 } from './_rules-intents16.ts';
import { WORDS17_INVARIANTS, checkWords17 } from './_rules-words17.ts';
import { SPEECH18_INVARIANTS, checkSpeech18 } from './_rules-speech18.ts';
import { SERIES19_INVARIANTS, checkSeries19 } from './_rules-series19.ts';
import { ACTS20_INVARIANTS, checkActs20 } from './_rules-acts20.ts';
import { TURNS20_INVARIANTS, checkTurns20 } from './_rules-turns20.ts';
import { CARS22_INVARIANTS, checkCars22 } from './_rules-cars22.ts';
import { IDS22_INVARIANTS, checkIds22 } from './_rules-ids22.ts';
import { IDFIT23_INVARIANTS, checkIdfit23 } from './_rules-idfit23.ts';
import { UNITS21_INVARIANTS, checkUnits21 } from './_rules-units21.ts';
import { WORDS21_INVARIANTS, checkWords21 } from './_rules-words21.ts';
import { LINKS21_INVARIANTS, checkLinks21 } from './_rules-links21.ts';
import { PLACES21_INVARIANTS, checkPlaces21 } from './_rules-places21.ts';
import { ORDER22_INVARIANTS, checkOrder22 } from './_rules-order22.ts';
import { SPEECH22_INVARIANTS, checkSpeech22 } from './_rules-speech22.ts';
import { FINDS22_INVARIANTS, checkFinds22 } from './_rules-finds22.ts';
import { AUTHZ22_INVARIANTS, checkAuthz22 } from './_rules-authz22.ts';
import { OAF35_INVARIANTS, checkOaf35 } from './_rules-oaf35.ts';
import { OAR35_INVARIANTS, checkOar35 } from './_rules-oar35.ts';
import { SPECVALS34_INVARIANTS, checkSpecvals34 } from './_rules-specvals34.ts';
import { LISTS32_INVARIANTS, checkLists32 } from './_rules-lists32.ts';
import { CODES30_INVARIANTS, checkCodes30 } from './_rules-codes30.ts';
import { MAIL26_INVARIANTS, checkMail26 } from './_rules-mail26.ts';
import { MAIL27_INVARIANTS, checkMail27 } from './_rules-mail27.ts';
import { ASK28_INVARIANTS, checkAsk28 } from './_rules-ask28.ts';
import { COINS28_INVARIANTS, checkCoins28 } from './_rules-coins28.ts';
import { TEXTS29_INVARIANTS, checkTexts29 } from './_rules-texts29.ts';
import { CREATES29_INVARIANTS, checkCreates29 } from './_rules-creates29.ts';
import { COHERENCE30_INVARIANTS, checkCoherence30 } from './_rules-coherence30.ts';
import { CHAINS30_INVARIANTS, checkChains30 } from './_rules-chains30.ts';
import { DATES32_INVARIANTS, checkDates32 } from './_rules-dates32.ts';
import { VALUES32_INVARIANTS, checkValues32 } from './_rules-values32.ts';
import { READING34B_INVARIANTS, checkReading34b } from './_rules-reading34b.ts'; import { FIL35_INVARIANTS, checkFil35 } from './_rules-fil35.ts';
import { DISCRA34_INVARIANTS, checkDiscra34 } from './_rules-discra34.ts';
import { SPEECH34_INVARIANTS, checkSpeech34 } from './_rules-speech34.ts';
import { ANSWERS34_INVARIANTS, checkAnswers34 } from './_rules-answers34.ts';
import { REPLIES29_INVARIANTS, checkReplies29 } from './_rules-replies29.ts';
import { REPLIES30_INVARIANTS, checkReplies30 } from './_rules-replies30.ts';
import { MONEY30_INVARIANTS, checkMoney30 } from './_rules-money30.ts';
import { RAPID32_INVARIANTS, checkRapid32 } from './_rules-rapid32.ts';
import { SERP26_INVARIANTS, checkSerp26, englishForDefault } from './_rules-serp26.ts';
import { VALUES26_INVARIANTS, checkValues26 } from './_rules-values26.ts';
import { VALUES27_INVARIANTS, checkValues27 } from './_rules-values27.ts';
import { FITS27_INVARIANTS, checkFits27 } from './_rules-fits27.ts';
import { NAMES28_INVARIANTS, checkNames28 } from './_rules-names28.ts';
import { STATUS28_INVARIANTS, checkStatus28 } from './_rules-status28.ts';
import { LISTS28_INVARIANTS, checkLists28 } from './_rules-lists28.ts';
import { INTENTS28_INVARIANTS, checkIntents28 } from './_rules-intents28.ts';
import { FORMATS28_INVARIANTS, checkFormats28 } from './_rules-formats28.ts';
import { LISTS26_INVARIANTS, checkLists26 } from './_rules-lists26.ts';
import { WORDS26_INVARIANTS, checkWords26 } from './_rules-words26.ts';
import { RANK25_INVARIANTS, checkRank25 } from './_rules-rank25.ts';
import { VALUES25_INVARIANTS, checkValues25 } from './_rules-values25.ts';
import { ARGS23_INVARIANTS, checkArgs23 } from './_rules-args23.ts';
import { ACTIONS23_INVARIANTS, checkActions23 } from './_rules-actions23.ts';
import { LISTS23_INVARIANTS, checkLists23 } from './_rules-lists23.ts';
import { SPEECH23_INVARIANTS, checkSpeech23 } from './_rules-speech23.ts';
import { MOCKS23_INVARIANTS, checkMocks23 } from './_rules-mocks23.ts';
import { DATES23_INVARIANTS, checkDates23 } from './_rules-dates23.ts';
import { MENUS24_INVARIANTS, checkMenus24 } from './_rules-menus24.ts';
import { SERIES24_INVARIANTS, checkSeries24 } from './_rules-series24.ts';
import { EVENTS24_INVARIANTS, checkEvents24 } from './_rules-events24.ts';
import { MISC24_INVARIANTS, checkMisc24 } from './_rules-misc24.ts';
import { SEARCH24_INVARIANTS, checkSearch24 } from './_rules-search24.ts';
import { WORDS24_INVARIANTS, checkWords24 } from './_rules-words24.ts';
import { MEDIA25_INVARIANTS, checkMedia25 } from './_rules-media25.ts';
import { YEARS25_INVARIANTS, checkYears25 } from './_rules-years25.ts';
import { RECORDS25_INVARIANTS, checkRecords25 } from './_rules-records25.ts';
import { WORDS25_INVARIANTS, checkWords25 } from './_rules-words25.ts';
import { WORKS26_INVARIANTS, checkWorks26 } from './_rules-works26.ts';
import { WORKS22_INVARIANTS, checkWorks22 } from './_rules-works22.ts';
import { UNITS22_INVARIANTS, checkUnits22 } from './_rules-units22.ts';
import { MARKET22_INVARIANTS, checkMarket22 } from './_rules-market22.ts';
import { ERRORS22_INVARIANTS, checkErrors22 } from './_rules-errors22.ts';
import { OA20_INVARIANTS, checkOa20 } from './_rules-oa20.ts';
import { RA20_INVARIANTS, checkRa20 } from './_rules-ra20.ts';
import { CHAINS16_INVARIANTS, checkChains16 } from './_rules-chains16.ts';
import { FRESHOA17_INVARIANTS, checkFreshoa17 } from './_rules-freshoa17.ts';
import { WORLD16_INVARIANTS, checkWorld16 } from './_rules-world16.ts';
import { NUMBERS17_INVARIANTS, checkNumbers17 } from './_rules-numbers17.ts';
import { NUMBERS18_INVARIANTS, checkNumbers18 } from './_rules-numbers18.ts';
import { FIELDS18_INVARIANTS, checkFields18 } from './_rules-fields18.ts';
import { DOMAIN17_INVARIANTS, checkDomain17 } from './_rules-domain17.ts';
import { KINDS18_INVARIANTS, checkKinds18 } from './_rules-kinds18.ts';
import { MOVES19_INVARIANTS, checkMoves19 } from './_rules-moves19.ts';
import { REPLIES16_INVARIANTS, checkReplies16 } from './_rules-replies16.ts';
import { FRESHRA17_INVARIANTS, checkFreshra17 } from './_rules-freshra17.ts';
import { REPLIES17_INVARIANTS, checkReplies17 } from './_rules-replies17.ts';
import { ECHO17_INVARIANTS, checkEcho17 } from './_rules-echo17.ts';
import { ECHO18_INVARIANTS, checkEcho18 } from './_rules-echo18.ts';
import { ASKS18_INVARIANTS, checkAsks18 } from './_rules-asks18.ts';
import { LOOKUPS19_INVARIANTS, checkLookups19 } from './_rules-lookups19.ts';
import { CONTENT20_INVARIANTS, checkContent20 } from './_rules-content20.ts';
import { SPEECH20_INVARIANTS, checkSpeech20 } from './_rules-speech20.ts';

/** The meaning invariants, in the order `stats` reports them. */
export const MEANING_INVARIANTS = ['side_effect_lookup', 'invented_value', ...PICK_INVARIANTS, 'empty_result', 'reversed_range', 'entity_mismatch', ...RESULT_INVARIANTS, ...CHAIN_INVARIANTS, 'wording', 'value_scale', 'place_mismatch', ...VALUES2_INVARIANTS, ...MOCK_INVARIANTS, ...CONTENT_INVARIANTS, ...WORLD_INVARIANTS, ...GEO_INVARIANTS, 'claimed_change', 'fix_reason', 'unreported_result', ...CALL_INVARIANTS, ...FLOW_INVARIANTS, ...HONOUR_INVARIANTS, ...RECORD_INVARIANTS, ...ASK_INVARIANTS, ...FIELD_INVARIANTS, ...QUERY_INVARIANTS, ...WORDS2_INVARIANTS, ...ANSWER_INVARIANTS, ...FIT_INVARIANTS, ...VALUE_INVARIANTS, ...WORDS3_INVARIANTS, ...ASK8_INVARIANTS, ...FACT_INVARIANTS, ...AGG_INVARIANTS, ...FILTER_INVARIANTS, ...ASK9_INVARIANTS, ...DOMAIN_INVARIANTS, ...WORDS9_INVARIANTS, ...REPLY_INVARIANTS, ...ENTITY_INVARIANTS, ...CALLS10_INVARIANTS, ...IDS10_INVARIANTS, ...SEARCH10_INVARIANTS, ...WORLD10_INVARIANTS, ...WORDS10_INVARIANTS, ...REPLY10_INVARIANTS, ...WORDS11_INVARIANTS, ...FIELDS11_INVARIANTS, ...SEARCH11_INVARIANTS, ...WORLD11_INVARIANTS, ...SCHEMALESS11_INVARIANTS, ...REPLY12_INVARIANTS, ...ECHO12_INVARIANTS, ...CALENDAR12_INVARIANTS, ...WORLD12_INVARIANTS, ...PARAMS13_INVARIANTS, ...REPLIES13_INVARIANTS, ...INTENTS13_INVARIANTS, ...NAMES13_INVARIANTS, ...CHAINS13_INVARIANTS, ...PLACES13_INVARIANTS, ...MEDIA13_INVARIANTS, ...PARAMS14_INVARIANTS, ...REPLIES14_INVARIANTS, ...WORLD14_INVARIANTS, ...NAMES14_INVARIANTS, ...INTENTS14_INVARIANTS, ...ECHO14_INVARIANTS, ...WRITES14_INVARIANTS, ...PARAMS15_INVARIANTS, ...PLACES15_INVARIANTS, ...LISTS15_INVARIANTS, ...ASYNC15_INVARIANTS, ...INTENTS15_INVARIANTS, ...VALUES15_INVARIANTS, ...FIELDS15_INVARIANTS, ...ECHO16_INVARIANTS, ...INTENTS16_INVARIANTS, ...CHAINS16_INVARIANTS, ...WORLD16_INVARIANTS, ...REPLIES16_INVARIANTS, ...NUMBERS17_INVARIANTS, ...FRESHRA17_INVARIANTS, ...FRESHOA17_INVARIANTS, ...REPLIES17_INVARIANTS, ...ECHO17_INVARIANTS, ...DOMAIN17_INVARIANTS, ...WORDS17_INVARIANTS, ...ECHO18_INVARIANTS, ...NUMBERS18_INVARIANTS, ...ASKS18_INVARIANTS, ...FIELDS18_INVARIANTS, ...KINDS18_INVARIANTS, ...SPEECH18_INVARIANTS, ...SERIES19_INVARIANTS, ...MOVES19_INVARIANTS, ...LOOKUPS19_INVARIANTS, ...ACTS20_INVARIANTS, ...OA20_INVARIANTS, ...CONTENT20_INVARIANTS, ...RA20_INVARIANTS, ...SPEECH20_INVARIANTS, ...TURNS20_INVARIANTS, ...UNITS21_INVARIANTS, ...WORDS21_INVARIANTS, ...LINKS21_INVARIANTS, ...PLACES21_INVARIANTS, ...ORDER22_INVARIANTS, ...SPEECH22_INVARIANTS, ...FINDS22_INVARIANTS, ...WORKS22_INVARIANTS, ...UNITS22_INVARIANTS, ...CARS22_INVARIANTS, ...MARKET22_INVARIANTS, ...AUTHZ22_INVARIANTS, ...ARGS23_INVARIANTS, ...ERRORS22_INVARIANTS, ...IDS22_INVARIANTS, ...ACTIONS23_INVARIANTS, ...LISTS23_INVARIANTS, ...SPEECH23_INVARIANTS, ...IDFIT23_INVARIANTS, ...MOCKS23_INVARIANTS, ...DATES23_INVARIANTS, ...MENUS24_INVARIANTS, ...SERIES24_INVARIANTS, ...EVENTS24_INVARIANTS, ...MISC24_INVARIANTS, ...SEARCH24_INVARIANTS, ...WORDS24_INVARIANTS, ...RANK25_INVARIANTS, ...MEDIA25_INVARIANTS, ...YEARS25_INVARIANTS, ...VALUES25_INVARIANTS, ...RECORDS25_INVARIANTS, ...WORDS25_INVARIANTS, ...MAIL26_INVARIANTS, ...SERP26_INVARIANTS, ...VALUES26_INVARIANTS, ...LISTS26_INVARIANTS, ...WORDS26_INVARIANTS, ...WORKS26_INVARIANTS, ...VALUES27_INVARIANTS, ...FITS27_INVARIANTS, ...MAIL27_INVARIANTS, ...ASK28_INVARIANTS, ...NAMES28_INVARIANTS, ...STATUS28_INVARIANTS, ...LISTS28_INVARIANTS, ...INTENTS28_INVARIANTS, ...FORMATS28_INVARIANTS, ...COINS28_INVARIANTS, ...TEXTS29_INVARIANTS, ...CREATES29_INVARIANTS, ...REPLIES29_INVARIANTS, ...COHERENCE30_INVARIANTS, ...REPLIES30_INVARIANTS, ...CODES30_INVARIANTS, ...MONEY30_INVARIANTS, ...CHAINS30_INVARIANTS, ...RAPID32_INVARIANTS, ...DATES32_INVARIANTS, ...LISTS32_INVARIANTS, ...VALUES32_INVARIANTS, ...DISCRA34_INVARIANTS, ...SPEECH34_INVARIANTS, ...SPECVALS34_INVARIANTS, ...ANSWERS34_INVARIANTS, ...READING34B_INVARIANTS, ...OAR35_INVARIANTS, ...FIL35_INVARIANTS, ...OAF35_INVARIANTS] as const satisfies readonly InvariantId[];

/** Every meaning rule over one record; the rules share one walk of each tool result (withObjectIndex). */
export function checkMeaning(record: DialogueRecord): Violation[] {
  return withObjectIndex(() => meaningRules(record));
}

/** The rules of wave 28, in one call (meaningRules is at its length limit). */
function checkWave28(record: DialogueRecord, add: Add): void {
  checkAsk28(record, add);
  checkOar35(record, add); // millisecond times sent as such, substring finds that contain the text (_rules-oar35.ts)
  checkNames28(record, add);
  checkStatus28(record, add);
  checkLists28(record, add);
  checkIntents28(record, add);
  checkFormats28(record, add);
  checkCoins28(record, add);
  checkTexts29(record, add); // a webhook's description names its events (_rules-texts29.ts)
  checkCreates29(record, add);
  checkReplies29(record, add);
  checkCoherence30(record, add); // a follow-up after its original, a shipped order paid (_rules-coherence30.ts)
  checkReplies30(record, add); // a list's records said, not only a count (_rules-replies30.ts)
  checkCodes30(record, add); // descriptive fields hold words, never "ACT-39370" (_rules-codes30.ts)
  checkMoney30(record, add); // cost breakdowns that add up, moments inside the duration (_rules-money30.ts)
  checkChains30(record, add); // a read request is never answered by a write (_rules-chains30.ts)
  checkRapid32(record, add); // review versions rise with their dates (_rules-rapid32.ts)
  checkDates32(record, add); // nothing befalls a record before it was made, nothing scheduled before today (_rules-dates32.ts)
  checkLists32(record, add); // parts released in their numbering, time flags that agree with dates (_rules-lists32.ts)
  checkValues32(record, add); // a top-N rank within 1..N, no vote average above 9.5 (_rules-values32.ts)
  checkDiscra34(record, add); // a list's entries listed once, a country's list of that country (_rules-discra34.ts)
  checkSpeech34(record, add); // items on sale said as things, never their fields read out (_rules-speech34.ts)
  checkSpecvals34(record, add); // an image or a file a result holds is said (_rules-specvals34.ts)
  checkAnswers34(record, add); // facets within the total, a series' runtime an episode's (_rules-answers34.ts)
  checkReading34b(record, add); // a list said whole, a read of deleted things dated (_rules-reading34b.ts)
  checkOaf35(record, add); // one file's type, name and bytes agree, a board reachable (_rules-oaf35.ts)
  checkFil35(record, add); // a kind field holds no person, a sale status agrees with what is left (_rules-fil35.ts)
}

function meaningRules(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  const add = (invariant: InvariantId, turn: number | null, message: string): void => {
    out.push({ invariant, turn, message });
  };
  checkLookupSources(record, add);
  checkInventedValues(record, add);
  out.push(...checkPicks(record));
  checkResults(record, add);
  checkRanges(record, add);
  checkResultRules(record, add);
  checkVocabulary(record, add);
  checkValues2(record, add);
  checkMockValues(record, add);
  checkContent(record, add);
  checkWorld(record, add);
  checkGeo(record, add);
  checkAnswers(record, add);
  out.push(...checkChains(record));
  out.push(...checkResponses(record));
  out.push(...checkCalls(record));
  out.push(...checkFlows(record));
  checkWords(record, add);
  checkHonour(record, add);
  checkRecords(record, add);
  out.push(...checkAsks(record));
  checkFieldValues(record, add);
  checkQueryRules(record, add);
  checkWords2(record, add);
  checkFitRules(record, add);
  checkValues(record, add);
  checkWords3(record, add);
  out.push(...checkAsks8(record));
  checkFacts(record, add);
  checkAggregates(record, add);
  checkFilters(record, add);
  out.push(...checkAsks9(record));
  checkDomainValues(record, add);
  checkWords9(record, add);
  checkReplies(record, add);
  checkEntities(record, add);
  out.push(...checkCalls10(record));
  checkIds10(record, add);
  checkSearch10(record, add);
  checkWorld10(record, add);
  checkWords10(record, add);
  checkReplies10(record, add);
  checkWords11(record, add);
  checkFields11(record, add);
  checkSearch11(record, add);
  checkWorld11(record, add);
  checkSchemaless11(record, add);
  checkReplies12(record, add);
  checkEcho12(record, add);
  checkCalendar12(record, add);
  checkWorld12(record, add);
  checkParams13(record, add);
  checkReplies13(record, add);
  checkWrites14(record, add);
  checkIntents13(record, add);
  checkIntents14(record, add);
  checkNames13(record, add);
  checkNames14(record, add);
  checkChains13(record, add);
  checkPlaces13(record, add);
  checkMedia13(record, add);
  checkParams14(record, add);
  checkReplies14(record, add);
  checkWorld14(record, add);
  checkPlaces15(record, add);
  checkEcho14(record, add);
  checkParams15(record, add);
  checkLists15(record, add);
  checkAsync15(record, add);
  checkIntents15(record, add);
  checkValues15(record, add);
  checkFields15(record, add);
  checkEcho16(record, add);
  checkIntents16(record, add);
  checkChains16(record, add);
  checkWorld16(record, add);
  checkNumbers17(record, add);
  checkNumbers18(record, add);
  checkReplies16(record, add);
  checkFreshra17(record, add);
  checkFreshoa17(record, add);
  checkReplies17(record, add);
  checkEcho17(record, add);
  checkDomain17(record, add);
  checkWords17(record, add);
  checkEcho18(record, add);
  checkAsks18(record, add);
  checkFields18(record, add);
  checkKinds18(record, add);
  checkMoves19(record, add);
  checkSpeech18(record, add);
  checkSeries19(record, add);
  checkOa20(record, add);
  checkRa20(record, add);
  checkLookups19(record, add);
  checkActs20(record, add);
  checkTurns20(record, add);
  checkCars22(record, add);
  checkIds22(record, add);
  checkIdfit23(record, add);
  checkUnits21(record, add);
  checkWords21(record, add);
  checkLinks21(record, add);
  checkPlaces21(record, add);
  checkOrder22(record, add);
  checkSpeech22(record, add);
  checkFinds22(record, add);
  checkAuthz22(record, add);
  checkMail26(record, add);
  checkMail27(record, add);
  checkValues26(record, add);
  checkValues27(record, add);
  checkFits27(record, add);
  checkWave28(record, add);
  checkLists26(record, add);
  checkRank25(record, add);
  checkSerp26(record, add);
  checkValues25(record, add);
  checkArgs23(record, add);
  checkActions23(record, add);
  checkLists23(record, add);
  checkSpeech23(record, add);
  checkMocks23(record, add);
  checkDates23(record, add);
  checkMenus24(record, add);
  checkSeries24(record, add);
  checkEvents24(record, add);
  checkMisc24(record, add);
  checkSearch24(record, add);
  checkWords24(record, add);
  checkMedia25(record, add);
  checkYears25(record, add);
  checkRecords25(record, add);
  checkWords25(record, add);
  checkWords26(record, add);
  checkWorks26(record, add);
  checkWorks22(record, add);
  checkUnits22(record, add);
  checkMarket22(record, add);
  checkErrors22(record, add);
  checkContent20(record, add);
  checkSpeech20(record, add);
  return out;
}

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;


/** Every chain step before the target is a lookup: it must be a read. */
function checkLookupSources(record: DialogueRecord, add: Add): void {
  const chain = record.chain ?? [];
  for (const id of chain.slice(0, -1)) {
    const effect = effectOf(record.operations[id], id);
    if (effect !== 'read') add('side_effect_lookup', null, `chain source ${id} is a ${effect}, not a read: a value is never looked up by changing something`);
  }
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from) continue;
    const effect = effectOf(record.operations[slot.from.operation], slot.from.operation);
    if (effect !== 'read') add('side_effect_lookup', null, `${slot.operation}.${slot.param} is taken from ${slot.from.operation}, a ${effect}`);
  }
}

/**
 * Transport switches a careful assistant sends at their documented default without asking (an API version, a
 * format, a locale, a page size): the checker's own reading of the parameter's name, not the planner's.
 */
const TECHNICAL_SWITCH = /(^|_)(api_version|version|v|format|output|lang|language|locale|hl|gl|callback|jsonp|encoding|pretty|debug|raw|sort|sort_by|order_by|direction|fields|include|expand|embed|page|page_size|per_page|limit|size|offset|count)$/;

const KIND_SWITCH = /(^|_)(type|types|kind|kinds|mode|subtext)$/;

/** Is this required value the documented default of a technical switch (sent as documented, never said)? */
function documentedSwitch(record: DialogueRecord, operation: string, param: string, value: unknown): boolean {
  const words = identifierWords(param).join('_');
  const op = record.operations[operation];
  // A read's kind switch (`type: multi`) goes at its documented default too: nobody says "the type is multi".
  const kindOfRead = KIND_SWITCH.test(words) && op !== undefined && operationEffect({ method: op.method, path: op.path, name: op.name || operation, description: op.description }).effect === 'read';
  if (!TECHNICAL_SWITCH.test(words) && !kindOfRead) return false;
  const properties = op?.parameters.properties as Record<string, { default?: unknown }> | undefined;
  const schema = properties?.[param];
  return schema !== undefined && (('default' in schema && JSON.stringify(schema.default) === JSON.stringify(value)) || englishForDefault(param, value, schema));
}

/** A read's kind switch the assistant set from what was said before its call (`type: playlist`). */
function kindSetFromWords(record: DialogueRecord, operation: string, param: string, value: unknown): boolean {
  const at = record.turns.findIndex((t) => t.speaker === 'assistant' && t.call?.operation === operation);
  return kindNamedBefore(record, at < 0 ? record.turns.length : at, operation, param, value);
}

/**
 * A required content value (an id, a name, a place) comes from the user or a tool result, never from a spec
 * default or example; only a technical switch may go at its documented default.
 */
function checkInventedValues(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    if (slot.required && slot.source === 'default' && !documentedSwitch(record, slot.operation, slot.param, slot.value) && !kindSetFromWords(record, slot.operation, slot.param, slot.value)) {
      add('invented_value', null, `required ${slot.operation}.${slot.param} = ${JSON.stringify(slot.value)} comes from the spec's default or example, which the user never said`);
    }
  }
}

const same = (a: unknown, b: unknown): boolean => String(a).trim().toLowerCase() === String(b).trim().toLowerCase();

const STATUS_KEYS = new Set(['status', 'ok', 'success', 'message']);

/** A read returns content; a get by id returns that id. */
function checkResults(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = record.operations[turn.operation];
    if (effectOf(op, turn.operation) !== 'read') return;
    if (!hasContent(turn.result)) add('empty_result', i, `${turn.operation} is a read but returned no content: ${JSON.stringify(turn.result)}`);
    const call = callFor(turns, turn);
    if (call && op) checkSameEntity(op, call, turn, i, add);
  });
}

function hasContent(result: unknown): boolean {
  if (result === null || result === undefined || result === '') return false;
  if (Array.isArray(result)) return result.length > 0;
  if (typeof result !== 'object') return true;
  return Object.entries(result as Record<string, unknown>).some(([key, value]) => !STATUS_KEYS.has(key.toLowerCase()) && value !== null && value !== undefined);
}

function callFor(turns: Turn[], tool: ToolTurn): AssistantTurn | undefined {
  return turns.find((t): t is AssistantTurn => t.speaker === 'assistant' && t.call?.id === tool.call_id);
}

/** `GET /pets/{petId}` called with petId 7 returns a pet whose top-level `id`/`petId` is 7. */
function checkSameEntity(op: RecordOperation, call: AssistantTurn, tool: ToolTurn, at: number, add: Add): void {
  const result = tool.result;
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const top = result as Record<string, unknown>;
  const placeholders = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const last = placeholders[placeholders.length - 1];
  // Only a get by id (`/pets/{petId}`): `/orders/{id}/quotes` returns quotes with their own ids.
  if (last === undefined || !op.path.replace(/\/+$/, '').endsWith(`{${last}}`) || !/(^|_|[a-z])(id|Id|ID|sid|Sid|uuid)$/.test(last)) return;
  const asked = call.call!.arguments[last];
  if (asked === undefined) return;
  for (const key of [last, 'id']) {
    const returned = top[key];
    if (returned === undefined || typeof returned === 'object') continue;
    if (!same(returned, asked)) add('entity_mismatch', at, `${tool.operation} was asked for ${last} ${JSON.stringify(asked)} and returned ${key} ${JSON.stringify(returned)}`);
    return;
  }
}

/** Call arguments and tool results: every range is ordered (which keys pair: src/text's `reversedPairs`, any prefix and spelling). */
function checkRanges(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) for (const problem of reversedRanges(turn.call.arguments)) add('reversed_range', i, `call arguments: ${problem}`);
    if (turn.speaker === 'tool' && turn.status === 'ok') for (const problem of reversedRanges(turn.result)) add('reversed_range', i, `tool result: ${problem}`);
  });
}

/** Only objects holding a lower-bound key are compared (results are large, bounds rare). */
const mayBeLowBound = memoized((k: string): boolean => mayBeRangeKey(k));

function reversedRanges(value: unknown, depth = 0): string[] {
  if (!value || typeof value !== 'object' || depth > 6) return [];
  if (Array.isArray(value)) return value.flatMap((v) => reversedRanges(v, depth + 1));
  const obj = value as Record<string, unknown>;
  const out: string[] = [];
  if (Object.keys(obj).some(mayBeLowBound)) for (const [low, high] of reversedPairs(obj)) out.push(`${low} ${JSON.stringify(obj[low])} is after ${high} ${JSON.stringify(obj[high])}`);
  for (const v of Object.values(obj)) if (v && typeof v === 'object') out.push(...reversedRanges(v, depth + 1));
  return out;
}
