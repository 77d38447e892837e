/**
 * What a model is sent for one item. `next`: the context exactly as a fine-tuned model sees it (OpenAI
 * wire messages, tool-call arguments as JSON text, our action labels removed) with the item's tools
 * offered. `dst`: the dialogue as a transcript plus the tools' schemas, asking for the dialogue state as
 * JSON (ToolDial's DST task); no tools are offered, so the model cannot answer with a call.
 */
import { RETRIEVER_FUNCTION, type EvalItem } from '../export/index.ts';
import type { LlmChatRequest } from '../realize/index.ts';
import type { PredictedState } from './types.ts';

type WireMessage = Record<string, unknown>;

function wireMessage(m: EvalItem['context'][number]): WireMessage {
  if (m.role === 'assistant') {
    const out: WireMessage = { role: 'assistant', content: m.tool_calls?.length && m.content === '' ? null : m.content };
    if (m.tool_calls?.length) {
      out.tool_calls = m.tool_calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.function.name, arguments: JSON.stringify(c.function.arguments) } }));
    }
    return out;
  }
  if (m.role === 'tool') return { role: 'tool', tool_call_id: m.tool_call_id, content: m.content };
  return { role: m.role, content: m.content };
}

/** The next-turn request: the context and the item's tools (whatever the item lists). */
export function nextRequest(item: EvalItem): LlmChatRequest {
  return { messages: item.context.map(wireMessage), tools: item.tools };
}

export const DST_INSTRUCTION = [
  'You track the state of a dialogue between a user and an assistant that calls API tools.',
  'Read the dialogue and the tools, and reply with only a JSON object, no other text:',
  '{"api_confirmed": false, "api_status": "none"} while no operation has been chosen yet, else',
  '{"api_confirmed": true, "api_status": {"operation": "<tool name>", "required_parameters": {"<name>": <value or null>}, "optional_parameters": {"<name>": <value or null>}}}',
  'with every parameter of the chosen tool and the value the dialogue has given it so far (null while unknown).',
  `The "${RETRIEVER_FUNCTION}" tool only searches the catalog; it is never the chosen operation.`,
].join('\n');

function transcriptLine(m: EvalItem['context'][number]): string | undefined {
  if (m.role === 'system') return undefined;
  if (m.role === 'user') return `User: ${m.content}`;
  if (m.role === 'tool') return `Tool ${m.name} returned: ${m.content}`;
  const calls = (m.tool_calls ?? []).map((c) => `Assistant calls ${c.function.name}(${JSON.stringify(c.function.arguments)})`);
  return [m.content ? `Assistant: ${m.content}` : '', ...calls].filter(Boolean).join('\n') || undefined;
}

/** The dst request: instruction and tool schemas as the system message, the transcript as the user's. */
export function dstRequest(item: EvalItem): LlmChatRequest {
  const tools = item.tools.map((t) => ({ name: t.function.name, description: t.function.description, parameters: t.function.parameters }));
  const transcript = item.context.map(transcriptLine).filter((l): l is string => l !== undefined);
  return {
    messages: [
      { role: 'system', content: `${DST_INSTRUCTION}\n\nTools:\n${JSON.stringify(tools)}` },
      { role: 'user', content: `Dialogue so far:\n${transcript.join('\n')}\n\nThe dialogue state as JSON:` },
    ],
    responseFormat: 'json_object',
  };
}

/** The first JSON object in a text (models wrap JSON in prose or code fences). */
function firstJsonObject(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The state in a dst reply; null when there is none to read. */
export function parseState(content: string): PredictedState {
  const value = firstJsonObject(content) as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object') return null;
  const status = value.api_status;
  const confirmed = value.api_confirmed === true || value.api_confirmed === 'true';
  if (!confirmed || status === 'none' || status === null || typeof status !== 'object') {
    return value.api_confirmed === undefined && typeof status !== 'string' ? null : { api_confirmed: false };
  }
  const s = status as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const group of [s.required_parameters, s.optional_parameters]) {
    if (group && typeof group === 'object') Object.assign(values, group);
  }
  return { api_confirmed: true, operation: typeof s.operation === 'string' ? s.operation : '', values };
}
