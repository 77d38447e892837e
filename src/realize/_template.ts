/**
 * The template realizer: writes `text` on every user and assistant turn of a plan, the `thought` of assistant
 * turns, and the `query`/`retrieved` of retriever_call turns (by really searching with the realized text).
 * Deterministic: every choice comes from a generator derived from (seed, index).
 */
import { inMajorUnits } from './_minor-units.ts';
import { namedFacts, statusFirst27 } from './_intent-facts.ts';
import type { AssistantTurn, DialoguePlan, DialogueRecord, ParamRef, RecordOperation, Slot, Turn, UserTurn } from '../plan/types.ts';
import { OUT_OF_SCOPE_REQUESTS, cachedRetriever, pickedItemLabel, rankingAgrees, retrievalAgrees, retrievalExpectation, type CatalogRetriever, type RetrievalExpectation } from '../plan/index.ts';
import { mentionsValue, normalizeForMatch } from '../text/index.ts';
import * as P from './_phrases.ts';
import * as C from './_compose.ts';
import { isEnglish, plainText } from '../language/plain.ts';
import { outcomeOf, removesThing, responseIntro, summarizeResult, type Outcome } from './_response22.ts';
import { heardOf } from './_response-names.ts'; import { replies33 } from './_replies33.ts';
import { dialogueRng, type Rng } from '../random/index.ts';
import { apiName, humanizeIdentifier, intentPhrase, intentVariants, nameWords, isPluralNoun, joinList, requestPhrase, plural, sayValue, slotNoun, slotPhrase, upperFirst } from './words.ts';
import { oneStop } from './_say.ts'; import { reply26, withoutFoundNote } from './_reply26.ts';
import { choiceFailInform, choiceThought, offeredChoices, saidRefs, sayParamValue, sortKind, sortQuestion, valueMentions, withChoices } from './_param-speech.ts';
import { normalWords, sentenceRemainders, spokenRequest } from './_intent.ts';
import { startedTask, startedTaskReply } from './_task-reply.ts';
import { asAssistantSays, refNoun, refPhrase, withoutArticleBeforeClause } from './_mention.ts'; import { newValuePhrase28 } from './_update-speech28.ts'; import { filledIntent30 } from './_intent-values30.ts'; import { filledBy31 } from './_by-values31.ts'; import { placedRequest34b, placeFound34b } from './_intents34b-rapa.ts';
import { lookupReason } from './_lookup-reason.ts';
import { lackedNouns, namesLacked } from './_lacked.ts';
import { sourceStatusNote } from './_source-status.ts';
import { GENERIC_VAGUE, GENERIC_VAGUE_THOUGHT, isPlainTopic, vagueTopics } from './_topic.ts'; import { topicTiers34 } from './_topics33.ts'; import { resolvedAlternatives34 } from './_speech34.ts';
import { sureApiName } from './_spelling.ts';
import { apiTemplates, clearSentences, clearTemplates, VAGUE_TEMPLATES, vagueOpenings } from './speech.ts';
import { pickAnswer, pickChoice, pickRequest } from './_pick.ts';
import { afterDone, ASK_COORDINATES, doneNote, COORDINATE, removalNote, stateNote, withoutRestatedRemoval } from './_replies.ts'; import { requestedNote28 } from './_requested28.ts'; import { answerToOffer35, madeIdOffer35, withIdOffer35 } from './_id-offer35.ts';
import { changeLead, checkFound } from './_write-replies.ts';
import { agreeingVariants, agreesInNumber, pastesDescription, plannedRequests, shuffled } from './_planned.ts';
import { subjectOf } from './_variety-subject.ts';
import { guessFix } from './_guess22.ts'; import { earlierWords26 } from './_echoes26.ts'; import { correctedValues27 } from './_corrected27.ts'; import { unsentDefaults31 } from './_unsent-defaults31.ts';
import type { RealizeContext, RetrievalHit } from './types.ts';

const RETRIEVE_K = 5;

interface Walk {
  plan: DialoguePlan;
  ctx: RealizeContext;
  rng: Rng;
  turns: Turn[];
  /** Slot keys `op\u0000param` stated by the user so far. */
  informed: Set<string>;
  /** The turn index at which each masked slot is first informed (Infinity when never). */
  informedAt: Map<string, number>;
  /** retriever_call turn index → the user words it searches with. */
  queries: Map<number, string>;
  /** What the vague intent was about, in the user's words. */
  topic?: string;
  /** How the request came out, once answered (response or response_fail): the user's goodbye fits it. */
  outcome?: Outcome;
  /** How this dialogue's user speaks (terse, casual, formal). */
  style: C.UserStyle;
  /** The request no operation serves, in the user's words (cannot-fulfil flows). */
  unserved?: string;
  /** A short value the last response named (an item's name), which the user's goodbye may react to. */
  heard?: string;
  /** What the goodbyes thank for once the call only started a task ("start the task"), its content still to come. */ started?: string;
}

const key = (ref: ParamRef): string => `${ref.operation}\u0000${ref.param}`;

