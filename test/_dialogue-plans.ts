/** Hand-made dialogue plans (records without text) for realizer and checker tests, independent of the planner. */
import type { Action, DialoguePlan, DialogueState, RecordOperation } from '../src/plan/types.ts';
import type { RetrievalHit, RetrieverLike } from '../src/realize/index.ts';

export const operations: Record<string, RecordOperation> = {
  'tunes.listTopTracks': {
    name: 'listTopTracks',
    api: 'tunes',
    category: 'Music',
    description: 'Returns the current top tracks chart with track IDs and titles.',
    method: 'GET',
    path: '/charts/top',
    parameters: { type: 'object', properties: { artist: { type: 'string', description: 'Only tracks by this artist.' } }, required: [] },
  },
  'tunes.getTrackLyrics': {
    name: 'getTrackLyrics',
    api: 'tunes',
    category: 'Music',
    description: 'Get the lyrics of a track.',
    method: 'GET',
    path: '/tracks/{trackId}/lyrics',
    parameters: {
      type: 'object',
      properties: {
        trackId: { type: 'string', pattern: '^trk_[a-z0-9]+$', description: 'The track ID.' },
        format: { type: 'string', enum: ['plain', 'lrc'], default: 'plain', description: 'Lyrics format.' },
      },
      required: ['trackId'],
    },
  },
  'weatherly.getForecast': {
    name: 'get_forecast',
    api: 'weatherly',
    category: 'Weather',
    description: 'Returns the weather forecast for a city on a given date.',
    method: 'GET',
    path: '/forecast',
    parameters: {
      type: 'object',
      properties: {
        city: { type: 'string', description: 'City name.' },
        date: { type: 'string', format: 'date', description: 'Day of the forecast.' },
        units: { type: 'string', enum: ['metric', 'imperial'], default: 'metric' },
      },
      required: ['city', 'date'],
    },
  },
};

function state(operation: string, required: Record<string, unknown>, optional: Record<string, unknown> = {}): DialogueState {
  return { api_confirmed: true, api_status: { operation, required_parameters: required, optional_parameters: optional } };
}

/**
 * ToolDial flow 15 (ICl RC Req FI RC call call Resp UB SB): the track ID is chained from the top-tracks chart of
 * the artist the user names when saying they lack the ID,
 * which holds one track (with several, the user would have to choose: see the silent_pick invariant).
 */
export function failInformPlan(): DialoguePlan {
  const lyrics = 'tunes.getTrackLyrics';
  const top = 'tunes.listTopTracks';
  return {
    id: 'test-7-0',
    seed: 7,
    index: 0,
    flow: 'tooldial_15',
    family: 'fail_inform',
    edge_type: 'zeroyes',
    operations: { [top]: operations[top]!, [lyrics]: operations[lyrics]! },
    chain: [top, lyrics],
    slots: [
      // The user says whose track it is along with "I don't have the track ID": the chart is filtered by it.
      { operation: top, param: 'artist', value: 'New Order', source: 'given', required: false },
      { operation: lyrics, param: 'trackId', value: 'trk_8a1f', source: 'chained', required: true, from: { operation: top, field: 'tracks[].id' } },
    ],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear' },
      { speaker: 'assistant', action: 'retriever_call', state: state(lyrics, { trackId: null }) },
      { speaker: 'assistant', action: 'request', request: [{ operation: lyrics, param: 'trackId' }], state: state(lyrics, { trackId: null }) },
      { speaker: 'user', action: 'fail_inform', unknown: [{ operation: lyrics, param: 'trackId' }], informs: [{ operation: top, param: 'artist' }] },
      { speaker: 'assistant', action: 'retriever_call', state: state(lyrics, { trackId: null }) },
      { speaker: 'assistant', action: 'call', call: { id: 'call_1', operation: top, arguments: { artist: 'New Order' } }, state: state(top, {}, { artist: 'New Order' }) },
      { speaker: 'tool', operation: top, call_id: 'call_1', status: 'ok', result: { tracks: [{ id: 'trk_8a1f', title: 'Blue Monday', artist: 'New Order' }] } },
      { speaker: 'assistant', action: 'call', call: { id: 'call_2', operation: lyrics, arguments: { trackId: 'trk_8a1f' } }, state: state(lyrics, { trackId: 'trk_8a1f' }) },
      { speaker: 'tool', operation: lyrics, call_id: 'call_2', status: 'ok', result: { title: 'Blue Monday', language: 'en', lineCount: 42 } },
      { speaker: 'assistant', action: 'response', state: state(lyrics, { trackId: 'trk_8a1f' }) },
      { speaker: 'user', action: 'user_bye' },
      { speaker: 'assistant', action: 'system_bye', state: state(lyrics, { trackId: 'trk_8a1f' }) },
    ],
    meta: { generator: 'dialforge@test', realizer: 'none' },
  };
}

