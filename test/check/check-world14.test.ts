/**
 * Facts that contradict each other or the world (QUALITY.md E): each rule of src/check/_rules-world14.ts broken on
 * purpose, and the generator's passes (src/plan/_fit-world14.ts, _reviews.ts, _honour-texts.ts, _genres.ts) that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { fitWorldFacts } from '../../src/plan/_fit-world14.ts';
import { agreeReview } from '../../src/plan/_reviews.ts';
import { honourTextHits } from '../../src/plan/_honour-texts.ts';
import { musicGenre, oneFamily } from '../../src/plan/_genres.ts';
import { startFresh } from '../../src/plan/_created.ts';
import { oneCall } from '../_one-call.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';

const RULES = ['review_two_moods', 'holiday_wrong_date', 'opposite_alerts', 'genres_apart', 'quotes_diverge'];
const broken = (result: unknown): string[] => checkMeaning(oneCall({}, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));

describe('facts agree with each other and the world', () => {
  test('a review keeps its rating\'s mood, and one review has one mood', () => {
    const reviews = (): Record<string, unknown> => ({ reviews: [{ reviewId: 'qn8EYd4R', rating: 1, text: 'Works fine most of the time.', publishedAt: '2025-09-03T19:00:00Z' }] });
    assert.deepEqual(broken(reviews()), ['review_two_moods']);
    const fixed = reviews();
    withRng(dialogueRng(1, 2, 'test'), () => agreeReview((fixed.reviews as Record<string, unknown>[])[0]!, []));
    assert.deepEqual(broken(fixed), []);
    assert.deepEqual(broken({ reviews: [{ id: 'a', text: 'Not worth the money. Happy with the build quality too.', author: 'B' }] }), ['review_two_moods']);
    // A complaint filtered by a keyword speaks of the keyword as a complaint too.
    const list = { key: 'reviews', items: [{ id: 'a', text: 'Not worth the money.' }, { id: 'b', text: 'Better than I expected.' }] as Record<string, unknown>[] };
    honourTextHits([list], 'build quality', ['build', 'quality'], () => false);
    assert.match(list.items[0]!.text as string, /build quality/);
    assert.deepEqual(broken({ reviews: list.items }), []);
  });

  test('a named holiday falls on its real day, also after the list was renamed', () => {
    const holidays = (): unknown[] => [{ date: '2026-01-01', localName: 'Whit Monday', name: 'Whit Monday', fixed: true }, { date: '2026-12-25', name: 'Christmas Day', fixed: true }];
    assert.deepEqual(broken(holidays()), ['holiday_wrong_date']);
    const fixed = holidays();
    fitWorldFacts(fixed, new Set());
    assert.equal((fixed[0] as Record<string, unknown>).date, '2026-05-25');
    assert.equal((fixed[0] as Record<string, unknown>).fixed, false);
    assert.deepEqual(broken(fixed), []);
    // A record naming its country takes that country's own holiday (Ireland keeps no Whit Monday; wave 17).
    const irish = [{ date: '2026-01-01', localName: 'Whit Monday', name: 'Whit Monday', countryCode: 'IE', fixed: false }];
    fitWorldFacts(irish, new Set());
    assert.deepEqual(irish[0], { date: '2026-01-01', localName: "New Year's Day", name: "New Year's Day", countryCode: 'IE', fixed: true });
  });

  test('alerts active together for one place do not contradict', () => {
    const alerts = (): Record<string, unknown> => ({ regionCode: 'EG-C', alerts: [
      { event: 'Frost Advisory', severity: 'moderate', headline: 'Frost Advisory in effect for the area' },
      { event: 'Heat Advisory', severity: 'moderate', headline: 'Heat Advisory in effect for the area' },
      { event: 'Heat Advisory', severity: 'moderate', headline: 'Heat Advisory in effect for Giza' },
    ] });
    assert.deepEqual(broken(alerts()), ['opposite_alerts']);
    const fixed = alerts();
    fitWorldFacts(fixed, new Set());
    const first = (fixed.alerts as Record<string, unknown>[])[0]!;
    assert.equal(first.event, 'Dense Fog Advisory');
    assert.equal(first.headline, 'Dense Fog Advisory in effect for the area');
    assert.deepEqual(broken(fixed), []);
  });

  test('an artist\'s genres go together, and a known artist gets their own', () => {
    const artist = (name: string, genres: string[]): Record<string, unknown> => ({ data: { items: [{ artistId: 'ar7', name, genres }] } });
    assert.deepEqual(broken(artist('Jonah Oduya', ['Death Metal', 'Relaxation'])), ['genres_apart']);
    assert.deepEqual(broken(artist('Amália Rodrigues', ['Shaabi', 'J-Pop'])), ['genres_apart']);
    const known = artist('Amália Rodrigues', ['Shaabi', 'J-Pop']);
    fitWorldFacts(known, new Set());
    assert.deepEqual(((known.data as { items: Record<string, unknown>[] }).items[0]!).genres, ['Fado', 'Portuguese Folk']);
    const invented = artist('Lior Ivers', ['Shaabi', 'J-Pop']);
    fitWorldFacts(invented, new Set());
    assert.deepEqual(broken(invented), []);
    // The generator draws genres family first: never a mood or a holiday.
    withRng(dialogueRng(1, 2, 'test'), () => {
      for (let i = 0; i < 50; i++) assert.ok(oneFamily([musicGenre()]) && !/Relaxation|Chanukah|Christmas|Sleep/.test(musicGenre()));
    });
  });

  test('one asset\'s quotes across markets agree, on distinct exchanges', () => {
    const markets = (): Record<string, unknown> => ({ markets: [{ exchange_name: 'Coinbase', price_usd: 352.71, volume_usd: 69373110 }, { exchange_name: 'Coinbase', price_usd: 404.94, volume_usd: 17427647 }, { exchange_name: 'Bitstamp', price_usd: 213.68, volume_usd: 49727659 }] });
    assert.deepEqual(broken(markets()), ['quotes_diverge']);
    const fixed = markets();
    fitWorldFacts(fixed, new Set());
    const rows = fixed.markets as Record<string, unknown>[];
    assert.equal(new Set(rows.map((r) => r.exchange_name)).size, 3);
    assert.ok(rows.every((r) => Math.abs((r.price_usd as number) / 352.71 - 1) <= 0.02));
    assert.deepEqual(broken(fixed), []);
    // Different pairs on one exchange are different assets: left alone.
    assert.deepEqual(broken({ markets: [{ exchange: 'Kraken', pair: 'BTC/USD', price: 60000 }, { exchange: 'Kraken', pair: 'ETH/USD', price: 3000 }] }), []);
  });

  test('a just-created task is not invoiced', () => {
    const task = { id: 7, name: 'Juniper Migration', status: 'INVOICED' };
    startFresh(task, [], true, () => ['OPEN', 'INVOICED', 'CLOSED']);
    assert.equal(task.status, 'OPEN');
  });

  test('a real work keeps its real story, and a span runs forward', () => {
    const title = { title: 'The Brothers Karamazov', synopsis: 'The story of an architect torn between two cities.', start_date: '2026-03-23', latest_date: '2024-02-21' };
    fitWorldFacts(title, new Set());
    assert.match(title.synopsis, /brothers/i);
    assert.deepEqual([title.start_date, title.latest_date], ['2024-02-21', '2026-03-23']);
  });
});
