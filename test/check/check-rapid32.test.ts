/**
 * Values that agree with each other (QUALITY.md E), wave 32: `versions_against_dates` broken on purpose with the
 * reviews the readers found (rapidapi seed 2026 #128: PhotoFix reviewed in October 2025 on v1.2.4 and in May 2025 on
 * v3.9.4), good values passing; and the generator's settling (`_rapid32.ts`) making it pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { settleRapid32 } from '../../src/plan/_rapid32.ts';

const backwards = violationsOf('versions_against_dates');
const args = { country: 'za', appId: 'com.cremin.photofix' };
const reviews = (): { status: number; data: { reviews: Record<string, unknown>[] } } => ({
  status: 200,
  data: { reviews: [
    { id: '99kYfe90J66', userName: 'tomas_jensen', date: '2025-10-05', score: 2, title: 'Too many bugs', text: 'Slow and full of bugs, I gave up.', version: '1.2.4', thumbsUp: 54 },
    { id: 'M6Zz0FHaFTJ', userName: 'omar24', date: '2025-08-08', score: 2, title: 'Disappointing', text: 'Did not work as described, very disappointed.', version: '2.10.3', thumbsUp: 38 },
    { id: 'PLXVi4HjjH4', userName: 'freyak', date: '2025-05-08', score: 4, title: 'Highly recommended', text: 'Easy to use and very reliable.', version: '3.9.4', thumbsUp: 40 },
  ] },
});

describe('rapid32', () => {
  test('versions_against_dates: newer reviews on older versions', () => {
    assert.deepEqual(backwards(oneCall(args, reviews(), { name: 'getReviewsByAppId', path: '/apps/{appId}/reviews' })), ['versions_against_dates']);
    // The same reviews, versions rising with the dates (2.10.3 is above 2.9, not below it).
    const rising = reviews();
    rising.data.reviews[0]!.version = '3.9.4';
    rising.data.reviews[2]!.version = '1.2.4';
    assert.deepEqual(backwards(oneCall(args, rising)), []);
    // A list with no dates, or one version throughout, says nothing.
    assert.deepEqual(backwards(oneCall(args, [{ version: '1.0.0' }, { version: '0.9.0' }])), []);
  });

  test("the generator's settling makes the readers' reviews pass", () => {
    const result = reviews();
    settleRapid32(result, new Set(), args, { summary: 'Returns the reviews of a single application by its ID' }, true);
    assert.deepEqual(result.data.reviews.map((r) => r.version), ['3.9.4', '2.10.3', '1.2.4']);
    assert.deepEqual(backwards(oneCall(args, result)), []);
  });
});
