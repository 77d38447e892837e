/**
 * The template realizer: writes `text` on every user and assistant turn of a plan, the `thought` of assistant
 * turns, and the `query`/`retrieved` of retriever_call turns (by really searching with the realized text).
 * Deterministic: every choice comes from a generator derived from (seed, index).
 */
import type { AssistantTurn, DialoguePlan, DialogueRecord, ParamRef, RecordOperation, Slot, Turn, UserTurn } from '../plan/types.ts';
import { mentionsValue, normalizeForMatch } from './mention.ts';
import * as P from './_phrases.ts';
import { dialogueRng, type Rng } from './_rng.ts';
import { apiName, domainPhrase, humanizeIdentifier, intentPhrase, joinList, lowerFirst, plural, sayValue, slotNoun, slotPhrase, upperFirst } from './words.ts';
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
}

const key = (ref: ParamRef): string => `${ref.operation}\u0000${ref.param}`;

export function realizeWithTemplates(plan: DialoguePlan, ctx: RealizeContext): DialogueRecord {
  const turns: Turn[] = plan.turns.map((t) => ({ ...t }));
  const walk: Walk = {
    plan,
    ctx,
    rng: dialogueRng(plan.seed, plan.index, 'template'),
    turns,
    informed: new Set(),
    informedAt: new Map(),
  };
  turns.forEach((turn, i) => {
    if (turn.speaker === 'user') for (const ref of turn.informs ?? []) if (!walk.informedAt.has(key(ref))) walk.informedAt.set(key(ref), i);
  });
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i] as Turn;
    const rng = walk.rng.fork(`turn${i}`);
    if (turn.speaker === 'user') {
      turn.text = userText(walk, i, turn, rng);
      for (const ref of turn.informs ?? []) walk.informed.add(key(ref));
    } else if (turn.speaker === 'assistant') {
      realizeAssistant(walk, i, turn, rng);
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
  return order.find(ok) ?? (order[0] as string);
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** "track ID is 42", "departure date is 2024-05-01 and the city is Paris". */
function valueMentions(walk: Walk, refs: ParamRef[]): string {
  const parts = refs.map((ref, n) => {
    const slot = slotOf(walk, ref);
    const noun = slotNoun(ref.param, op(walk, ref.operation));
    const verb = Array.isArray(slot?.value) && slot.value.length > 1 ? 'are' : 'is';
    return `${n === 0 ? '' : 'the '}${noun} ${verb} ${sayValue(slot?.value)}`;
  });
  return joinList(parts);
}

function slotList(walk: Walk, refs: ParamRef[]): string {
  const phrases = [...new Set(refs.map((ref) => slotPhrase(ref.param, op(walk, ref.operation))))];
  return joinList(phrases.map((p, n) => (n === 0 ? p : p.replace(/^the /, 'the '))));
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
      return clearIntentText(walk, i, turn, rng, clean);
    case 'inform_intent_vague':
      return vagueIntentText(walk, i, rng, clean);
    case 'inform': {
      if (own.length === 0) return choose(rng, P.AFFIRM, clean);
      const prev = previousAssistant(walk, i);
      const mentions = valueMentions(walk, own);
      if (prev?.error?.kind === 'redundant_request') return choose(rng, P.INFORM_ALREADY.map((f) => f(mentions)), clean);
      const named = P.INFORM_NAMED.map((f) => f(mentions));
      const first = own[0] as ParamRef;
      const bare = own.length === 1 ? P.INFORM_BARE.map((f) => f(sayValue(slotOf(walk, first)?.value))) : [];
      return choose(rng, rng.chance(0.35) && bare.length > 0 ? bare : named, clean);
    }
    case 'fail_inform': {
      const refs = turn.unknown ?? previousAssistant(walk, i)?.request ?? [];
      return choose(rng, P.FAIL_INFORM.map((f) => f(slotList(walk, refs) || 'that')), clean);
    }
    case 'affirm':
      return choose(rng, P.AFFIRM, clean);
    case 'negate':
      return choose(rng, P.NEGATE, clean);
    case 'user_bye':
      return choose(rng, P.USER_BYE, clean);
  }
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

/**
 * A clear intent names the operation's purpose. When the next turn searches the catalog, the phrasing must make
 * the retriever rank the intended operation first (the assistant acts on what it really finds), so phrasings are
 * tried in seeded order, then with the API named, and the first that retrieves the operation wins.
 */
function clearIntentText(walk: Walk, i: number, turn: UserTurn, rng: Rng, clean: (t: string) => boolean): string {
  const targetId = intentOperation(walk, i);
  const target = op(walk, targetId);
  const intent = target ? intentPhrase(target) : 'get some information';
  const pieces: P.IntentPieces = { intent, api: target ? apiName(target) : 'the service' };
  const own = turn.informs ?? [];
  const suffix = own.length > 0 ? ` ${choose(rng, P.VALUE_SENTENCE.map((f) => f(valueMentions(walk, own))), () => true)}` : '';
  const plain = shuffled(rng, P.CLEAR_INTENT).map((f) => f(pieces) + suffix);
  const withApi = shuffled(rng, P.CLEAR_INTENT_WITH_API).map((f) => f(pieces) + suffix);
  const candidates = [...plain, ...withApi].filter(clean);
  if (candidates.length === 0) return plain[0] as string;
  if (nextAssistant(walk, i)?.turn.action !== 'retriever_call' || !targetId) return candidates[0] as string;
  // What follows the search: nothing found (cannot fulfil) or the operation itself.
  const after = nextAssistant(walk, (nextAssistant(walk, i)?.at ?? i));
  const accept = after?.turn.action === 'response_fail' ? (t: string) => judgeOutOfScope(walk, t) : (t: string) => judgeClear(walk, t, targetId);
  return candidates.find(accept) ?? (candidates[0] as string);
}

function judgeClear(walk: Walk, text: string, operation: string): boolean {
  if (walk.ctx.judge) return walk.ctx.judge.clear(text, operation);
  return walk.ctx.retriever ? walk.ctx.retriever.search(text, 1)[0]?.operation === operation : true;
}

function judgeOutOfScope(walk: Walk, text: string): boolean {
  return walk.ctx.judge ? walk.ctx.judge.outOfScope(text) : true;
}

/** Nouns a vague request may use: the API's domain, then the resource its path is about. Never the operation itself. */
function vagueTopics(target: RecordOperation): string[] {
  const domain = domainPhrase(target);
  const segments = target.path.split('/').filter((s) => s && !s.startsWith('{') && !s.startsWith(':') && !/^v\d+$/.test(s) && s !== 'api');
  const resources = [...new Set(segments.map((s) => humanizeIdentifier(s).toLowerCase()))].filter((r) => r !== domain);
  const topics = [domain, ...resources.map((r) => `${domain} ${r}`), ...resources, apiName(target)];
  return [...new Set(topics.filter((t) => t.trim().length > 0))];
}

/**
 * A vague intent talks about the domain, not the operation. When a search follows, the phrasing must read to the
 * retriever as the flow needs: ambiguous with the operation among the results (clarify), or ambiguous with the
 * operation ranked first (suggest).
 */
function vagueIntentText(walk: Walk, i: number, rng: Rng, clean: (t: string) => boolean): string {
  const targetId = intentOperation(walk, i) ?? targetAt(walk, i);
  const target = op(walk, targetId);
  if (!target || !targetId) return choose(rng, P.VAGUE_INTENT.map((f) => f('something')), clean);
  const search = nextAssistant(walk, i);
  const decision = search?.turn.action === 'retriever_call' ? nextAssistant(walk, search.at)?.turn : undefined;
  const suggested = decision?.action === 'suggest' ? (decision.suggest ?? targetId) : undefined;
  const judge = walk.ctx.judge;
  const accept = (t: string): boolean => {
    if (!clean(t)) return false;
    if (!judge || !decision) return true;
    if (suggested) return judge.suggests(t, suggested);
    if (decision.action === 'response_fail') return judge.outOfScope(t);
    return judge.vague(t, targetId);
  };
  const templates = shuffled(rng, P.VAGUE_INTENT);
  const candidates = vagueTopics(target).flatMap((topic) => templates.map((f) => f(topic)));
  return candidates.find(accept) ?? (candidates.find(clean) ?? (candidates[0] as string));
}

// ---------------------------------------------------------------- assistant turns

function realizeAssistant(walk: Walk, i: number, turn: AssistantTurn, rng: Rng): void {
  const targetId = targetAt(walk, i + 1);
  const target = op(walk, targetId);
  const intent = target ? intentPhrase(target) : 'help with that';
  const domain = target ? domainPhrase(target) : 'that';
  switch (turn.action) {
    case 'retriever_call':
      retrieverCall(walk, i, turn, rng);
      return;
    case 'request': {
      const refs = turn.request ?? [];
      const slots = slotList(walk, refs);
      const reqIntent = op(walk, refs[0]?.operation) ? intentPhrase(op(walk, refs[0]?.operation) as RecordOperation) : intent;
      const fixes = turn.corrects !== undefined ? walk.turns[turn.corrects] : undefined;
      if (fixes?.speaker === 'assistant' && fixes.error?.kind === 'hallucinated_value') {
        turn.text = rng.pick(P.REQUEST_AFTER_ERROR)(slots);
        turn.thought = `The call failed because I guessed ${slots}. I have to ask the user for it.`;
      } else {
        turn.text = rng.pick(refs.length > 1 ? P.REQUEST_MANY : P.REQUEST)(slots, reqIntent);
        turn.thought = `To ${reqIntent} I still need ${slots}, which the user has not given.`;
      }
      return;
    }
    case 'clarify':
      turn.text = rng.pick(P.CLARIFY)(domain);
      turn.thought = `The request about ${domain} is too vague to pick an operation; I should ask what the user wants.`;
      return;
    case 'suggest': {
      const suggested = op(walk, turn.suggest) ?? target;
      const phrase = suggested ? intentPhrase(suggested) : intent;
      turn.text = rng.pick(P.SUGGEST)(phrase);
      turn.thought = `The user was not specific. The best match I found can ${phrase}; I'll propose it.`;
      return;
    }
    case 'call': {
      const callOp = op(walk, turn.call?.operation);
      const callIntent = callOp ? intentPhrase(callOp) : intent;
      const args = Object.keys(turn.call?.arguments ?? {});
      const argWords = joinList(args.map((a) => slotPhrase(a, callOp)));
      if (turn.error) {
        turn.thought =
          turn.error.kind === 'hallucinated_value'
            ? `I'll try to ${callIntent} right away, filling in what I don't know.`
            : `Calling to ${callIntent} with ${argWords || 'the values I have'}.`;
      } else if (turn.corrects !== undefined) {
        turn.thought = `The previous call was rejected. Retrying to ${callIntent} with corrected values for ${argWords || 'the inputs'}.`;
      } else {
        turn.thought = args.length > 0 ? `I have ${argWords}, so I can ${callIntent} now.` : `No input is needed, so I can ${callIntent} now.`;
      }
      return;
    }
    case 'response': {
      const tool = lastToolResult(walk, i);
      const summary = tool ? summarizeResult(tool.result, op(walk, tool.operation)) : '';
      turn.text = `${rng.pick(P.RESPONSE_INTRO)} ${summary || 'The request went through.'}`.trim();
      turn.thought = `The call succeeded; I'll tell the user the main points of the result.`;
      return;
    }
    case 'response_fail':
      turn.text = rng.pick(P.RESPONSE_FAIL)(intent);
      turn.thought = `None of the operations I found does what the user wants, so I cannot fulfil the request.`;
      return;
    case 'system_bye':
      turn.text = rng.pick(P.SYSTEM_BYE);
      turn.thought = `The user is done; I'll say goodbye.`;
      return;
  }
}

function lastToolResult(walk: Walk, i: number): { operation: string; result: unknown } | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const t = walk.turns[j] as Turn;
    if (t.speaker === 'tool' && t.status === 'ok') return t;
  }
  return undefined;
}

