/**
 * Token prices and estimates. Prices are USD per million tokens (input, output), list prices of the
 * public APIs; a model is matched exactly, then by the longest known prefix (so dated snapshots such as
 * `gpt-4o-mini-2024-07-18` find `gpt-4o-mini`). Unknown models (a local vLLM/Ollama model) have no price:
 * their cost is reported as unknown rather than guessed. Users override or extend the table.
 */

export interface ModelPrice {
  /** USD per 1M prompt tokens. */
  input: number;
  /** USD per 1M completion tokens. */
  output: number;
}

export const DEFAULT_PRICES: Readonly<Record<string, ModelPrice>> = {
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  o3: { input: 2, output: 8 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  o1: { input: 15, output: 60 },
};

export function priceFor(model: string, overrides: Record<string, ModelPrice> = {}): ModelPrice | undefined {
  const table: Record<string, ModelPrice> = { ...DEFAULT_PRICES, ...overrides };
  if (table[model]) return table[model];
  // Providers prefix names ("openai/gpt-4o"); strip one path component before matching.
  const bare = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  if (table[bare]) return table[bare];
  let best: string | undefined;
  for (const name of Object.keys(table)) {
    if (bare.startsWith(`${name}-`) && (!best || name.length > best.length)) best = name;
  }
  return best ? table[best] : undefined;
}

export function costUsd(price: ModelPrice | undefined, promptTokens: number, completionTokens: number): number | null {
  if (!price) return null;
  return (promptTokens * price.input + completionTokens * price.output) / 1_000_000;
}

/** Rough token count of a text (about four characters per token for English and JSON). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Parses `--price 0.15/0.6` (USD per 1M input/output tokens). */
export function parsePrice(text: string): ModelPrice | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[/,:]\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  return m ? { input: parseFloat(m[1]!), output: parseFloat(m[2]!) } : undefined;
}