export function realizeWithTemplates(plan: DialoguePlan, context: RealizeContext): DialogueRecord {
  const ctx: RealizeContext = context.retriever ? { ...context, retriever: cachedRetriever(context.retriever) } : context;
  const turns: Turn[] = plan.turns.map((t) => ({ ...t }));
  const walk: Walk = {
    plan,
    ctx,
    rng: dialogueRng(plan.seed, plan.index, 'template'),
    turns,
    informed: new Set(),
    informedAt: new Map(),
    queries: new Map(),
    style: C.drawStyle(dialogueRng(plan.seed, plan.index, 'style')),
  };
  turns.forEach((turn, i) => {
    if (turn.speaker === 'user') for (const ref of turn.informs ?? []) if (!walk.informedAt.has(key(ref))) walk.informedAt.set(key(ref), i);
  });
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i] as Turn;
    const rng = walk.rng.fork(`turn${i}`);
    if (turn.speaker === 'user') {
      turn.text = oneStop(withoutArticleBeforeClause(userText(walk, i, turn, rng)));
      for (const ref of turn.informs ?? []) walk.informed.add(key(ref));
    } else if (turn.speaker === 'assistant') {
      realizeAssistant(walk, i, turn, rng);
      if (turn.text) turn.text = replies33(plan, turns, i, reply26(plan, turns, i, oneStop(turn.text))); // "T.I.. Their …": a name's own period ends the sentence too; reply26: cents, no agreeing to a tool result
    }
  }
  return { ...plan, turns, meta: { ...plan.meta, realizer: 'template' } };
}

// ---------------------------------------------------------------- helpers over the plan

function op(walk: Walk, id: string | undefined): RecordOperation | undefined {
  return id === undefined ? undefined : walk.plan.operations[id];
}

function slotOf(walk: Walk, ref: ParamRef): Slot | undefined {
  return walk.plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param);
}

/** The operation the dialogue is heading for at turn i: the next confirmed state, suggestion, request or call. */
function targetAt(walk: Walk, from: number): string | undefined {
  for (let j = from; j < walk.turns.length; j++) {
    const t = walk.turns[j] as Turn;
    if (t.speaker !== 'assistant') continue;
    if (t.suggest) return t.suggest;
    if (t.call) return t.call.operation;
    if (t.request?.[0]) return t.request[0].operation;
    if (t.state.api_confirmed) return t.state.api_status.operation;
  }
  return walk.plan.chain[walk.plan.chain.length - 1] ?? Object.keys(walk.plan.operations)[0];
}

/** The operation the user's intent is about: the last of the chain (the target), or the first one named later. */
function intentOperation(walk: Walk, i: number): string | undefined {
  return walk.plan.chain[walk.plan.chain.length - 1] ?? targetAt(walk, i);
}

/** Masked values the user has not stated before turn i (turn i's own informs excepted). */
function hiddenValues(walk: Walk, i: number, own: ParamRef[]): unknown[] {
  const ownKeys = new Set(own.map(key));
  return walk.plan.slots
    .filter((s) => (s.source === 'asked' || s.source === 'chained') && !ownKeys.has(key(s)) && (walk.informedAt.get(key(s)) ?? Infinity) >= i)
    .map((s) => s.value);
}

function leaks(text: string, hidden: unknown[]): boolean {
  if (hidden.length === 0) return false;
  const norm = normalizeForMatch(text);
  return hidden.some((v) => mentionsValue(norm, v));
}

/** Tries phrasings in a seeded order and keeps the first one that passes `ok`; falls back to the first tried. */
function choose(rng: Rng, candidates: string[], ok: (text: string) => boolean): string {
  const order = shuffled(rng, candidates);
  return oneStop(order.find(ok) ?? (order[0] as string));
}

/** "it" for one singular value, "them" for several or a plural noun. */
function pronoun(walk: Walk, refs: ParamRef[]): string {
  if (refs.length !== 1) return 'them';
  const ref = refs[0] as ParamRef;
  return isPluralNoun(refNoun(walk.plan, ref)) ? 'them' : 'it';
}

const isRequiredRef = (walk: Walk, ref: ParamRef): boolean => walk.plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param)?.required !== false;

/** What a request's thought says is needed: only required values are "still needed"; optional ones are wanted. */
function neededThought(walk: Walk, refs: ParamRef[], intent: string, slots: string): string {
  const required = refs.filter((r) => isRequiredRef(walk, r));
  if (required.length === refs.length) return `To ${intent} I still need ${slots}, which the user has not given.`;
  const optional = refs.filter((r) => !required.includes(r));
  const wanted = slotList(walk, optional);
  if (required.length === 0) return `To ${intent} I should ask for ${wanted}, which the user has not given.`;
  return `To ${intent} I still need ${slotList(walk, required)}, and I should ask for ${wanted} as well.`;
}

function slotList(walk: Walk, refs: ParamRef[]): string {
  const phrases = [...new Set(refs.map((ref) => newValuePhrase28(walk.plan.operations[ref.operation], ref.param, refPhrase(walk.plan, ref))))]; // an update's value: "the new name"
  return joinList(phrases);
}

