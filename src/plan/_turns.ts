/**
 * Phase 4 of playing a flow: the turns. Walks the flow's steps with what the draft decided, keeping
 * what each operation knows so far (its dialogue state), and makes the mock tool results. A string says
 * why the chain cannot be played.
 */
import { onePage33 } from './_hits33.ts';
import { settleMade32 } from './_records32.ts'; import { settleLater34, withSiblingKinds34 } from './_specvals34.ts';
import { distinctPeople29 } from './_people29.ts';
import { fitValuation29 } from './_valuation29.ts'; import { oneMoneyForm30, settleCostBreakdown30 } from './_money30.ts'; import { settleMeasures30 } from './_measures-money30.ts'; import type { Operation } from '../specs/types.ts';
import { fitLocality29 } from './_locality29.ts';
import { settleEvents29 } from './_event-place29.ts';
import { settleValues26 } from './_values26.ts';
import { settleValues27 } from './_values27.ts'; import { settleRape34b } from './_values-rape34b.ts'; import { distinctFirstNames32, settleScores32 } from './_values32.ts';
import { fitHitKinds } from './_hit-kind.ts';
import { argumentsInResult } from './_moves19.ts';
import { widePick } from './_whose.ts';
import { guessRejection, isGuessKey, isRealWorldValue, openDomainPick } from './_guess22.ts';
import { mockParamValue, schemaViolations } from './_mock.ts';
import { lastNameWord } from './_params.ts';
import { buildResult, valueAtPath } from './_result.ts';
import { honourArguments } from './_honour.ts';
import { agreeEntities } from './_entities.ts';
import { withRng } from './_faker.ts';
import { agreeRecord } from './_agree.ts';
import { minorUnitsMark } from './_money.ts';
import { writeSucceeded } from './_write-flags.ts';
import { agreeAggregates } from './_aggregates.ts';
import { honourQueryAndIds } from './_honour-query.ts';
import { settleSearch24 } from './_search24.ts';
import { settleSerp25 } from './_serp25.ts'; import { settleSerp28 } from './_serp28.ts'; import { settleFormats28 } from './_formats28.ts'; import { settlePublishers31 } from './_publishers31.ts'; import { settleSuggestions31 } from './_suggestions31.ts';
import { distinctRankNames26, settleGrid26 } from './_grid26.ts';
import { honourFilters } from './_honour-filters.ts';
import { fitKindTexts } from './_kind-texts.ts';
import { fitPlaceFacts } from './_fit-places13.ts';
import { fitWorldFacts } from './_fit-world14.ts';
import { fitCoinMarkets28 } from './_coin-markets28.ts';
import { settleLongWeekends29 } from './_calendar29.ts';
import { settleGenreList29 } from './_genre-list29.ts';
import { settleVins29 } from './_vin29.ts'; import { settleRecordDates32 } from './_dates32.ts'; import { settleMailParties32, settleServiceLinks32 } from './_links-dates32.ts';
import { packageOfQuery32, settleRapid32 } from './_rapid32.ts';
import { fitPlaceFacts15 } from './_fit-places15.ts';
import { fitPlaceFacts21 } from './_fit-places21.ts';
import { fitOfficeHolder } from './_role-records13.ts';
import { fitRoadItems } from './_road-items20.ts';
import { settlePlaceResult } from './_place-results.ts';
import { settleNames28 } from './_names28.ts';
import { settleSeries } from './_series.ts';
import { settleCalendar } from './_calendar.ts';
import { oneDayFields } from './_day-range25.ts';
import { contentWords, filledOutputs, inferredOutputs, lacksContent, resultShape } from './_content.ts';
import { operationContext, paramHints, type Draft } from './_draft.ts';
import { normalized } from './_said.ts';
import { withIdShapes } from './_id-shapes.ts';
import { withApiEnums } from './_api-enums23.ts';
import { validateArguments } from './catalog.ts';
import type { FlowStep } from './flows.ts';
import type { AssistantTurn, DialogueState, ParamRef, SelfCorrectionKind, ToolTurn, Turn, UserTurn } from './types.ts';
import { withFocus } from '../world/index.ts';
import { settleAskedFields } from './_input-values18.ts';
import { settleContent20 } from './_content20.ts';
import { settleOrder22 } from './_order22.ts';
import { fitVehicles22 } from './_vehicles22.ts';
import { fitQuotes26 } from './_quotes26.ts'; import { openPick32 } from './_open-pick32.ts'; import { onSaleForConsumer35 } from './_on-sale-fil35.ts'; import { payAgreesWithOrder35 } from './_order-pay35.ts';
import { fitMarket22 } from './_market22.ts'; import { oneSymbolTexts35 } from './_symbol-texts35.ts';
import { fitValues25 } from './_values25.ts';
import { echoScope28 } from './_scope28.ts';