/**
 * A retriever_call searches the catalog with what the assistant is looking for: the user's words after an intent,
 * or the missing value after a fail_inform (tried in several wordings until the supplying operation ranks first,
 * when the plan says which operation it must find).
 */
function retrieverCall(walk: Walk, i: number, turn: AssistantTurn, rng: Rng): void {
  const prevUser = [...walk.turns.slice(0, i)].reverse().find((t): t is UserTurn => t.speaker === 'user');
  const retriever = walk.ctx.retriever;
  if (prevUser?.action === 'fail_inform') {
    const refs = prevUser.unknown ?? [];
    const first = refs[0];
    const slots = slotList(walk, refs) || 'the missing value';
    turn.thought = rng.pick(P.THOUGHT_RETRIEVE_SOURCE)(slots);
    const sourceId = targetAt(walk, i + 1);
    const queries = sourceQueries(walk, first, sourceId);
    const query = retriever && sourceId ? (queries.find((q) => retriever.search(q, 1)[0]?.operation === sourceId) ?? queries[0]) : queries[0];
    setRetrieval(turn, query ?? slots, retriever);
    return;
  }
  const text = prevUser?.text ?? '';
  if (prevUser?.action === 'inform_intent_vague') {
    const target = op(walk, targetAt(walk, i + 1));
    turn.thought = rng.pick(P.THOUGHT_RETRIEVE_VAGUE)(target ? domainPhrase(target) : 'something');
  } else {
    const target = op(walk, targetAt(walk, i + 1));
    turn.thought = rng.pick(P.THOUGHT_RETRIEVE)(target ? intentPhrase(target) : 'do this');
  }
  setRetrieval(turn, text, retriever);
}

