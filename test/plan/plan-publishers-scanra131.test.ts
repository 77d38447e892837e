import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settlePublishers31 } from '../../src/plan/_publishers31.ts';

const op = (name: string, title: string) => ({ effect: 'read' as const, name, path: `/${name}`, description: '', api: { name: 'x', title, source: 'x', format: 'rapidapi' as const } });

test('market news is published by a financial outlet, never a made-up company (rapidapi m30-i2d 66, 137)', () => {
  const result = { news: [
    { id: 'a', title: 'Microsoft names new chief financial officer', publisher: 'Akyerεko-Nyame Holdings', published_at: '2025-06-05T11:15:00Z' },
    { id: 'b', title: 'Alphabet faces regulatory probe', publisher: 'Marty SAS', published_at: '2024-11-24T21:15:00Z' },
    { id: 'c', title: 'Coca-Cola announces share buyback', publisher: 'Motley Fool', published_at: '2024-05-01T16:00:00Z' },
  ] };
  settlePublishers31(result, op('news_list_latest', 'Schwab'), new Set());
  for (const item of result.news.slice(0, 2)) assert.match(item.publisher, /^(Reuters|Bloomberg|CNBC|MarketWatch|Financial Times|The Wall Street Journal)$/);
  assert.equal(result.news[2]!.publisher, 'Motley Fool', 'a real name from the spec stays');
});

test('an audiobook is published by a publishing house; pinned values and writes are left alone', () => {
  const result = { audiobooks: { items: [{ id: '1', name: 'Things Fall Apart', type: 'audiobook', publisher: 'Donnelly Ltd' }, { id: '2', name: 'Kindred', type: 'audiobook', publisher: 'Schoen Holdings' }] } };
  settlePublishers31(result, op('getAudiobooks', 'Spotify'), new Set([JSON.stringify('Schoen Holdings')]));
  assert.match(result.audiobooks.items[0]!.publisher, /^(Penguin Classics|Vintage|Oxford University Press|HarperCollins|Bloomsbury|Picador|Faber & Faber)$/);
  assert.equal(result.audiobooks.items[1]!.publisher, 'Schoen Holdings');
  const game = { games: [{ id: '1', title: 'Star Run', publisher: 'Keeling Media' }] };
  settlePublishers31(game, op('list_games', 'Games'), new Set());
  assert.equal(game.games[0]!.publisher, 'Keeling Media', 'no article, no book: untouched');
});

test('suggestions for "sydney" complete "sydney", never "vegan recipes" (rapidapi m30-i2d 90)', async () => {
  const { settleSuggestions31 } = await import('../../src/plan/_suggestions31.ts');
  const op2 = { effect: 'read' as const, name: 'auto_complete', path: '/auto-complete' };
  const item = (text: string, name: string) => ({ display: { subtext: 'Region', text }, id: text, source: { atlasId: 'x', name, state: 'completed', postcode: '3000' }, type: 'region' });
  const result = { _embedded: { suggestions: [item('vegan recipes', 'Beacon'), item('jazz', 'Aurora'), item('Melbourne City - Greater Region, VIC', 'Melbourne City')] }, count: '228' };
  settleSuggestions31(result, { query: 'sydney' }, op2, new Set());
  assert.equal(result._embedded.suggestions.length, 1);
  assert.equal(result.count, '1');
  assert.equal(result._embedded.suggestions[0]!.display.text, 'Sydney');
  assert.equal(result._embedded.suggestions[0]!.source.name, 'Sydney');
  assert.equal(result._embedded.suggestions[0]!.source.state, 'NSW', 'a place has a state, not a job state');
  assert.match(result._embedded.suggestions[0]!.source.postcode, /^20\d\d$/);
  const some = { suggestions: [{ text: 'Sydney Olympic Park' }, { text: 'jazz' }] };
  settleSuggestions31(some, { q: 'sydney' }, op2, new Set());
  assert.deepEqual(some.suggestions, [{ text: 'Sydney Olympic Park' }]);
  const pinned = { suggestions: [{ id: 'p1', text: 'jazz' }, { id: 'p2', text: 'coffee' }] };
  settleSuggestions31(pinned, { q: 'sydney' }, op2, new Set([JSON.stringify('p2')]));
  assert.equal(pinned.suggestions.length, 2, 'a list a later call reads keeps its items');
});