/** What the turns phase hands to the record phase. */
export interface PlayedTurns {
  turns: Turn[];
  /** `operation\u0000param` → the tool result field a chained value was taken from. */
  slotFrom: Map<string, { operation: string; field: string }>;
  /** Operation id → its (successful) tool result. */
  resultOf: Map<string, unknown>;
  selfCorrection: SelfCorrectionKind | undefined;
}

interface Play extends PlayedTurns {
  draft: Draft;
  known: Map<string, Map<string, unknown>>;
  /** Operation id → the text query its call searched by (the records it found are named by it). */
  queryOf: Map<string, string>;
  confirmed: Set<string>;
  /** The chain position the dialogue is working on (the target first, then back to a source after fail_inform). */
  focus: number;
  roundsLeft: number[];
  pending: ParamRef[];
  wrongTurn: number | null;
  callCount: number;
  lastUser: string | null;
  targetCalled: boolean;
}

function knownOf(s: Play, id: string): Map<string, unknown> {
  let m = s.known.get(id);
  if (!m) {
    m = new Map();
    s.known.set(id, m);
  }
  return m;
}

function stateOf(s: Play, position: number | null, override?: Record<string, unknown>): DialogueState {
  if (position === null) return { api_confirmed: false, api_status: 'none' };
  const op = s.draft.ops[position]!;
  if (!s.confirmed.has(op.id)) return { api_confirmed: false, api_status: 'none' };
  const values = knownOf(s, op.id);
  const required: Record<string, unknown> = {};
  const optional: Record<string, unknown> = {};
  for (const p of op.params) {
    const value = override && p.name in override ? override[p.name] : values.has(p.name) ? values.get(p.name) : null;
    (p.required ? required : optional)[p.name] = value;
  }
  return { api_confirmed: true, api_status: { operation: op.id, required_parameters: required, optional_parameters: optional } };
}

/** Shared values become known to every operation that uses them as soon as their origin is known. */
function share(s: Play): void {
  const { assigned } = s.draft;
  for (const a of assigned) {
    for (const [name, origin] of a.shared) {
      const from = assigned[origin.position]!;
      if (knownOf(s, from.op.id).has(origin.param)) knownOf(s, a.op.id).set(name, a.values.get(name));
    }
  }
}

function confirm(s: Play, position: number): void {
  const a = s.draft.assigned[position];
  const op = s.draft.ops[position]!;
  s.confirmed.add(op.id);
  if (a) for (const p of a.defaulted) knownOf(s, op.id).set(p.name, a.values.get(p.name));
  share(s);
}

function refs(s: Play, position: number, params: Iterable<string>): ParamRef[] {
  return [...params].map((param) => ({ operation: s.draft.chainIds[position]!, param }));
}

function argsOf(s: Play, position: number): Record<string, unknown> {
  const a = s.draft.assigned[position]!;
  const values = knownOf(s, a.op.id);
  const args: Record<string, unknown> = {};
  for (const p of a.op.params) if (values.has(p.name)) args[p.name] = values.get(p.name);
  return args;
}

function pushAssistant(s: Play, turn: AssistantTurn): void {
  if (s.wrongTurn !== null && turn.error === undefined && turn.action !== 'retriever_call') {
    turn.corrects = s.wrongTurn;
    s.wrongTurn = null;
  }
  s.turns.push(turn);
}

function retrieve(s: Play, query: string): { query: string; retrieved: { operation: string; score: number }[] } {
  return { query, retrieved: s.draft.catalog.retriever.search(query, 5) };
}

export function playTurns(draft: Draft): PlayedTurns | string {
  const s: Play = {
    draft,
    turns: [],
    slotFrom: new Map(),
    resultOf: new Map(),
    selfCorrection: undefined,
    known: new Map(),
    queryOf: new Map(),
    confirmed: new Set(),
    focus: draft.hops,
    roundsLeft: draft.flow.positions.map((p) => p.askRounds),
    pending: [],
    wrongTurn: null,
    callCount: 0,
    lastUser: null,
    targetCalled: false,
  };
  const steps = draft.flow.steps;
  for (let i = 0; i < steps.length; i++) {
    const failed = playStep(s, steps[i]!, steps[i + 1]);
    if (failed !== undefined) return failed;
  }
  return s;
}

