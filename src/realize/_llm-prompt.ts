/**
 * The prompt an LLM realizer sends for one plan, the JSON answer it asks for, and the parsing of that
 * answer back into the plan's `text` fields. The plan is fixed: the prompt hands the model a script (one
 * entry per turn with its action and exactly which values it must and must not say at that point), and
 * the answer is accepted only if it keeps every turn's number and action.
 */
import type { DialoguePlan, DialogueRecord, Turn } from '../plan/index.ts';
import { pickChoice, sayOption } from './_pick.ts';

export const ANSWER_SCHEMA_NAME = 'dialogue_utterances';

/** JSON Schema of the answer (OpenAI strict structured outputs: every property required, no extras). */
export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['utterances'],
  properties: {
    utterances: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['turn', 'action', 'text'],
        properties: {
          turn: { type: 'integer' },
          action: { type: 'string' },
          text: { type: 'string' },
        },
      },
    },
  },
} as const;

/** What each action means, for the model. */
const ACTION_GUIDE: Record<string, string> = {
  inform_intent_clear: 'the user states a specific goal, without giving any parameter values',
  inform_intent_clear_add: 'the user states a specific goal and gives the values listed in must_say',
  inform_intent_vague: 'the user states a vague need; too vague to pick one API; no parameter values',
  inform_intent_re: 'the user asks again, with the values listed in must_say',
  inform: 'the user answers the question, giving exactly the values listed in must_say',
  fail_inform: 'the user says they do not know the values listed in unknown',
  affirm: 'the user agrees with the suggestion',
  negate: 'the user declines the suggestion',
  user_bye: 'the user thanks the assistant and says goodbye',
  retriever_call: 'the assistant says briefly that it is looking for a suitable API',
  request: 'the assistant asks for exactly the values listed in ask_for, in plain words',
  clarify: 'the assistant asks what exactly the user wants, because the request is too vague',
  suggest: 'the assistant proposes the operation in suggest and asks whether that is what the user wants',
  call: 'the assistant says in one short sentence that it is calling the API now (no JSON, no code)',
  response: 'the assistant answers the user from the tool result(s) above, naming the values that came back (names, dates, prices, the new id or status after a change); after a call that only reads, it never says something was changed or saved; after a create it first says what was made; it never reads out internal tokens (snapshot ids, etags, hashes)',
  response_fail: 'the assistant says politely that it cannot do this with the available APIs',
  system_bye: 'the assistant says goodbye',
};

export const SYSTEM_PROMPT = [
  'You write the words of a scripted conversation between a user and an AI assistant that uses API tools.',
  'The script is fixed and given as JSON: for every turn, its number, speaker and action, and the values it must or must not mention. Tool turns and turns marked "silent" are context only: write nothing for them.',
  'Rules:',
  '1. Write exactly one utterance for every user and assistant turn of the script that is not silent, in order, with the same "turn" number and the same "action" string. Do not add, drop, merge or reorder turns.',
  '2. A turn\'s "draft" says what it must convey: write it again in your own natural, varied words (do not copy it), keeping its meaning. A turn with must_say states each of those values written exactly as given. A turn must never mention any value in its must_not_say list, not even partly or reformatted.',
  '3. Never invent a value (an ID, a name, a number, a date) that is not in the script; the assistant only uses values the user said or that a tool returned.',
  '4. Write natural, varied, everyday language. No placeholders such as {name}, <value> or [X]; no JSON, code or markup; no raw parameter identifiers such as snake_case or camelCase names: describe parameters in plain words.',
  '5. Keep each utterance short (one to three sentences).',
  'Answer with JSON only, in this form: {"utterances": [{"turn": 0, "action": "<action of turn 0>", "text": "<utterance>"}, ...]}.',
].join('\n');

/** A value as the user would say it: strings as they are, anything else as JSON. */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const MAX_RESULT_CHARS = 1200;

function resultExcerpt(result: unknown): unknown {
  const text = JSON.stringify(result) ?? 'null';
  return text.length <= MAX_RESULT_CHARS ? result : `${text.slice(0, MAX_RESULT_CHARS)}… (truncated)`;
}

