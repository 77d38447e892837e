import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { generated } from '../_generated.ts';
import { bundledSpecsDir } from '../_shared.ts';

interface Turn { speaker: string; call?: { operation: string; arguments: Record<string, unknown> }; result?: unknown }

/** The titles of each movie search filtered by a year, from the bundled movie spec's dialogues. */
async function yearSearches(): Promise<{ query: string; titles: string[] }[]> {
  const { written } = await generated([join(bundledSpecsDir, 'movies.json')], 160, { seed: 2028 });
  const found: { query: string; titles: string[] }[] = [];
  for (const { json } of written) {
    const turns = (JSON.parse(json) as { turns: Turn[] }).turns;
    turns.forEach((t, i) => {
      const args = t.call?.arguments;
      if (!t.call?.operation.endsWith('searchMovies') || args?.year === undefined) return;
      const result = turns[i + 1]?.result as { results?: { title?: string }[] } | undefined;
      found.push({ query: String(args.query), titles: (result?.results ?? []).map((r) => String(r.title)) });
    });
  }
  return found;
}

test('a title searched within one year finds that work, never its follow-ups released months apart', async () => {
  const searches = await yearSearches();
  assert.ok(searches.length >= 2, `only ${searches.length} year-filtered searches: the test would prove nothing`);
  for (const { query, titles } of searches) {
    const followUps = titles.filter((t) => t.startsWith(`${query}: `) || t === `${query} 2`);
    assert.deepEqual(followUps, [], `"${query}" in one year found ${titles.join(', ')}`);
  }
});