// ---------------------------------------------------------------- user turns

function userText(walk: Walk, i: number, turn: UserTurn, rng: Rng): string {
  const own = turn.informs ?? [];
  const hidden = hiddenValues(walk, i, own);
  const clean = (t: string): boolean => !leaks(t, hidden);
  switch (turn.action) {
    case 'inform_intent_clear':
    case 'inform_intent_clear_add':
    case 'inform_intent_re':
      return clearIntentText(walk, i, turn, rng, (t) => clean(t) && agreesInNumber(walk.plan, t)); // never "delete a post" of two post IDs
    case 'inform_intent_vague':
      return vagueIntentText(walk, i, rng, clean);
    case 'inform': {
      if (own.length === 0) return composed(rng, (r) => C.affirm(r, walk.style, topicAt(walk, i)), clean);
      const prev = previousAssistant(walk, i);
      const mentions = valueMentions(walk.plan, own);
      if (prev?.error?.kind === 'redundant_request') return choose(rng, P.INFORM_ALREADY.map((f) => f(mentions)), clean);
      const picked = pickChoice(walk.plan, walk.turns, i - 1, own);
      if (picked) return pickAnswer(rng, picked.options[picked.chosen]!, picked.chosen);
      const first = own[0] as ParamRef;
      if (own.length === 1 && rng.chanceInTenThousand(0.35) && !sortKind(walk.plan, first)) return composed(rng, (r) => C.informBare(r, walk.style, sayParamValue(refNoun(walk.plan, first), slotOf(walk, first)?.value)), clean);
      return composed(rng, (r) => C.informNamed(r, walk.style, mentions), clean);
    }
    case 'fail_inform': {
      const refs = turn.unknown ?? previousAssistant(walk, i)?.request ?? [];
      const it = pronoun(walk, refs);
      // What the user does know about the record (planned as `informs`) follows the "I don't have it".
      const [known, sentence] = [own.length > 0 ? valueMentions(walk.plan, own) : undefined, (m: string) => rng.pick(P.VALUE_SENTENCE)(m)];
      const offer = previousAssistant(walk, i)?.text; // "Don't have it? Its name will do": no "Can you check?" back
      return answerToOffer35(composed(rng, (r) => C.withKnown(choiceFailInform(r, walk.plan, refs), known, sentence) ?? C.failInform(r, walk.style, slotList(walk, refs) || 'that', it, it === 'them' ? 'are' : 'is', known, sentence), (t) => clean(t) && !(madeIdOffer35(offer) && t.includes('?'))), offer, rng);
    }
    case 'affirm':
      return composed(rng, (r) => C.affirm(r, walk.style, topicAt(walk, i)), clean);
    case 'negate':
      return negateText(walk, i, rng, clean);
    case 'user_bye':
      return composed(rng, (r) => C.userBye(r, walk.style, topicAt(walk, i) ?? { intent: 'sort this out' }, walk.outcome === 'failed' || walk.outcome === 'empty', walk.heard, walk.started !== undefined), (t) => clean(t) && (!(walk.heard || topicAt(walk, i)?.subject) || isEnglish(t)));
  }
}

/** Composed wordings in seeded order until one passes `ok` (a masked value must not leak); else the first. */
function composed(rng: Rng, make: (r: Rng) => string, ok: (text: string) => boolean): string {
  let first: string | undefined;
  for (let n = 0; n < 6; n++) {
    const text = oneStop(make(rng.fork(`c${n}`)));
    if (ok(text)) return text;
    first ??= text;
  }
  return first as string;
}

/** What the user is after at turn i, as a verb phrase: the operation the dialogue heads for. */
function topicAt(walk: Walk, i: number): C.Topic | undefined {
  if (walk.plan.chain.length === 0) return undefined;
  const target = op(walk, intentOperation(walk, i));
  // A removed record is nothing to come back about ("Feel free to come back about project category 5576.").
  return walk.started ? { intent: walk.started } : target ? { intent: intentPhrase(target), subject: removesThing(target) ? undefined : subjectOf(walk.plan, walk.informed), operation: target } : undefined;
}

/** A short value the user said in the turn before i, for the assistant to acknowledge by name. */
function heardFrom(walk: Walk, i: number): string | undefined {
  const prev = walk.turns[i - 1];
  if (prev?.speaker !== 'user') return undefined;
  for (const ref of prev.informs ?? []) {
    const value = slotOf(walk, ref)?.value;
    if ((typeof value !== 'string' && typeof value !== 'number') || sortKind(walk.plan, ref)) continue;
    const said = sayParamValue(refNoun(walk.plan, ref), value);
    if (said.length <= 32 && /[\p{L}\p{N}]/u.test(said) && !said.includes('\n')) return said;
  }
  return undefined;
}

function previousAssistant(walk: Walk, i: number): AssistantTurn | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = walk.turns[j] as Turn;
    if (t.speaker === 'assistant') return t;
  }
  return undefined;
}

