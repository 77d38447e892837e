/**
 * Test helpers for the LLM realizer: small hand-made plans, a stand-in checker and template realizer (the
 * real ones are injected the same way), and a scripted OpenAI-compatible server on 127.0.0.1 that reads
 * the script out of the prompt like a well-behaved model would, or misbehaves on purpose.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { DialoguePlan, DialogueRecord } from '../src/plan/index.ts';
import type { LlmCheckResult } from '../src/realize/llm.ts';
import { projectRoot } from './_shared.ts';

export const TRACK_OP = 'music.getTrack';

/** A clear-request dialogue whose one parameter (the track ID) is masked and asked for. */
export function makePlan(i: number): DialoguePlan {
  const trackId = `TRK-${1000 + i}`;
  const confirmed = (value: string | null) => ({
    api_confirmed: true as const,
    api_status: { operation: TRACK_OP, required_parameters: { trackId: value }, optional_parameters: {} },
  });
  return {
    id: `dlg-${String(i).padStart(4, '0')}`,
    seed: 7,
    index: i,
    flow: 'tooldial_01',
    family: 'clear_request',
    edge_type: null,
    operations: {
      [TRACK_OP]: {
        name: 'getTrack',
        api: 'music',
        description: 'Get the details of one music track by its ID.',
        method: 'GET',
        path: '/tracks/{trackId}',
        parameters: { type: 'object', properties: { trackId: { type: 'string', description: 'The track ID' } }, required: ['trackId'] },
      },
    },
    chain: [TRACK_OP],
    slots: [{ operation: TRACK_OP, param: 'trackId', value: trackId, source: 'asked', required: true }],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear' },
      { speaker: 'assistant', action: 'retriever_call', query: 'track details', retrieved: [{ operation: TRACK_OP, score: 0.9 }], state: { api_confirmed: false, api_status: 'none' } },
      { speaker: 'assistant', action: 'request', request: [{ operation: TRACK_OP, param: 'trackId' }], state: confirmed(null) },
      { speaker: 'user', action: 'inform', informs: [{ operation: TRACK_OP, param: 'trackId' }] },
      { speaker: 'assistant', action: 'call', call: { id: 'call_1', operation: TRACK_OP, arguments: { trackId } }, state: confirmed(trackId) },
      { speaker: 'tool', operation: TRACK_OP, call_id: 'call_1', status: 'ok', result: { trackId, title: `Song number ${i}`, artist: 'Nina Simone' } },
      { speaker: 'assistant', action: 'response', state: confirmed(trackId) },
      { speaker: 'user', action: 'user_bye' },
      { speaker: 'assistant', action: 'system_bye', state: confirmed(trackId) },
    ],
    meta: { generator: 'dialforge@test', realizer: 'template' },
  };
}

export function makePlans(n: number): DialoguePlan[] {
  return Array.from({ length: n }, (_, i) => makePlan(i));
}

/** Stand-in template realizer. */
export function templateStandIn(plan: DialoguePlan): DialogueRecord {
  const record = structuredClone(plan);
  const words: Record<string, string> = {
    inform_intent_clear: 'I would like the details of a song.',
    retriever_call: 'Let me find a suitable service.',
    request: 'Which track do you mean? Please tell me its ID.',
    call: 'Looking it up now.',
    response: 'Here are the details of the song.',
    user_bye: 'Thanks, bye!',
    system_bye: 'Goodbye!',
  };
  for (const turn of record.turns) {
    if (turn.speaker === 'tool') continue;
    if (turn.action === 'inform') turn.text = `It is ${String(plan.slots[0]!.value)}.`;
    else turn.text = words[turn.action] ?? 'Okay.';
  }
  record.meta = { ...record.meta, realizer: 'template' };
  return record;
}

const ajv = new Ajv({ allErrors: true, strict: false });
export const validateRecord = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'schemas', 'dialogue.schema.json'), 'utf8')) as object);

/**
 * Stand-in checker with the invariants the LLM realizer must respect: schema, labels equal to the plan,
 * no masked value before its inform turn, every call argument grounded, no placeholders.
 */