function paramDescription(plan: DialoguePlan, operation: string, param: string): string {
  const properties = (plan.operations[operation]?.parameters as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties;
  const description = properties?.[param]?.description;
  return typeof description === 'string' && description.trim() ? clip(description.trim()) : '';
}

/**
 * For every slot, the index of the turn from which its value is known in the conversation: the user turn
 * that informs it, the tool turn that returns it (chained), or the start (declared defaults).
 */
export function knownFrom(plan: DialoguePlan): Map<string, number> {
  const known = new Map<string, number>();
  const key = (operation: string, param: string) => `${operation}\u0000${param}`;
  plan.turns.forEach((turn, index) => {
    if (turn.speaker === 'user') {
      for (const ref of turn.informs ?? []) {
        const k = key(ref.operation, ref.param);
        if (!known.has(k)) known.set(k, index);
      }
    }
  });
  const firstUser = plan.turns.findIndex((t) => t.speaker === 'user');
  for (const slot of plan.slots) {
    const k = key(slot.operation, slot.param);
    if (known.has(k)) continue;
    if (slot.source === 'default') known.set(k, 0);
    else if (slot.source === 'chained') {
      const from = slot.from?.operation;
      const toolIndex = plan.turns.findIndex((t) => t.speaker === 'tool' && t.status === 'ok' && (from === undefined || t.operation === from));
      known.set(k, toolIndex >= 0 ? toolIndex : plan.turns.length);
    } else if (slot.source === 'given') known.set(k, Math.max(0, firstUser));
    else known.set(k, plan.turns.length); // asked but never informed: must never be said
  }
  return known;
}

/** The script the model reads: one entry per turn. */
export function buildScript(plan: DialoguePlan): Record<string, unknown> {
  const known = knownFrom(plan);
  const slotValue = (operation: string, param: string) => plan.slots.find((s) => s.operation === operation && s.param === param)?.value;
  const forbiddenAt = (index: number): string[] => {
    const values = new Set<string>();
    for (const slot of plan.slots) {
      const from = known.get(`${slot.operation}\u0000${slot.param}`) ?? plan.turns.length;
      if (from > index && slot.value !== null && slot.value !== undefined && valueText(slot.value) !== '') values.add(valueText(slot.value));
    }
    return [...values].sort();
  };
  const spoken = new Set(spokenTurns(plan));
  const used = usedParams(plan);
  const turns = plan.turns.map((turn, index) => {
    const entry = scriptTurn(plan, turn, index, slotValue, forbiddenAt);
    if (turn.speaker !== 'tool' && !spoken.has(index)) {
      // An action without words (the template leaves it silent): context only.
      delete entry.meaning;
      delete entry.draft;
      delete entry.must_not_say;
      entry.silent = true;
    }
    return entry;
  });
  return {
    flow: plan.family,
    operations: Object.entries(plan.operations).map(([id, op]) => ({
      id,
      name: op.name,
      api: op.api,
      description: clip(op.description),
      method: op.method,
      path: op.path,
      // Only the parameters the dialogue touches: the rest costs tokens and says nothing to the model.
      parameters: Object.keys((op.parameters as { properties?: object }).properties ?? {})
        .filter((name) => used.has(`${id}\u0000${name}`))
        .map((name) => ({
          name,
          required: ((op.parameters as { required?: string[] }).required ?? []).includes(name),
          description: paramDescription(plan, id, name),
        })),
    })),
    turns,
  };
}

const MAX_DESCRIPTION_CHARS = 300;

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION_CHARS ? text : `${text.slice(0, MAX_DESCRIPTION_CHARS)}…`;
}

/** `operation\u0000param` of every parameter the dialogue sets, asks for, or calls with. */
function usedParams(plan: DialoguePlan): Set<string> {
  const used = new Set<string>();
  const add = (operation: string, param: string) => used.add(`${operation}\u0000${param}`);
  for (const slot of plan.slots) add(slot.operation, slot.param);
  for (const turn of plan.turns) {
    if (turn.speaker === 'user') for (const ref of [...(turn.informs ?? []), ...(turn.unknown ?? [])]) add(ref.operation, ref.param);
    if (turn.speaker === 'assistant') {
      for (const ref of turn.request ?? []) add(ref.operation, ref.param);
      if (turn.call) for (const param of Object.keys(turn.call.arguments)) add(turn.call.operation, param);
    }
  }
  return used;
}

function scriptTurn(
  plan: DialoguePlan,
  turn: Turn,
  index: number,
  slotValue: (operation: string, param: string) => unknown,
  forbiddenAt: (index: number) => string[],
): Record<string, unknown> {
  if (turn.speaker === 'tool') {
    return { turn: index, speaker: 'tool', operation: turn.operation, status: turn.status, result: resultExcerpt(turn.result) };
  }
  const entry: Record<string, unknown> = { turn: index, speaker: turn.speaker, action: turn.action, meaning: ACTION_GUIDE[turn.action] ?? turn.action };
  // The template's wording, when the plan has it: what the turn must convey, for the model to say better.
  if (typeof turn.text === 'string' && turn.text.trim()) entry.draft = turn.text;
  const describe = (ref: { operation: string; param: string }) => {
    const description = paramDescription(plan, ref.operation, ref.param);
    return description ? `${ref.param} (${description})` : ref.param;
  };
  // A list-and-pick: the assistant lists the records found and asks which; the user answers with a name, never the id.
  const offered = turn.speaker === 'assistant' && turn.action === 'request' ? pickChoice(plan, plan.turns, index, turn.request ?? []) : undefined;
  const picked = turn.speaker === 'user' && turn.action === 'inform' ? pickChoice(plan, plan.turns, index - 1, turn.informs ?? []) : undefined;
  if (offered) {
    entry.meaning = 'the assistant lists the records found, each with its detail, and asks which one the user means';
    entry.options = offered.options.map(sayOption);
  } else if (picked) {
    entry.meaning = 'the user picks one of the records the assistant listed, by its name';
    entry.must_say = [{ choice: picked.options[picked.chosen]!.label }];
  } else if (turn.speaker === 'user') {
    if (turn.informs?.length) {
      entry.must_say = turn.informs.map((ref) => ({ parameter: describe(ref), value: valueText(slotValue(ref.operation, ref.param)) }));
    }
    if (turn.unknown?.length) entry.unknown = turn.unknown.map(describe);
  } else {
    if (turn.request?.length && !offered) entry.ask_for = turn.request.map(describe);
    if (turn.suggest) entry.suggest = plan.operations[turn.suggest]?.name ?? turn.suggest;
    if (turn.retrieved?.length) entry.found = turn.retrieved.slice(0, 3).map((r) => r.operation);
    if (turn.call) entry.call = { operation: plan.operations[turn.call.operation]?.name ?? turn.call.operation, arguments: turn.call.arguments };
    if (turn.error) entry.note = `this turn is a mistake the assistant makes (${turn.error.note}); word it as a normal attempt`;
    if (turn.corrects !== undefined) entry.note = `this turn fixes the mistake of turn ${turn.corrects}`;
  }
  const forbidden = forbiddenAt(index);
  if (forbidden.length) entry.must_not_say = forbidden;
  return entry;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The first request for a plan: the rules, then the script. */
export function buildMessages(plan: DialoguePlan): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: JSON.stringify(buildScript(plan)) },
  ];
}