function nextAssistant(walk: Walk, i: number): { turn: AssistantTurn; at: number } | undefined {
  for (let j = i + 1; j < walk.turns.length; j++) {
    const t = walk.turns[j] as Turn;
    if (t.speaker === 'assistant') return { turn: t, at: j };
  }
  return undefined;
}

/** The retriever_call that searches with user turn i's words, and what the plan expects it to find. */
function searchAfter(walk: Walk, i: number): { at: number; turn: AssistantTurn; expectation: RetrievalExpectation | undefined } | undefined {
  const next = nextAssistant(walk, i);
  if (!next || next.turn.action !== 'retriever_call') return undefined;
  let expectation: RetrievalExpectation | undefined;
  try {
    expectation = retrievalExpectation(walk.plan, next.at);
  } catch {
    expectation = undefined;
  }
  return { ...next, expectation };
}

/** Does the retriever's verdict on `text` agree with what the plan expects of the search? */
function agrees(walk: Walk, expectation: RetrievalExpectation | undefined, text: string): boolean {
  const retriever = walk.ctx.retriever;
  if (!retriever || !expectation) return true;
  if ('matchedFraction' in retriever) return retrievalAgrees(retriever as CatalogRetriever, expectation, text).ok;
  return rankingAgrees(expectation, retriever.search(text, RETRIEVE_K));
}

/**
 * A clear intent names the operation's purpose; a cannot-fulfil one asks for something no operation does. The
 * intent sentence is what the next retriever_call searches with, so phrasings are tried in seeded order (plain,
 * then naming the API, then around the planner's own phrase) and the first the retriever's verdict agrees with wins.
 * Values stated with the intent (inform_intent_clear_add) follow in a sentence of their own, not searched.
 */
function clearIntentText(walk: Walk, i: number, turn: UserTurn, rng: Rng, clean: (t: string) => boolean): string {
  const search = searchAfter(walk, i);
  const planned = search?.turn.query === undefined ? undefined : plainText(search.turn.query);
  const own = turn.informs ?? [];
  const valueSay = own.length > 0 ? rng.pick(P.VALUE_SENTENCE) : undefined; const suffix = valueSay ? ` ${valueSay(valueMentions(walk.plan, own))}` : '';
  let candidates: string[];
  if (search?.expectation?.kind === 'none') {
    const request = planned ?? 'do something no service here offers';
    walk.unserved = planned;
    candidates = shuffled(rng, P.OUT_OF_SCOPE).map((f) => f(request));
  } else {
    const target = op(walk, intentOperation(walk, i));
    const pieces: P.IntentPieces = { intent: target ? intentPhrase(target) : 'get some information', api: target ? apiName(target) : 'the service' };
    const spoke = walk.turns.slice(0, i).some((t) => t.speaker === 'user');
    const greet = P.greetingOnce(rng, spoke);
    candidates = [];
    // The best wording first, then the operation's other ways of saying it, each alone and naming the API.
    for (const intent of target ? agreeingVariants(walk.plan, target, resolvedAlternatives34(walk.plan, target, intentVariants(target))) : [pieces.intent]) {
      const said = { ...pieces, intent };
      candidates.push(...shuffled(rng, clearTemplates(intent)).map((f) => greet(f(said))), ...shuffled(rng, apiTemplates(intent, target ? sureApiName(target, pieces.api) ?? '' : pieces.api)).map((f) => f(said)));
    }
    // The planner's own sentence (src/realize/speech.ts) agrees whatever the greeting drawn above did to the others.
    const sentence = search?.turn.query;
    if (sentence !== undefined && target && clearSentences(target).includes(sentence)) candidates.push(sentence);
    else if (target) candidates.push(...plannedRequests(planned, target, pieces, rng));
    if (spoke) candidates = candidates.map(P.withoutGreeting); // "Hello, I'm trying to …" is an opening, not a second turn
  }
  const lacked = lackedNouns(walk.plan, walk.turns, i); // never named first: "get a track by its ID", then "I don't have the track ID"
  let [fallback, chosen]: (string | undefined)[] = [];
  for (let pass = lacked.length > 0 ? 0 : 1; pass < 2 && !chosen; pass++) {
    for (const text of candidates) {
      if (!clean(text + suffix) || (pass === 0 && namesLacked(text, lacked))) continue;
      fallback ??= text;
      if (agrees(walk, search?.expectation, text)) { chosen = text; break; }
    }
  }
  chosen ??= fallback ?? (candidates[0] as string);
  const ends = filledIntent30(chosen, own, walk.plan, valueSay, (f) => clean(f.text + f.suffix) && agrees(walk, search?.expectation, f.text)) ?? filledBy31(chosen, own, walk.plan, valueSay, (f) => clean(f.text + f.suffix) && agrees(walk, search?.expectation, f.text)) ?? { text: chosen, suffix }; // "alerts in Gauteng", never "in a region. The region is Gauteng"
  if (search) walk.queries.set(search.at, ends.text); return ends.text + ends.suffix;
}