function playStep(s: Play, step: FlowStep, next: FlowStep | undefined): string | undefined {
  const { hops, target } = s.draft;
  switch (step.action) {
    case 'inform_intent_clear':
    case 'inform_intent_vague':
    case 'affirm':
    case 'negate':
    case 'user_bye':
      return userStep(s, step);
    case 'inform_intent_clear_add':
      return clearAddStep(s, step);
    case 'inform':
      return informStep(s);
    case 'fail_inform':
      return failInformStep(s);
    case 'retriever_call':
      return retrieverStep(s);
    case 'clarify':
      pushAssistant(s, { speaker: 'assistant', action: 'clarify', state: stateOf(s, null) });
      return undefined;
    case 'suggest':
      pushAssistant(s, { speaker: 'assistant', action: 'suggest', suggest: target!.id, state: stateOf(s, null) });
      return undefined;
    case 'request':
      return step.pick ? pickStep(s) : requestStep(s, step, next);
    case 'call':
      return callStep(s, step, next);
    case 'response':
      pushAssistant(s, { speaker: 'assistant', action: 'response', state: stateOf(s, hops) });
      return undefined;
    case 'response_fail':
      pushAssistant(s, { speaker: 'assistant', action: 'response_fail', state: stateOf(s, null) });
      return undefined;
    case 'system_bye':
      pushAssistant(s, { speaker: 'assistant', action: 'system_bye', state: s.targetCalled ? stateOf(s, hops) : stateOf(s, null) });
      return undefined;
    default:
      return `action ${step.action} is not supported by the planner`;
  }
}

function userStep(s: Play, step: FlowStep): string | undefined {
  const { hops } = s.draft;
  const { turns } = s;
  const turn: UserTurn = { speaker: 'user', action: step.action as UserTurn['action'] };
  turns.push(turn);
  if (step.action === 'affirm') confirm(s, hops);
  s.lastUser = step.action;
  return undefined;
}

function clearAddStep(s: Play, step: FlowStep): string | undefined {
  const { hops, assigned } = s.draft;
  const { turns } = s;
  const a = assigned[hops]!;
  for (const p of a.given) knownOf(s, a.op.id).set(p.name, a.values.get(p.name));
  share(s);
  turns.push({ speaker: 'user', action: 'inform_intent_clear_add', informs: refs(s, hops, a.given.map((p) => p.name)) });
  s.lastUser = step.action;
  return undefined;
}

function informStep(s: Play): string | undefined {
  const { assigned, chainIds } = s.draft;
  const { turns } = s;
  for (const ref of s.pending) knownOf(s, ref.operation).set(ref.param, assigned[chainIds.indexOf(ref.operation)]!.values.get(ref.param));
  share(s);
  turns.push({ speaker: 'user', action: 'inform', informs: s.pending });
  s.lastUser = 'inform';
  return undefined;
}

function failInformStep(s: Play): string | undefined {
  const { turns } = s;
  const { assigned } = s.draft;
  // What the user does know about the record (a name, a place) comes with "I don't have its ID": the lookup
  // that follows is filtered by it, so the record it finds is the one the user means.
  const source = assigned[s.focus - 1];
  const volunteered = source && s.focus - 1 < s.draft.hops ? source.given.filter((p) => !knownOf(s, source.op.id).has(p.name)) : [];
  for (const p of volunteered) knownOf(s, source!.op.id).set(p.name, source!.values.get(p.name));
  if (volunteered.length > 0) share(s);
  const informs = refs(s, s.focus - 1, volunteered.map((p) => p.name));
  turns.push({ speaker: 'user', action: 'fail_inform', unknown: s.pending, ...(informs.length > 0 ? { informs } : {}) });
  s.lastUser = 'fail_inform';
  return undefined;
}

function retrieverStep(s: Play): string | undefined {
  const { catalog, flow, ops, hops, assigned, rng, clearPhrase, vaguePhrase, outOfScope } = s.draft;
  if (s.lastUser === 'fail_inform') {
    s.focus -= 1;
    confirm(s, s.focus);
    const source = ops[s.focus]!;
    pushAssistant(s, { speaker: 'assistant', action: 'retriever_call', ...retrieve(s, catalog.intent(source.id, 'lookup')!), state: stateOf(s, s.focus) });
  } else if (s.lastUser === 'inform_intent_vague') {
    pushAssistant(s, { speaker: 'assistant', action: 'retriever_call', ...retrieve(s, vaguePhrase!), state: stateOf(s, null) });
  } else if (s.lastUser === 'negate') {
    // The user turned the suggestion down and asked for something else: it is searched for before any refusal
    // (the realizer searches with the words of that request).
    pushAssistant(s, { speaker: 'assistant', action: 'retriever_call', ...retrieve(s, outOfScope ?? catalog.outOfScope()[0] ?? 'something else'), state: stateOf(s, null) });
  } else if (flow.cannotFulfil) {
    pushAssistant(s, { speaker: 'assistant', action: 'retriever_call', ...retrieve(s, outOfScope!), state: stateOf(s, null) });
  } else {
    confirm(s, hops);
    pushAssistant(s, { speaker: 'assistant', action: 'retriever_call', ...retrieve(s, clearPhrase!), state: stateOf(s, hops) });
  }
  return undefined;
}