export function checkerStandIn(record: DialogueRecord): LlmCheckResult {
  const violations: { invariant: string; turn?: number; message: string }[] = [];
  if (!validateRecord(record)) violations.push({ invariant: 'schema', message: ajv.errorsText(validateRecord.errors) });
  const plan = makePlan(record.index);
  record.turns.forEach((turn, i) => {
    const planned = plan.turns[i];
    if (!planned || planned.speaker !== turn.speaker || ('action' in turn && 'action' in planned && turn.action !== planned.action)) {
      violations.push({ invariant: 'labels', turn: i, message: 'action differs from the plan' });
    }
    if (turn.speaker !== 'tool' && /[{}<>[\]]/.test(turn.text ?? '')) violations.push({ invariant: 'placeholder', turn: i, message: 'text has a placeholder' });
  });
  const informAt = record.turns.findIndex((t) => t.speaker === 'user' && t.action === 'inform');
  const masked = String(record.slots[0]!.value).toLowerCase();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'user' && i < informAt && (turn.text ?? '').toLowerCase().includes(masked)) {
      violations.push({ invariant: 'leak', turn: i, message: `the masked value "${masked}" appears before it is informed` });
    }
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      for (const value of Object.values(turn.call.arguments)) {
        const said = record.turns.slice(0, i).some((t) => (t.speaker === 'user' && (t.text ?? '').includes(String(value))) || (t.speaker === 'tool' && JSON.stringify(t.result).includes(String(value))));
        if (!said) violations.push({ invariant: 'grounded', turn: i, message: `argument value "${String(value)}" was never said by the user nor returned by a tool` });
      }
    }
  });
  return violations.length ? { ok: false, violations } : { ok: true };
}

// ------------------------------------------------------------------------------------ scripted server

export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
  [key: string]: unknown;
}

interface ScriptTurn {
  turn: number;
  speaker: string;
  action?: string;
  must_say?: { value: string }[];
  must_not_say?: string[];
  silent?: boolean;
  operation?: string;
  result?: unknown;
}

/** Short words and numbers of a tool result: what a good answer names. */
function valuesOf(result: unknown, out: string[] = [], key = ''): string[] {
  if (out.length >= 12) return out;
  // A good answer never reads out an internal token (a playlist's snapshot id, an etag).
  if (/snapshot|e_?tag|hash|checksum|token/i.test(key)) return out;
  if (typeof result === 'string' && result.length > 0 && result.length <= 40 && !/[{}[\]\n]/.test(result) && !/^https?:/.test(result)) out.push(result);
  else if (typeof result === 'number') out.push(String(result));
  else if (Array.isArray(result)) for (const item of result) valuesOf(item, out, key);
  else if (result && typeof result === 'object') for (const [k, value] of Object.entries(result)) valuesOf(value, out, k);
  return out;
}

/** Texts under content keys (bio, lyrics lines): what a good answer retells when asked for them. */
function askedContent(result: unknown, out: string[] = []): string[] {
  if (Array.isArray(result)) for (const item of result.slice(0, 3)) askedContent(item, out);
  else if (result && typeof result === 'object') {
    for (const [k, v] of Object.entries(result)) {
      if (/^(bio|biography|words|lyrics?)$/i.test(k) && typeof v === 'string') out.push(v);
      else askedContent(v, out);
    }
  }
  return out;
}

/** The script the realizer put in the first user message. */
export function scriptOf(body: ChatBody): { flow: string; turns: ScriptTurn[] } {
  return JSON.parse(body.messages.find((m) => m.role === 'user')!.content) as { flow: string; turns: ScriptTurn[] };
}

/** The plan index a request is about (from the value the inform turn must say). */
export function planIndexOf(body: ChatBody): number {
  const value = scriptOf(body).turns.find((t) => t.must_say?.length)!.must_say![0]!.value;
  return Number(/TRK-(\d+)/.exec(value)![1]) - 1000;
}

/** 1 for the first request about a plan, 2 for the re-ask after one rejected answer, … */
export function attemptOf(body: ChatBody): number {
  return (body.messages.length - 2) / 2 + 1;
}