/**
 * "No. I had something else in mind. Can you …?": a refusal right after the decline would refuse a request never
 * made, so the user says what they wanted instead; it is a request nothing in the catalog serves (the retriever
 * finds nothing clear for it), and the refusal names it.
 */
function negateText(walk: Walk, i: number, rng: Rng, clean: (t: string) => boolean): string {
  const no = composed(rng, (r) => C.negate(r, topicAt(walk, i)), clean);
  const next = nextAssistant(walk, i); // the other request is searched for (a retriever_call) before the refusal
  if ((next?.turn.action === 'retriever_call' ? nextAssistant(walk, next.at) : next)?.turn.action !== 'response_fail') return no;
  const none: RetrievalExpectation = { kind: 'none' };
  const requests = shuffled(rng, OUT_OF_SCOPE_REQUESTS);
  const request = requests.find((r) => agrees(walk, none, r)) ?? (requests[0] as string);
  walk.unserved = request;
  const asks = rng.pick(P.OUT_OF_SCOPE.slice(0, 4))(request);
  return clean(asks) ? `${no} ${asks}` : no;
}

/**
 * A vague intent talks about the domain, not the operation. The phrasing must read to the retriever as the flow
 * needs: ambiguous with the operation among the results (clarify), or ambiguous with it ranked first (suggest).
 */