function requestStep(s: Play, step: FlowStep, next: FlowStep | undefined): string | undefined {
  const { assigned, rng } = s.draft;
  const { turns, roundsLeft } = s;
  const a = assigned[s.focus]!;
  if (step.error === 'redundant_request') {
    const already = a.given.filter((p) => knownOf(s, a.op.id).has(p.name));
    const repeated = rng.sample(already, rng.int(1, Math.min(2, already.length)));
    s.pending = refs(s, s.focus, repeated.map((p) => p.name));
    const index = turns.length;
    pushAssistant(s, {
      speaker: 'assistant',
      action: 'request',
      request: s.pending,
      state: stateOf(s, s.focus),
      error: { kind: 'redundant_request', note: `asks again for ${repeated.map((p) => p.name).join(', ')}, which the user already gave` },
      train: false,
    });
    s.wrongTurn = index;
    s.selfCorrection = 'redundant_request';
  } else if (next?.action === 'fail_inform') {
    s.pending = refs(s, s.focus, a.chainedIn.keys());
    pushAssistant(s, { speaker: 'assistant', action: 'request', request: s.pending, state: stateOf(s, s.focus) });
  } else {
    const missing = a.asked.filter((p) => !knownOf(s, a.op.id).has(p.name));
    if (missing.length === 0) return `${a.op.id}: a request with nothing to ask`;
    // Several `Req Inf` rounds for one operation share its masked values out, earliest first.
    const left = Math.max(1, roundsLeft[s.focus] ?? 1);
    roundsLeft[s.focus] = left - 1;
    const portion = missing.slice(0, Math.ceil(missing.length / left));
    s.pending = refs(s, s.focus, portion.map((p) => p.name));
    pushAssistant(s, { speaker: 'assistant', action: 'request', request: s.pending, state: stateOf(s, s.focus) });
  }
  return undefined;
}

/**
 * `Pick`: the source just listed a few records; the assistant shows them and asks which one. What it asks for is
 * the value the next operation takes from the chosen record (its id), which the user's `Inf` then settles.
 */
function pickStep(s: Play): string | undefined {
  const a = s.draft.assigned[s.focus]!;
  if (a.chainedIn.size === 0) return `${a.op.id}: nothing to pick`;
  s.pending = refs(s, s.focus, a.chainedIn.keys());
  pushAssistant(s, { speaker: 'assistant', action: 'request', request: s.pending, state: stateOf(s, s.focus) });
  return undefined;
}