function setRetrieval(turn: AssistantTurn, query: string, retriever: RealizeContext['retriever']): void {
  turn.query = query;
  if (retriever) turn.retrieved = retriever.search(query, RETRIEVE_K).map((h: RetrievalHit) => ({ operation: h.operation, score: h.score }));
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
    queries.push(`${apiName(source)} ${intentPhrase(source)}`);
  }
  return queries.filter((q) => q.trim().length > 0);
}

// ---------------------------------------------------------------- responses

const PREFERRED_FIELDS = /^(name|title|full name|display name|label|summary|status|city|country|price|total|amount|temperature|date|time|description|type|message|result|value|count)$/;

interface Leaf {
  path: string[];
  value: string | number | boolean;
}

function scalarLeaves(value: unknown, path: string[], out: Leaf[], depth: number): void {
  if (out.length > 40 || depth > 4) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push({ path, value });
  } else if (Array.isArray(value)) {
    // One item stands for the list.
    if (value.length > 0) scalarLeaves(value[0], path, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) scalarLeaves(v, [...path, k], out, depth + 1);
  }
}

/** The list a result is about, when it is one: a top-level array or the one array property of an object. */
function mainList(result: unknown): { items: unknown[]; name?: string } | undefined {
  if (Array.isArray(result)) return { items: result };
  if (result && typeof result === 'object') {
    const arrays = Object.entries(result as Record<string, unknown>).filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1) {
      const [name, items] = arrays[0] as [string, unknown[]];
      return { items, name };
    }
  }
  return undefined;
}