function vagueIntentText(walk: Walk, i: number, rng: Rng, clean: (t: string) => boolean): string {
  const target = op(walk, intentOperation(walk, i) ?? targetAt(walk, i));
  const search = searchAfter(walk, i);
  const greet = P.greetingOnce(rng, walk.turns.slice(0, i).some((t) => t.speaker === 'user'));
  const templates = shuffled(rng, VAGUE_TEMPLATES).map((f) => (d: string) => greet(f(d)));
  const [topics, last] = target ? topicTiers34(target, vagueTopics(target, search?.turn.query === undefined ? undefined : plainText(search.turn.query))) : [[], []]; // topics a person names (wave 33), a path word or a place only after a generic opener (wave 34)
  let chosen: string | undefined;
  let fallback: string | undefined;
  const tryTopics = (list: string[]): void => {
    search: for (const topic of list) {
      for (const f of templates) {
        const text = f(topic);
        if (!clean(text)) continue;
        if (fallback === undefined) [fallback, walk.topic] = [text, topic];
        if (agrees(walk, search?.expectation, text)) {
          [chosen, walk.topic] = [text, topic];
          break search;
        }
      }
    }
  };
  tryTopics(topics);
  // No topic a person would name: a generic opener, which the retriever may or may not find vague enough.
  const generic = chosen === undefined ? shuffled(rng, GENERIC_VAGUE).map(greet).find((text) => agrees(walk, search?.expectation, text)) : undefined;
  if (generic !== undefined) [chosen, walk.topic] = [generic, undefined];
  if (chosen === undefined) tryTopics(last);
  // The planner chose one of these very openings for its verdict (src/realize/speech.ts): said without a greeting.
  const opening = target && search?.turn.query !== undefined ? vagueOpenings(target).find((o) => o.text === search.turn.query) : undefined;
  if (chosen === undefined && opening && clean(opening.text)) {
    chosen = opening.text;
    walk.topic = opening.topic;
  }
  // Last resort for plans made without those openings: the planner's phrase said as words, which the retriever agrees with.
  const planned = search?.turn.query === undefined ? undefined : plainText(search.turn.query);
  if (chosen === undefined && !opening && planned && isEnglish(planned)) {
    const topic = nameWords(planned.replace(/[`"{}<>[\]]/g, '').replace(/'s$/, 's')).replace(/\s+API$/i, '');
    // Plain words only ("Local Rank Tracker", "events"): never "realty in au", "provides", "create".
    if (isPlainTopic(topic)) {
      chosen = templates.map((f) => f(topic)).find((text) => clean(text) && agrees(walk, search?.expectation, text));
      if (chosen !== undefined) walk.topic = topic;
    }
  }
  chosen ??= fallback ?? greet(rng.pick(GENERIC_VAGUE));
  if (search) walk.queries.set(search.at, chosen);
  return chosen;
}

// ---------------------------------------------------------------- assistant turns

const nextIsFailInform = (walk: Walk, i: number): boolean => {
  const next = walk.turns[i + 1];
  return next?.speaker === 'user' && next.action === 'fail_inform';
};
function realizeAssistant(walk: Walk, i: number, turn: AssistantTurn, rng: Rng): void {
  const targetId = targetAt(walk, i + 1);
  const target = op(walk, targetId);
  const intent = target ? intentPhrase(target) : 'help with that';
  switch (turn.action) {
    case 'retriever_call':
      retrieverCall(walk, i, turn, rng);
      return;
    case 'request': {
      const refs = saidRefs(walk.plan, turn.request ?? []);
      const slots = slotList(walk, refs);
      const reqIntent = placedRequest34b(lookupReason(walk.plan, refs[0]?.operation) ?? (op(walk, refs[0]?.operation) ? intentPhrase(op(walk, refs[0]?.operation) as RecordOperation) : intent), placeFound34b(walk.plan.slots, walk.turns, i, refs[0]?.operation)); // "calculate grid points there" once the place was found
      const fixes = turn.corrects !== undefined ? walk.turns[turn.corrects] : undefined;
      const picking = pickChoice(walk.plan, walk.turns, i, refs);
      const choices = refs.length === 1 ? offeredChoices(op(walk, refs[0]?.operation), refs[0]!.param) : undefined;
      if (picking) {
        turn.text = pickRequest(rng, picking.options, picking.noun);
        turn.thought = `The search returned ${picking.options.length} ${plural(picking.noun)}; the user has to say which one before I ${reqIntent}.`;
      } else if (fixes?.speaker === 'assistant' && fixes.error?.kind === 'hallucinated_value') {
        ({ text: turn.text, thought: turn.thought } = guessFix(rng, fixes, walk.turns[turn.corrects! + 1], slots, (param) => slotList(walk, refs.filter((r) => r.param === param)), (text) => withChoices(rng, text, choices)));
      } else if (refs.length > 0 && refs.every((r) => COORDINATE.test(r.param)) && nextIsFailInform(walk, i)) {
        // Nobody is expected to know coordinates: the question says the place's name will do.
        turn.text = rng.pick(ASK_COORDINATES)(slots);
        turn.thought = `To ${reqIntent} I need ${slots}; the user may only know the place, which I can look up.`;
      } else {
        const many = refs.length > 1 || (refs[0] !== undefined && isPluralNoun(refNoun(walk.plan, refs[0])));
        const sorting = sortQuestion(rng, walk.plan, refs, choices); // "How should I sort them?", never "the order?"
        turn.text = withIdOffer35(sorting ?? withChoices(rng, C.request(rng, slots, reqIntent, many, heardFrom(walk, i), refs.every((r) => !isRequiredRef(walk, r)), refs.length > 0 && refs.every((r) => C.isChosenRef(op(walk, r.operation), r.param)), previousAssistant(walk, i - 1)?.error?.kind === 'redundant_request'), choices), walk.plan, refs, nextIsFailInform(walk, i) ? ((walk.turns[i + 1] as UserTurn).informs ?? []) : undefined, (r) => slotList(walk, r), rng); // an id nobody has: what will do instead
        turn.thought = neededThought(walk, refs, reqIntent, slots);
      }
      return;
    }
    case 'clarify': {
      turn.text = C.clarify(rng, walk.topic, walk.plan);
      turn.thought = walk.topic ? `Several operations match "${walk.topic}" and none stands out, so I should ask what the user wants.` : 'Several operations could fit and none stands out, so I should ask what the user wants.';
      return;
    }
    case 'suggest': {
      const suggested = op(walk, turn.suggest) ?? target;
      const phrase = suggested ? intentPhrase(suggested) : intent;
      turn.text = rng.pick(P.SUGGEST)(phrase);
      turn.thought = `The user was not specific. The best match I found can ${phrase}; I'll propose it.`;
      return;
    }
    case 'call': {
      const callOp = op(walk, turn.call?.operation);
      const callIntent = lookupReason(walk.plan, turn.call?.operation) ?? (callOp ? intentPhrase(callOp) : intent);
      const args = Object.keys(turn.call?.arguments ?? {});
      const argWords = joinList(args.map((a) => (turn.call ? refPhrase(walk.plan, { operation: turn.call.operation, param: a }) : slotPhrase(a, callOp))));
      if (turn.error) {
        turn.thought =
          turn.error.kind === 'hallucinated_value'
            ? `I'll try to ${callIntent} right away, filling in what I don't know.`
            : `I'll ${callIntent} with ${argWords || 'the values I have'}.`;
      } else if (turn.corrects !== undefined) {
        const wrong = walk.turns[turn.corrects];
        // A redundant question made no call: nothing was rejected, the value was there all along.
        turn.thought =
          wrong?.speaker === 'assistant' && wrong.error?.kind === 'redundant_request'
            ? `I should not have asked: the user had already given ${slotList(walk, wrong.request ?? []) || 'that value'}. Now I can ${callIntent} with ${argWords || 'what I have'}.`
            : `The previous call was rejected. Retrying to ${callIntent} with ${correctedValues27(turn.call?.arguments ?? {}, wrong?.speaker === 'assistant' ? wrong.call?.arguments : undefined, (a) => (turn.call ? refPhrase(walk.plan, { operation: turn.call.operation, param: a }) : slotPhrase(a, callOp)), joinList)}.`;
      } else {
        turn.thought = args.length > 0 ? `I have ${argWords}, so I can ${callIntent} now.` : `No input is needed, so I can ${callIntent} now.`;
      }
      return;
    }
    case 'response': {
      const tool = lastToolResult(walk, i);
      const call = [...walk.turns.slice(0, i)].reverse().find((t): t is AssistantTurn => t.speaker === 'assistant' && t.call !== undefined && !t.error);
      const echoes = new Set([...Object.values(call?.call?.arguments ?? {}).map((v) => String(v)), ...earlierWords26(walk.turns.slice(0, i)), ...unsentDefaults31(op(walk, tool?.operation), call?.call?.arguments)]);
      const toolOp = op(walk, tool?.operation);
      const outcome = tool ? outcomeOf(tool.result) : 'ok';
      walk.outcome = outcome;
      walk.heard = tool && outcome === 'ok' && !removesThing(toolOp) ? heardOf(tool.result, toolOp) : undefined;
      const asked = walk.turns.slice(0, i).map((t) => (t.speaker === 'user' ? t.text ?? '' : '')).join(' ');
      // A yes/no check says what it found, never only "The answer is no.".
      const base = tool ? ((outcome === 'ok' ? checkFound(toolOp, tool.result, call?.call?.arguments) : undefined) ?? summarizeResult(inMajorUnits(tool), toolOp, echoes, rng, asked, call?.call?.arguments)) : '';
      // What the request named (its status, its link) is said even when the summary's ranking left it out.
      const summary = base && outcome === 'ok' ? statusFirst27(base, namedFacts(tool?.result, toolOp, asked, base), tool?.result, toolOp?.path) : base;
      const via = chainNote(walk, tool?.operation, rng);
      // An answer that starts with its content needs no "Here you go." before it.
      // After the chain note ("Since you didn't have the ID, I looked it up.") an intro would say it twice.
      const intro = (outcome === 'ok' && summary && rng.int(0, 19) < 17) || (via && outcome === 'ok') ? '' : responseIntro(outcome, toolOp, rng);
      const removed = outcome === 'ok' ? requestedNote28(toolOp, call?.call?.arguments) || removalNote(toolOp, tool?.result, call?.call?.arguments) || changeLead(toolOp, call?.call?.arguments ?? {}, summary) || stateNote(toolOp, summary) || doneNote(toolOp, tool?.result, call?.call?.arguments) : '';
      const rest = removed.startsWith('Done: I ') ? afterDone(withoutRestatedRemoval(summary, removed), tool?.result) : summary;
      // "Done!" before "Done: I deleted …" says it twice.
      turn.text = upperFirst(`${removed.startsWith('Done: I ') ? '' : intro} ${via}${removed}${rest || (removed ? '' : outcome === 'failed' ? 'The service did not say why.' : 'The request went through.')}`.trim());
      turn.thought =
        outcome === 'failed'
          ? `The tool reported a failure; I'll tell the user it did not work and what the service said.`
          : outcome === 'empty'
            ? `The call worked but returned nothing; I'll tell the user.`
            : via
              ? `The chain worked: the first call supplied what the user did not know. I'll say so and sum up the result.`
              : `The call succeeded; I'll tell the user the main points of the result.`;
      const task = outcome === 'ok' ? startedTask(toolOp, tool?.result) : undefined;
      if (task) [turn.text, turn.thought, walk.heard, walk.started] = [upperFirst(`${via}${startedTaskReply(task, toolOp ? intentPhrase(toolOp) : intent, (xs) => rng.pick(xs))}`), `The call only started a ${task.noun}; I'll give its ID and say the results come later.`, undefined, `start the ${task.noun}`];
      return;
    }
    case 'response_fail':
      walk.outcome = 'failed';
      turn.text = C.responseFail(rng, walk.unserved === undefined ? undefined : asAssistantSays(walk.unserved));
      turn.thought = `None of the operations I found does what the user wants, so I cannot fulfil the request.`;
      return;
    case 'system_bye':
      turn.text = C.systemBye(rng, topicAt(walk, i), walk.outcome === 'failed' || walk.outcome === 'empty', walk.heard, (walk.turns[i - 1] as UserTurn | undefined)?.text);
      turn.thought = `The user is done; I'll say goodbye.`;
      return;
  }
}

const CHAIN_NOTE_SAME_API = P.CHAIN_NOTE.filter((note) => !/\banother\b/i.test(note('ID', 'x')));

/**
 * When the final call used a value found by an earlier call, say which item it came from ("the event ID of
 * Bluegrass Night"), never the value itself: the user could not have known it and need not hear it. What the user picked is "the one you picked", never "I went with" it. Both calls on one API: "another API/service" would be false; the other wordings say "a first lookup".
 */
function chainNote(walk: Walk, finalOp: string | undefined, rng: Rng): string {
  // Only values the user never said came from the other call ("the event ID" the user gave did not).
  const userWords = normalizeForMatch(walk.turns.map((t) => (t.speaker === 'user' ? t.text ?? '' : '')).join(' '));
  const chained = walk.plan.slots.filter((s) => s.source === 'chained' && s.operation === finalOp && s.from && !mentionsValue(userWords, s.value));
  const first = chained[0];
  if (!first?.from) return '';
  const source = walk.turns.find((t) => t.speaker === 'tool' && t.status === 'ok' && t.operation === first.from?.operation);
  const label = source?.speaker === 'tool' ? pickedItemLabel(source.result, first.from.field) : undefined;
  const nouns = joinList([...new Set(chained.map((s) => slotNoun(s.param, op(walk, s.operation))))]);
  const sayable = label && !/[{}[\]<>]/.test(label) ? label.replace(/(?<=[A-Za-z])\.$/, '') : undefined;
  const sameApi = finalOp !== undefined && first.from.operation.split('.')[0] === finalOp.split('.')[0];
  const picked = !!sayable && mentionsValue(userWords, sayable) && walk.turns.some((t) => t.speaker === 'assistant' && t.action === 'request' && withoutFoundNote(t.text).includes(sayable));
  const status = source?.speaker === 'tool' ? sourceStatusNote(source.result, first.from.field, sayable) : ''; // "Note that Lior Kaur is postponed."
  return (picked ? `I used the ${nouns} of ${sayable}, the one you picked. ` : `${rng.pick(sameApi ? CHAIN_NOTE_SAME_API : P.CHAIN_NOTE)(nouns, sayable, sameApi || !op(walk, first.from.operation) ? undefined : intentPhrase(op(walk, first.from.operation) as RecordOperation))} `) + status;
}

function lastToolResult(walk: Walk, i: number): { operation: string; result: unknown } | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = walk.turns[j] as Turn;
    if (t.speaker === 'tool' && t.status === 'ok') return t;
  }
  return undefined;
}