export type Mutation = 'good' | 'wrong_label' | 'leak' | 'invent' | 'placeholder';

/** What a well-behaved model answers (or one with a specific defect). */
export function answerFor(body: ChatBody, mutation: Mutation = 'good'): string {
  const script = scriptOf(body);
  const words: Record<string, string> = {
    inform_intent_clear: 'Could you tell me about a song I like?',
    retriever_call: 'Sure, let me see which service can do that.',
    request: 'Of course. What is the ID of that track?',
    inform: 'The ID is',
    call: 'Thanks, checking that track right now.',
    response: 'Found it: that song is by Nina Simone.',
    user_bye: 'Great, thank you so much!',
    system_bye: 'You are welcome, have a nice day.',
  };
  let asked = 0;
  const utterances = script.turns
    .filter((t) => t.speaker !== 'tool' && !t.silent)
    .map((t) => {
      let text = words[t.action!] ?? 'Okay.';
      // A second ask follows the user's "I told you that already": a good model owns the slip.
      if (t.action === 'request' && asked++ > 0) text = 'Sorry, you did. What is the ID of that track?';
      // A good answer names what came back.
      const tool = t.action === 'response' ? script.turns.filter((x) => x.speaker === 'tool' && x.turn < t.turn).pop() : undefined;
      // A good answer also carries what was asked by name: a biography, the lyrics.
      const values = tool ? [...valuesOf(tool.result), ...askedContent(tool.result)] : [];
      if (values.length > 0) text = `${text} It says ${values.join(', ')}.`;
      // After a create a good answer says that it was made.
      if (tool && /(?:^|\.)(?:create|add|new|make)/i.test(tool.operation ?? '')) text = `Done, I created it. ${text}`;
      if (t.must_say?.length) text = `${text} ${t.must_say.map((m) => m.value).join(' and ')}.`;
      return { turn: t.turn, action: t.action!, text };
    });
  const first = utterances[0]!;
  const inform = utterances.find((u) => u.action === 'inform') ?? utterances[1]!;
  if (mutation === 'wrong_label') first.action = 'inform_intent_vague';
  if (mutation === 'leak') first.text = `${first.text} It has the ID ${script.turns[0]!.must_not_say![0]}.`;
  if (mutation === 'invent') inform.text = 'The ID is TRK-99999.';
  if (mutation === 'placeholder') inform.text = 'The ID is {trackId}.';
  return JSON.stringify({ utterances });
}

export function completion(content: string | null, model = 'test-model'): Record<string, unknown> {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 120, completion_tokens: 60, total_tokens: 180 },
  };
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON body (default: a completion of `content`). */
  json?: unknown;
  content?: string | null;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  delayMs?: number;
}

export interface Received {
  body: ChatBody;
  /** sha256 of the raw body: two requests are "the same" when this is equal. */
  hash: string;
  authorization: string | undefined;
  /** Set when a 200 was sent for it. */
  answered: boolean;
}

export interface FakeLlmServer {
  baseURL: string;
  received: Received[];
  /** TCP connections accepted so far (keep-alive reuse shows as few). */
  connections(): number;
  close(): Promise<void>;
}

/** Starts the scripted server; `reply` decides each answer (default: a good one after `delayMs`). */
export async function startFakeLlm(reply: (body: ChatBody, received: Received[]) => Reply | Promise<Reply> = (b) => ({ content: answerFor(b) })): Promise<FakeLlmServer> {
  const received: Received[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
          return;
        }
        const body = JSON.parse(raw) as ChatBody;
        const entry: Received = { body, hash: createHash('sha256').update(raw).digest('hex'), authorization: req.headers.authorization, answered: false };
        received.push(entry);
        const r = await reply(body, received);
        if (r.hang) {
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          return;
        }
        if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
        const status = r.status ?? 200;
        const payload = r.json !== undefined ? r.json : completion(r.content === undefined ? answerFor(body) : r.content, body.model);
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json', ...r.headers });
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload), () => {
          if (status === 200) entry.answered = true;
        });
      })();
    });
  });
  let connections = 0;
  server.on('connection', () => connections++);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    connections: () => connections,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