/** ToolDial flow 1 (ICl RC Req Inf call Resp UB SB): city and date are asked. */
export function clearRequestPlan(index = 1): DialoguePlan {
  const f = 'weatherly.getForecast';
  return {
    id: `test-7-${index}`,
    seed: 7,
    index,
    flow: 'tooldial_01',
    family: 'clear_request',
    edge_type: null,
    operations: { [f]: operations[f]! },
    chain: [f],
    slots: [
      { operation: f, param: 'city', value: 'Lisbon', source: 'asked', required: true },
      { operation: f, param: 'date', value: '2026-03-14', source: 'asked', required: true },
    ],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear' },
      { speaker: 'assistant', action: 'retriever_call', state: state(f, { city: null, date: null }) },
      { speaker: 'assistant', action: 'request', request: [{ operation: f, param: 'city' }, { operation: f, param: 'date' }], state: state(f, { city: null, date: null }) },
      { speaker: 'user', action: 'inform', informs: [{ operation: f, param: 'city' }, { operation: f, param: 'date' }] },
      { speaker: 'assistant', action: 'call', call: { id: 'call_1', operation: f, arguments: { city: 'Lisbon', date: '2026-03-14' } }, state: state(f, { city: 'Lisbon', date: '2026-03-14' }) },
      { speaker: 'tool', operation: f, call_id: 'call_1', status: 'ok', result: { city: 'Lisbon', date: '2026-03-14', forecast: { summary: 'Sunny', temperatureMax: 21 } } },
      { speaker: 'assistant', action: 'response', state: state(f, { city: 'Lisbon', date: '2026-03-14' }) },
      { speaker: 'user', action: 'user_bye' },
      { speaker: 'assistant', action: 'system_bye', state: state(f, { city: 'Lisbon', date: '2026-03-14' }) },
    ],
    meta: { generator: 'dialforge@test', realizer: 'none' },
  };
}

export const FLOW_TABLE: Record<string, Action[]> = {
  tooldial_01: ['inform_intent_clear', 'retriever_call', 'request', 'inform', 'call', 'response', 'user_bye', 'system_bye'],
  tooldial_15: ['inform_intent_clear', 'retriever_call', 'request', 'fail_inform', 'retriever_call', 'call', 'call', 'response', 'user_bye', 'system_bye'],
};

/** A word-overlap retriever over the fixture operations: enough to test that retrieval is recorded and agreed with. */
export function overlapRetriever(ops: Record<string, RecordOperation> = operations): RetrieverLike {
  const words = (s: string): string[] => s.toLowerCase().replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  const docs = Object.entries(ops).map(([id, op]) => ({ id, words: new Set(words(`${op.name} ${op.description} ${op.api}`.replace(/([a-z])([A-Z])/g, '$1 $2'))) }));
  return {
    search(text: string, k = 5): RetrievalHit[] {
      const q = words(text);
      return docs
        .map((d) => ({ operation: d.id, score: q.filter((w) => d.words.has(w)).length / (q.length || 1) }))
        .sort((a, b) => b.score - a.score || a.operation.localeCompare(b.operation))
        .slice(0, k);
    },
  };
}