/**
 * A retriever_call searches the catalog with the user's intent sentence (chosen above so that the verdict agrees
 * with the plan) and records what the retriever really returns. After a fail_inform the search is the assistant's
 * own: the planner's lookup query is kept, or, without one, the missing value's noun is searched.
 */
function retrieverCall(walk: Walk, i: number, turn: AssistantTurn, rng: Rng): void {
  const prevUser = [...walk.turns.slice(0, i)].reverse().find((t): t is UserTurn => t.speaker === 'user');
  const retriever = walk.ctx.retriever;
  const target = op(walk, targetAt(walk, i + 1));
  if (prevUser?.action === 'fail_inform') {
    const refs = prevUser.unknown ?? [];
    turn.thought = choiceThought(rng, walk.plan, refs) ?? rng.pick(P.THOUGHT_RETRIEVE_SOURCE)(slotList(walk, refs) || 'the missing value', pronoun(walk, refs));
    // The assistant searches in its own words (what the source operation does, or what it outputs), never with
    // the description the planner matched; that is the last resort when nothing else finds the source.
    const sourceId = targetAt(walk, i + 1);
    const source = op(walk, sourceId);
    const queries = [...(source ? intentVariants(source) : []), ...sourceQueries(walk, refs[0], sourceId)];
    const plannedQuery = turn.query === undefined ? undefined : plainText(turn.query);
    if (plannedQuery && isEnglish(plannedQuery) && !pastesDescription(plannedQuery, source)) queries.push(plannedQuery);
    const query = retriever && sourceId ? (queries.find((q) => retriever.search(q, RETRIEVE_K).some((h) => h.operation === sourceId)) ?? queries[0]) : queries[0];
    setRetrieval(turn, query ?? 'the missing value', retriever);
    return;
  }
  if (prevUser?.action === 'inform_intent_vague') {
    turn.thought = walk.topic ? rng.pick(P.THOUGHT_RETRIEVE_VAGUE)(walk.topic) : rng.pick(GENERIC_VAGUE_THOUGHT);
  } else if (walk.plan.chain.length === 0 || prevUser?.action === 'negate') {
    turn.thought = rng.pick(P.THOUGHT_RETRIEVE_ANY);
  } else {
    turn.thought = rng.pick(P.THOUGHT_RETRIEVE)(target ? intentPhrase(target) : 'do this');
  }
  setRetrieval(turn, walk.queries.get(i) ?? (prevUser?.action === 'negate' ? walk.unserved : undefined) ?? prevUser?.text ?? turn.query ?? '', retriever);
}