function callStep(s: Play, step: FlowStep, next: FlowStep | undefined): string | undefined {
  const { catalog, hops, assigned, rng } = s.draft;
  const { turns, slotFrom, resultOf } = s;
  const a = assigned[s.focus]!;
  const id = `call_${++s.callCount}`;
  /** The wrong call of a self-correction (excluded from training) and the tool's rejection of it. */
  const pushWrongCall = (args: Record<string, unknown>, error: { kind: SelfCorrectionKind; note: string }, rejection: { code: number; message: string }): void => {
    s.wrongTurn = turns.length;
    s.selfCorrection = error.kind;
    pushAssistant(s, { speaker: 'assistant', action: 'call', call: { id, operation: a.op.id, arguments: args }, state: stateOf(s, s.focus, args), error, train: false });
    turns.push({ speaker: 'tool', operation: a.op.id, call_id: id, status: 'error', result: { error: rejection } });
  };
  if (step.error === 'hallucinated_value') {
    const args = argsOf(s, s.focus);
    const invented: string[] = [];
    for (const p of a.asked) {
      if (p.name in args) continue;
      let value: unknown;
      for (let attempt = 0; attempt < 6; attempt++) {
        // Another entity of the world: the dialogue's own would give the very value the user holds.
        value = withFocus(attempt + 1, false, () => mockParamValue(p.schema, paramHints(a.op, p, 0), rng));
        // A made-up key the world knows (the A7 is a road) finds a real record: no guess the service rejects.
        if (normalized(value) !== normalized(a.values.get(p.name)) && !(isGuessKey(a.op, p) && isRealWorldValue(value))) break;
      }
      args[p.name] = value;
      invented.push(p.name);
    }
    // A guess that is the user's very answer is no wrong call to learn from (the fixed call would repeat it).
    if (invented.every((name) => normalized(args[name]) === normalized(a.values.get(name)))) return `${a.op.id}: every invented value is the one the user holds`;
    // The service can only tell that a key it looks up matches no record (a count or a new name is taken as sent).
    const rejection = guessRejection(a.op, a.asked.filter((p) => invented.includes(p.name)), args, a.values);
    if (rejection === undefined) return `${a.op.id}: no made-up lookup key the service would reject`;
    pushWrongCall(
      args,
      { kind: 'hallucinated_value', note: `invented ${invented.join(', ')} instead of asking the user` },
      rejection,
    );
    return undefined;
  }
  if (step.error === 'schema_violation') {
    const args = argsOf(s, s.focus);
    const pool = [...a.given, ...a.asked].filter((p) => p.violable && p.name in args);
    let broken: { name: string; value: unknown; text: string } | undefined;
    for (const p of rng.shuffle(pool)) {
      for (const bad of schemaViolations(p.schema, args[p.name], rng)) {
        const check = validateArguments(catalog, a.op.id, { ...args, [p.name]: bad });
        if (!check.valid) {
          broken = { name: p.name, value: bad, text: check.text };
          break;
        }
      }
      if (broken) break;
    }
    if (!broken) return `${a.op.id}: no candidate value broke its schema`;
    pushWrongCall(
      { ...args, [broken.name]: broken.value },
      { kind: 'schema_violation', note: `${broken.name} ${JSON.stringify(broken.value)} breaks the parameter's schema` },
      { code: 400, message: `Invalid arguments: ${broken.text}` },
    );
    return undefined;
  }
  const args = argsOf(s, s.focus);
  for (const p of a.op.required) if (!(p.name in args)) return `${a.op.id}: called before ${p.name} is known`;
  pushAssistant(s, { speaker: 'assistant', action: 'call', call: { id, operation: a.op.id, arguments: args }, state: stateOf(s, s.focus) });
  const consumer = s.focus < hops ? assigned[s.focus + 1]! : undefined;
  if (consumer) packageOfQuery32(consumer.values, consumer.chainedIn.keys(), args); const pins = consumer ? [...consumer.chainedIn].map(([input, link]) => ({ path: link.output, value: consumer.values.get(input) })) : []; // the app id a search for "PhotoFix" finds names PhotoFix (_rapid32.ts)
  // A lookup of an item an earlier list showed returns that item's name, date, status… again.
  const known: Record<string, unknown> = {};
  for (const name of a.chainedIn.keys()) {
    const at = slotFrom.get(`${a.op.id}\u0000${name}`);
    const item = at?.field.replace(/\.[^.[\]]+$/, '');
    if (!at || !item || item === at.field || !/\]$/.test(item)) continue;
    const record = valueAtPath(resultOf.get(at.operation), item);
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    // Looked up by a reference (`jobs[].companyId`), the record is the one referred to: the item's `companyName` is its `name`, and the item's own name (a job title) is not.
    const referred = /^(.+)_id$/.exec(lastNameWord(at.field.slice(item.length + 1)))?.[1];
    const collection = lastNameWord(/([^.[\]]+)(\[\])+$/.exec(item)?.[1] ?? '').replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
    // An item that names the referred record beside its id (`companyId` and `companyName`) refers to it, whatever its list is called.
    const namesReferred = referred !== undefined && Object.keys(record).some((k) => lastNameWord(k).startsWith(`${referred}_`) && !/_id$/.test(lastNameWord(k)));
    if (referred !== undefined && referred !== '' && collection !== referred && (namesReferred || (collection !== '' && !/^(data|item|result|record|entry|list|hit|row|node|edge|value|content|response|object)$/.test(collection)))) {
      for (const [key, value] of Object.entries(record)) {
        const words = lastNameWord(key);
        if (!words.startsWith(`${referred}_`) || /_id$/.test(words) || (value !== null && typeof value === 'object')) continue;
        const rest = words.slice(referred.length + 1);
        known[rest] = value;
        known[rest.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = value;
      }
      break;
    }
    for (const [key, value] of Object.entries(record)) if (!(key in known) && (value === null || typeof value !== 'object')) known[key] = value;
    // The list was asked for by these ids (a customer's orders): the record looked up has them too.
    for (const [key, value] of knownOf(s, at.operation)) if (!(key in known) && /[a-z_](id|Id|ID)$/.test(key) && !/^_?id$/i.test(key) && (typeof value === 'string' || typeof value === 'number')) known[key] = value;
    break;
  }
  const sourceQuery = sourceQueryOf(s, a.op.id, a.chainedIn.keys()), operation = a.op.operation;
  // A spec with no response schema still answers with content: the resource the operation is about.
  const inferred = lacksContent(operation);
  const outputs = oneDayFields(withSiblingKinds34(withApiEnums(withIdShapes(inferred ? inferredOutputs(operation) : filledOutputs(operation), operation, catalog.operations), operation, catalog.operations), operation, catalog.operations), operation, args); // a job's kinds as its API's sibling calls name them (_specvals34.ts)
  const context = inferred ? `${operationContext(operation)} ${contentWords(operation)}` : operationContext(operation);
  const shape = resultShape(operation, args);
  const picking = consumer !== undefined && next?.pick === true; // The user picks one of the records listed: it need not be the first.
  if (picking) shape.pickAt = rng.int(0, 2);
  // A hold of the offer an earlier list showed is priced at that offer's price.
  const offerPrice = Object.entries(known).find(([k, v]) => /^(price|unit_?price|unitPrice|amount)$/.test(k) && typeof v === 'number')?.[1];
  if (shape.quantity !== undefined && typeof offerPrice === 'number') shape.unitPrice = offerPrice;
  const built = buildResult(outputs, rng, pins, args, context, known, shape);
  settlePlaceResult(built.result, args, context, new Set(pins.map((p) => JSON.stringify(p.value))), built.pinnedAt);
  honourArguments(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value))), built.pinnedAt);
  honourFilters(built.result, args, operation, Object.values(built.pinnedAt));
  honourQueryAndIds(built.result, { args, operation, ...(shape.query !== undefined ? { query: shape.query } : {}), ...(sourceQuery !== undefined ? { sourceQuery } : {}), known, pinnedPaths: Object.values(built.pinnedAt), picking });
  agreeRecord(built.result, outputs, operation, new Set(Object.values(built.pinnedAt)), args); fitMarket22(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value)))); oneSymbolTexts35(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value))));
  writeSucceeded(built.result, operation, new Set(Object.values(built.pinnedAt)));
  withRng(rng, () => { agreeEntities(built.result, new Set(Object.values(built.pinnedAt)), args, operation); fitPlaceFacts21(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value)))); });
  fitKindTexts(built.result, new Set(pins.map((p) => JSON.stringify(p.value))));
  fitPlaceFacts15(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value))));
  fitPlaceFacts(built.result, new Set(pins.map((p) => JSON.stringify(p.value))));
  fitWorldFacts(built.result, new Set(pins.map((p) => JSON.stringify(p.value)))); fitCoinMarkets28(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value))));
  fitOfficeHolder(built.result, operation, known, new Set(pins.map((p) => JSON.stringify(p.value))));
  fitRoadItems(built.result, operation, args, new Set(pins.map((p) => JSON.stringify(p.value))), rng);
  // Last, once every value is settled: summaries (average_rank, found_percent, total_reviews) fit their items.
  settleScores32(built.result, new Set(pins.map((p) => JSON.stringify(p.value)))); settleGrid26(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value)))); agreeAggregates(built.result, new Set(pins.map((p) => JSON.stringify(p.value)))); // an echo says the defaults not sent, a business is found at its own grid point (_grid26.ts); then the summaries
  settleSeriesAndCars(built.result, inferred, new Set(pins.map((p) => JSON.stringify(p.value))), args, sourceQuery, known, operation);
  settleCalendar(built.result, new Set(pins.map((p) => JSON.stringify(p.value))), `${a.op.id} ${context}`);
  settleAskedFields(built.result, operation, args, new Set(pins.map((p) => JSON.stringify(p.value))), Object.values(built.pinnedAt), inferred);
  settleValues26(built.result, args, operation, resultOf.values(), new Set(pins.map((p) => JSON.stringify(p.value)))); /* tuples fit their store, jobs their company (_values26.ts) */ settleContent20(built.result, operation, rng, new Set(pins.map((p) => JSON.stringify(p.value)))); settleOrder22(built.result, operation, args, resultOf.values(), new Set(pins.map((p) => JSON.stringify(p.value))));
  settleSearch24(built.result, args, operation.effect, new Set(pins.map((p) => JSON.stringify(p.value)))); settleSerp25(built.result, args, operation.effect, resultOf.values(), new Set(pins.map((p) => JSON.stringify(p.value)))); settleSerp28(built.result, args, operation.effect, new Set(pins.map((p) => JSON.stringify(p.value)))); settleFormats28(built.result, operation, new Set(pins.map((p) => JSON.stringify(p.value))), rng, args, resultOf.values()); /* web hits and articles on real sites (_serp28.ts) */ distinctRankNames26(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value)))); settleValues27(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value)))); settlePublishers31(built.result, operation, new Set(pins.map((p) => JSON.stringify(p.value)))); settleSuggestions31(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value)))); /* publishers of their trade (_publishers31.ts) */ /* offers priced close, stages from 1, device states, genres, store texts (_values27.ts) */ // a text search's hits hold its text; one seller, one rating; a ranking finds distinct businesses, results in position order, one site per result
  settleNames28(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value)))); if (consumer) fitHitKinds(built.result, built.pinnedAt, consumer.chainedIn); // names fit their records: secondary names, events, venues, kinds, handles, trades (_names28.ts)
  argumentsInResult(built.result, args); distinctPeople29(built.result, args); distinctFirstNames32(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value)))); fitLocality29(built.result, args, operation); settleEvents29(built.result, args, operation, inferred); /* namesakes, never one id twice; the country asked (_people29.ts, _locality29.ts) */ echoScope28(built.result, args, operation.inputs, operation.effect, Object.values(built.pinnedAt)); /* the account acted in (_scope28.ts) */ fitValues25(built.result, args, operation, shape.created === true && operation.effect === 'create', new Set(pins.map((p) => JSON.stringify(p.value)))); settleMade32(built.result, args, operation, shape.created === true, new Set(pins.map((p) => JSON.stringify(p.value)))); settleLater34(built.result, operation, shape.created === true, args, new Set(pins.map((p) => JSON.stringify(p.value)))); /* added to be indexed: indexing (_specvals34.ts) */ /* a record just made is new, its sids of one form (_records32.ts) */ settleLongWeekends29(built.result, args, `${a.op.id} ${context}`, new Set(pins.map((p) => JSON.stringify(p.value)))); settleGenreList29(built.result, args, operation, new Set(pins.map((p) => JSON.stringify(p.value)))); settleRecordDates32(built.result, args, operation.effect, new Set(pins.map((p) => JSON.stringify(p.value)))); settleServiceLinks32(built.result, operation.api.name, args, new Set(pins.map((p) => JSON.stringify(p.value)))); settleMailParties32(built.result, new Set(pins.map((p) => JSON.stringify(p.value)))); /* links on their service's host, an email's parties addresses (_links-dates32.ts) */ /* nothing befalls a record before it was made (_dates32.ts) */ /* a country's real long weekends (_calendar29.ts), a whole genre list (_genre-list29.ts) */ settleRapid32(built.result, new Set(pins.map((p) => JSON.stringify(p.value))), args, operation, pins.length === 0 && !picking); /* an app's id names it, review versions rise with dates, a VIN's body, a car search's make, alerts, night events (_rapid32.ts) */ // settings fit keys, new records named as sent; zones, distances agree
  settleRape34b(built.result, args, new Set(pins.map((p) => JSON.stringify(p.value)))); /* offers of several sellers at a product's price, a period's miles (_values-rape34b.ts) */ onePage33(built.result); /* its totals settled: a list's one page links to no other (_hits33.ts) */ if (picking) openPick32(built.result, Object.values(built.pinnedAt), consumer!.op.operation.effect, outputs); /* nothing is created in a closed record (_open-pick32.ts) */ if (consumer) onSaleForConsumer35(built.result, Object.values(built.pinnedAt), `${consumer.op.id} ${consumer.op.operation.summary ?? ''} ${consumer.op.operation.path}`, outputs); /* what is sold next is on sale (_on-sale-fil35.ts) */ payAgreesWithOrder35(built.result, outputs, new Set(pins.map((p) => JSON.stringify(p.value)))); /* a delivered order's payment is taken (_order-pay35.ts) */ if (picking && !namesApart(built.result, Object.values(built.pinnedAt))) return `${a.op.id}: the records listed for the user to pick from share a name`;
  // The user named the record (the search term is one listed record's name): there is nothing to choose.
  if (picking && namedAlready(built.result, Object.values(built.pinnedAt), args)) return `${a.op.id}: the user already named one of the records listed, so a pick would ask nothing`;
  // Three arbitrary records of a whole collection (every country, page 1 of 147) are no choice: the user names theirs.
  const wide = picking ? (widePick(built.result, args, Object.values(built.pinnedAt)) ?? openDomainPick(consumer!.chainedIn.keys())) : undefined;
  if (wide) return `${a.op.id}: ${wide}, so three of them are no choice to offer`;
  const tool: ToolTurn = { speaker: 'tool', operation: a.op.id, call_id: id, status: 'ok', result: inferred && outputs.length === 0 ? {} : built.result, /* a 204 (_bodyless23.ts) answers nothing */ ...minorUnitsMark(outputs) };
  turns.push(tool);
  resultOf.set(a.op.id, built.result);
  if (shape.query !== undefined) s.queryOf.set(a.op.id, shape.query);
  if (consumer) {
    for (const [input, link] of consumer.chainedIn) {
      if (!picking) knownOf(s, consumer.op.id).set(input, consumer.values.get(input));
      slotFrom.set(`${consumer.op.id}\u0000${input}`, { operation: a.op.id, field: built.pinnedAt[link.output] ?? link.output });
    }
    share(s);
    s.focus += 1;
  } else {
    s.targetCalled = true;
  }
  return undefined;
}