function fieldName(path: string[]): string {
  const last = path[path.length - 1] ?? 'value';
  const words = humanizeIdentifier(last);
  if (/^(ID|name|code|key|value|type)$/i.test(words) && path.length > 1) {
    return `${humanizeIdentifier(path[path.length - 2] ?? '')} ${words}`.replace(/s (ID|name|code|key|value|type)$/i, ' $1');
  }
  return words;
}

function sayable(leaf: Leaf): boolean {
  if (typeof leaf.value === 'string') {
    const v = leaf.value;
    return v.length > 0 && v.length <= 60 && !/[{}[\]<>]/.test(v) && !/^https?:/.test(v) && !v.includes('\n');
  }
  return true;
}

function describeLeaves(leaves: Leaf[], max: number): string {
  const picked = leaves
    .filter(sayable)
    .map((l, n) => ({ l, n, rank: PREFERRED_FIELDS.test(humanizeIdentifier(l.path[l.path.length - 1] ?? '')) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.n - b.n)
    .slice(0, max)
    .sort((a, b) => a.n - b.n)
    .map(({ l }) => `the ${fieldName(l.path)} is ${typeof l.value === 'boolean' ? (l.value ? 'yes' : 'no') : String(l.value)}`);
  return joinList(picked);
}

/** Tool results in words: how many items, and a few fields of the first (or of the object). */
export function summarizeResult(result: unknown, operation: RecordOperation | undefined): string {
  const list = mainList(result);
  if (list) {
    const noun = list.name ? humanizeIdentifier(list.name).toLowerCase() : 'results';
    if (list.items.length === 0) return `I couldn't find any ${noun}.`;
    const leaves: Leaf[] = [];
    scalarLeaves(list.items[0], [], leaves, 0);
    const about = describeLeaves(leaves, 3);
    const count = list.items.length === 1 ? `I found one ${noun.replace(/s$/, '')}` : `I found ${list.items.length} ${noun}`;
    return about ? `${count}. For the first one, ${about}.` : `${count}.`;
  }
  if (result !== null && typeof result === 'object') {
    const leaves: Leaf[] = [];
    scalarLeaves(result, [], leaves, 0);
    const about = describeLeaves(leaves, 3);
    return about ? `${upperFirst(about)}.` : operation ? `The request to ${lowerFirst(intentPhrase(operation))} succeeded.` : '';
  }
  if (typeof result === 'string' && result.length <= 80 && !/[{}[\]]/.test(result)) return `The answer is ${result}.`;
  if (typeof result === 'number' || typeof result === 'boolean') return `The answer is ${String(result)}.`;
  return '';
}