function setRetrieval(turn: AssistantTurn, query: string, retriever: RealizeContext['retriever']): void {
  if (!retriever) {
    turn.query ??= query;
    return;
  }
  turn.query = query;
  turn.retrieved = retriever.search(query, RETRIEVE_K).map((h: RetrievalHit) => ({ operation: h.operation, score: h.score }));
}

/** Search wordings for "who outputs this value": the value's noun, then with the operation that supplies it. */
function sourceQueries(walk: Walk, ref: ParamRef | undefined, sourceId: string | undefined): string[] {
  const queries: string[] = [];
  const slot = ref ? slotOf(walk, ref) : undefined;
  const noun = ref ? slotNoun(ref.param, op(walk, ref.operation)) : '';
  const field = slot?.from?.field ? humanizeIdentifier(slot.from.field.split('.').pop() ?? '') : '';
  if (noun) queries.push(`find ${noun}`, `list ${plural(noun.split(' ')[0] ?? noun)} with ${noun}`);
  const source = op(walk, sourceId);
  if (source) {
    queries.push(`${intentPhrase(source)} to get ${noun || field}`.trim());
    queries.push(`${sureApiName(source, apiName(source)) ?? ''} ${intentPhrase(source)}`.trim());
  }
  return queries.filter((q) => q.trim().length > 0);
}
