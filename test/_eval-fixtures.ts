/**
 * Hand-made eval items about one music API (every figure of a run over them is worked out by hand in the
 * tests), and what a scripted model answers to each: good, wrong, malformed, slow, or never.
 */
import type { EvalItem, EvalMessage } from '../src/export/index.ts';
import { DST_INSTRUCTION } from '../src/eval/index.ts';
import type { ChatBody, Reply } from './_llm-fixtures.ts';

export const TOOLS: EvalItem['tools'] = [
  {
    type: 'function',
    function: { name: 'search_apis', description: 'Search the API catalog.', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } },
  },
  {
    type: 'function',
    function: {
      name: 'music__getTrack',
      description: 'Get one music track by its ID.',
      parameters: {
        type: 'object',
        properties: {
          trackId: { type: 'string', description: 'The track ID' },
          limit: { type: 'integer' },
          includeLyrics: { type: 'boolean' },
          market: { type: 'string', default: 'US' },
        },
        required: ['trackId'],
      },
    },
  },
];

const SYSTEM: EvalMessage = { role: 'system', content: 'You are a helpful assistant that can call API tools.' };
const unconfirmed = { api_confirmed: false as const, api_status: 'none' as const };
function confirmed(values: Record<string, unknown>) {
  return {
    api_confirmed: true as const,
    api_status: { operation: 'music.getTrack', required_parameters: { trackId: values.trackId ?? null }, optional_parameters: { limit: values.limit ?? null, includeLyrics: values.includeLyrics ?? null, market: values.market ?? null } },
  };
}
const user = (content: string): EvalMessage => ({ role: 'user', content, action: 'inform' });
const search = (id: string, query: string): EvalMessage[] => [
  { role: 'assistant', content: '', tool_calls: [{ id, type: 'function', function: { name: 'search_apis', arguments: { query } } }], action: 'retriever_call' },
  { role: 'tool', tool_call_id: id, name: 'search_apis', content: '{"results":[{"name":"music__getTrack","score":0.9}]}' },
];
const getTrack = (id: string, args: Record<string, unknown>, result: unknown): EvalMessage[] => [
  { role: 'assistant', content: '', tool_calls: [{ id, type: 'function', function: { name: 'music__getTrack', arguments: args } }], action: 'call' },
  { role: 'tool', tool_call_id: id, name: 'music__getTrack', content: JSON.stringify(result) },
];

function item(n: number, family: string, context: EvalMessage[], gold: EvalItem['gold'], extra: EvalItem['tasks'] = []): EvalItem {
  const tasks: EvalItem['tasks'] = ['next_action', 'dst', ...extra];
  if (gold.decision && !tasks.includes('when_to_ask')) tasks.push('when_to_ask');
  return { id: `d${n}#1`, dialogue_id: `d${n}`, turn: 1, flow: `${family}_01`, family, tasks, context: [SYSTEM, ...context], tools: TOOLS, gold };
}

/** I1 … I8: the gold next turn of each, and (comment) what the scripted model does. */
export const ITEMS: EvalItem[] = [
  // I1 retriever_call — good: searches.
  item(1, 'clear_request', [user('I would like the details of a song.')], { action: 'retriever_call', state: unconfirmed }),
  // I2 request (trackId masked) — wrong: guesses a track ID and calls.
  item(2, 'clear_request', [user('Tell me about a song, please.'), ...search('s2', 'song details')], { action: 'request', state: confirmed({}), decision: 'ask', missing: [{ operation: 'music.getTrack', param: 'trackId' }] }),
  // I3 call — good.
  item(3, 'clear_request', [user('Details of a song?'), ...search('s3', 'song'), { role: 'assistant', content: 'What is the track ID?', action: 'request' }, user('It is TRK-1000.')], {
    action: 'call',
    state: confirmed({ trackId: 'TRK-1000' }),
    decision: 'call',
    call: { name: 'music__getTrack', operation: 'music.getTrack', arguments: { trackId: 'TRK-1000' } },
  }),
  // I4 response — malformed: a call whose arguments are not JSON.
  item(4, 'no_ask', [user('Track TRK-2000 please.'), ...search('s4', 'track'), ...getTrack('c4', { trackId: 'TRK-2000' }, { title: 'Feeling Good' })], { action: 'response', state: confirmed({ trackId: 'TRK-2000' }) }),
  // I5 system_bye — slow (answers after a delay, within the timeout): says goodbye.
  item(5, 'no_ask', [user('Track TRK-3000.'), ...search('s5', 'track'), ...getTrack('c5', { trackId: 'TRK-3000' }, { title: 'Sinnerman' }), { role: 'assistant', content: 'It is Sinnerman.', action: 'response' }, { role: 'user', content: 'Thanks, bye!', action: 'user_bye' }], {
    action: 'system_bye',
    state: confirmed({ trackId: 'TRK-3000' }),
  }),
  // I6 call with optional values — good, but every value a string, keys reordered, and the default market added.
  item(6, 'partial_mask', [user('Get track TRK-1001 with lyrics, limit 5.'), ...search('s6', 'track')], {
    action: 'call',
    state: confirmed({ trackId: 'TRK-1001', limit: 5, includeLyrics: true }),
    decision: 'call',
    call: { name: 'music__getTrack', operation: 'music.getTrack', arguments: { trackId: 'TRK-1001', limit: 5, includeLyrics: true } },
  }),
  // I7 request after a rejected made-up call (self-correction) — good: apologises and asks.
  item(
    7,
    'self_correction',
    [user('What is that song?'), ...search('s7', 'song'), ...getTrack('c7', { trackId: 'TRK-0000' }, { error: 'track TRK-0000 not found' })],
    { action: 'request', state: confirmed({}), decision: 'ask', missing: [{ operation: 'music.getTrack', param: 'trackId' }], error: { turn: 3, kind: 'hallucinated_value' } },
    ['self_correction'],
  ),
  // I8 response — never answers (the client's timeout fires): no_answer.
  item(8, 'no_ask', [user('Track TRK-4000.'), ...search('s8', 'track'), ...getTrack('c8', { trackId: 'TRK-4000' }, { title: 'Lilac Wine' })], { action: 'response', state: confirmed({ trackId: 'TRK-4000' }) }),
];