const OWN_ITEM_ID = /^[^[]*\[\d+\]\.(id|_id|uuid)$/i;

/** A schemaless result's series put in order, then its cars fitted to the world (a car's generations are its model's). */
function settleSeriesAndCars(result: unknown, inferred: boolean, keep: ReadonlySet<string>, args: Record<string, unknown>, sourceQuery: string | undefined, known: Record<string, unknown>, operation: Operation): void {
  if (inferred) settleSeries(result, keep, args);
  settleVins29(result, keep, args); // a VIN's first three characters name the record's make (_vin29.ts); its model, year, body fitted next
  fitVehicles22(result, { args, sourceQuery, known, keep });
  settleVins29(result, keep, args); // and a vehicle fitVehicles22 named anew is the VIN's maker's
  fitQuotes26(result, args, keep);
  oneMoneyForm30(result, keep); // a record's prices in one form, "$" on all or none (_money30.ts)
  settleMeasures30(result, keep); // moments inside the duration, samples at the sample rate (_measures-money30.ts)
  settleCostBreakdown30(result, operation, args, keep); // a yearly cost breakdown adds up over the years named (_money30.ts)
  fitValuation29(result, args); // a car's value at its level, a certainty in 0–100, the mileage sent (_valuation29.ts)
}

/**
 * Looked up by an id a search found, the record is the one searched for (its name carries the query). Only the found
 * item's own id counts: `items[0].id`, not `items[0].artists[0].id`, another record the item names.
 */
function sourceQueryOf(s: Play, opId: string, inputs: Iterable<string>): string | undefined {
  for (const name of inputs) {
    const at = s.slotFrom.get(`${opId}\u0000${name}`);
    const query = at && OWN_ITEM_ID.test(at.field) ? s.queryOf.get(at.operation) : undefined;
    if (query !== undefined) return query;
  }
  return undefined;
}
const ITEM_NAME = /^(name|title|display_?name|full_?name|label|headline)$/i;

/** The names of the records in the lists at `concretePaths` (one list per path). */
function listedNames(result: unknown, concretePaths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of concretePaths) {
    const cut = path.lastIndexOf('[');
    const list = cut > 0 ? valueAtPath(result, path.slice(0, cut)) : undefined;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const key = Object.keys(item as object).find((k) => ITEM_NAME.test(k));
      if (key !== undefined) out.push(String((item as Record<string, unknown>)[key]).toLowerCase());
    }
  }
  return out;
}

/** Was one listed record named by a value the call was searched by ("Braulio Lane Hall" among three halls)? */
function namedAlready(result: unknown, concretePaths: readonly string[], args: Record<string, unknown>): boolean {
  const names = listedNames(result, concretePaths);
  return Object.values(args).some((v) => typeof v === 'string' && names.filter((n) => n === v.toLowerCase()).length === 1);
}

/** The records a user picks from each have a name of their own (not "Romance, Romance and Comedy"). */
function namesApart(result: unknown, concretePaths: readonly string[]): boolean {
  for (const path of concretePaths) {
    const cut = path.lastIndexOf('[');
    const list = cut > 0 ? valueAtPath(result, path.slice(0, cut)) : undefined;
    if (!Array.isArray(list)) continue;
    const names = list.map((item) => {
      if (!item || typeof item !== 'object') return undefined;
      const key = Object.keys(item as object).find((k) => ITEM_NAME.test(k));
      return key === undefined ? undefined : String((item as Record<string, unknown>)[key]).toLowerCase();
    });
    if (names.some((n) => n === undefined) || new Set(names).size < names.length) return false;
  }
  return true;
}