/** The messages of the next attempt after a rejected answer: the answer and why it was rejected. */
export function retryMessages(previous: ChatMessage[], answer: string, reasons: string[]): ChatMessage[] {
  return [
    ...previous,
    { role: 'assistant', content: answer },
    {
      role: 'user',
      content: `Your answer was rejected:\n${reasons.map((r) => `- ${r}`).join('\n')}\nWrite all utterances again, following the script and the rules exactly. Answer with JSON only.`,
    },
  ];
}

/**
 * Indexes of the turns that get text: those the template realization already words (the model rewords
 * exactly what the template says, so records of both realizers have the same shape), or every user and
 * assistant turn of a bare plan.
 */
export function spokenTurns(plan: DialoguePlan): number[] {
  const worded = plan.turns.some((turn) => turn.speaker !== 'tool' && typeof turn.text === 'string');
  const out: number[] = [];
  plan.turns.forEach((turn, index) => {
    if (turn.speaker !== 'tool' && (!worded || turn.speaker === 'user' || typeof turn.text === 'string')) out.push(index);
  });
  return out;
}

export type ParsedAnswer = { ok: true; texts: Map<number, string> } | { ok: false; reasons: string[] };

const MAX_REASONS = 8;

/** Parses the model's answer and checks it keeps the script: every spoken turn once, same action, some text. */
export function parseAnswer(plan: DialoguePlan, content: string): ParsedAnswer {
  let data: unknown;
  const body = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, reasons: [`the answer is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const list = Array.isArray(data) ? data : (data as { utterances?: unknown } | null)?.utterances;
  if (!Array.isArray(list)) return { ok: false, reasons: ['the answer has no "utterances" array'] };
  const reasons: string[] = [];
  const texts = new Map<number, string>();
  const expected = new Set(spokenTurns(plan));
  for (const item of list) {
    const u = item as { turn?: unknown; action?: unknown; text?: unknown } | null;
    if (!u || typeof u.turn !== 'number' || !Number.isInteger(u.turn)) {
      reasons.push('an utterance has no integer "turn"');
      continue;
    }
    const turn = plan.turns[u.turn];
    if (!turn || !expected.has(u.turn)) {
      reasons.push(`turn ${u.turn} is not a user or assistant turn of the script that needs words`);
      continue;
    }
    if (texts.has(u.turn)) {
      reasons.push(`turn ${u.turn} appears more than once`);
      continue;
    }
    if (turn.speaker !== 'tool' && u.action !== turn.action) {
      reasons.push(`turn ${u.turn} has action "${String(u.action)}" but the script says "${turn.action}"`);
      continue;
    }
    if (typeof u.text !== 'string' || u.text.trim() === '') {
      reasons.push(`turn ${u.turn} has no text`);
      continue;
    }
    texts.set(u.turn, u.text.trim());
  }
  for (const index of expected) {
    if (!texts.has(index) && !reasons.some((r) => r.startsWith(`turn ${index} `))) reasons.push(`turn ${index} is missing`);
  }
  if (reasons.length) return { ok: false, reasons: reasons.slice(0, MAX_REASONS) };
  return { ok: true, texts };
}

/**
 * The plan with the texts put in: a new record sharing the unchanged parts of the plan (records are never
 * modified after they are made, so only what changes is copied); the plan is not changed.
 */
export function withTexts(plan: DialoguePlan, texts: Map<number, string>, realizer: string): DialogueRecord {
  const turns = plan.turns.map((turn, index) => {
    const text = texts.get(index);
    return text !== undefined && turn.speaker !== 'tool' ? { ...turn, text } : turn;
  });
  const meta = { ...plan.meta, realizer };
  delete meta.template_fallback;
  return { ...plan, turns, meta };
}