function toolCall(name: string, args: string): Reply {
  return {
    json: {
      id: 'chatcmpl-eval',
      object: 'chat.completion',
      created: 0,
      model: 'scripted',
      choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_x', type: 'function', function: { name, arguments: args } }] }, finish_reason: 'tool_calls' }],
      usage: { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110 },
    },
  };
}

/** The scripted model's next turn, by the last message of the context. */
const NEXT: Record<string, Reply> = {
  'I would like the details of a song.': toolCall('search_apis', '{"query":"song details"}'),
  '{"results":[{"name":"music__getTrack","score":0.9}]}#2': toolCall('music__getTrack', '{"trackId":"TRK-5555"}'),
  'It is TRK-1000.': toolCall('music__getTrack', '{"trackId":"TRK-1000"}'),
  '{"title":"Feeling Good"}': toolCall('music__getTrack', '{trackId: TRK-2000'),
  'Thanks, bye!': { content: 'You are welcome. Goodbye!', delayMs: 300 },
  '{"results":[{"name":"music__getTrack","score":0.9}]}#6': toolCall('music__getTrack', '{"market":"US","includeLyrics":"true","limit":"5","trackId":"TRK-1001"}'),
  '{"error":"track TRK-0000 not found"}': { content: 'Sorry, that ID was wrong. Could you tell me the track ID?' },
  '{"title":"Lilac Wine"}': { hang: true },
};

/** The scripted model's dialogue state, by the last user line of the transcript. */
const DST: Record<string, string> = {
  'I would like the details of a song.': '{"api_confirmed": false, "api_status": "none"}',
  'Tell me about a song, please.': '{"api_confirmed": true, "api_status": {"operation": "music__getTrack", "required_parameters": {"trackId": "TRK-5555"}, "optional_parameters": {}}}',
  'It is TRK-1000.': 'Here it is:\n```json\n{"api_confirmed": true, "api_status": {"operation": "music__getTrack", "required_parameters": {"trackId": "TRK-1000"}, "optional_parameters": {"limit": null}}}\n```',
  'Get track TRK-1001 with lyrics, limit 5.': '{"api_confirmed": true, "api_status": {"operation": "music.getTrack", "required_parameters": {"trackId": "TRK-1001"}, "optional_parameters": {"limit": "5", "includeLyrics": true}}}',
};

/** The scripted model: next turns from NEXT, states from DST, anything else an unreadable answer. */
export function scriptedModel(body: ChatBody): Reply {
  const messages = body.messages;
  if (messages[0]?.content?.startsWith(DST_INSTRUCTION)) {
    const lines = (messages[1]?.content ?? '').split('\n').filter((l) => l.startsWith('User: '));
    const last = lines[lines.length - 1]?.slice('User: '.length) ?? '';
    if (last === 'Track TRK-4000.') return { hang: true };
    return { content: DST[last] ?? 'I cannot tell.' };
  }
  const last = messages[messages.length - 1]!;
  const firstUser = messages.find((m) => m.role === 'user')?.content ?? '';
  const key = last.content === '{"results":[{"name":"music__getTrack","score":0.9}]}' ? `${last.content}#${firstUser.startsWith('Tell me') ? 2 : 6}` : last.content;
  return NEXT[key] ?? { content: '' };
}
