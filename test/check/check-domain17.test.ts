/**
 * Values that fit the record and API they belong to (QUALITY.md E), wave 17: each rule of
 * src/check/_rules-domain17.ts broken on purpose, and the generator's passes that keep them (a country's own
 * holidays, reviews worded for what is reviewed, a series' own stages, real verses, a subject key, an order
 * message by who sent it, a slug of its own name, a spec example of another kind left out).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { ownCountryHolidays, publicHolidays } from '../../src/plan/_holidays17.ts';
import { agreeDomains } from '../../src/plan/_domain-pass.ts';
import { reviewDomainOf } from '../../src/plan/_reviews.ts';
import { stageName } from '../../src/plan/_name-lists14.ts';
import { agreeVerses, scriptureWord } from '../../src/plan/_scripture17.ts';
import { respelledToFit } from '../../src/plan/_pattern-fit17.ts';
import { keyValue } from '../../src/plan/_keys.ts';
import { exampleOfOtherKind } from '../../src/plan/_example-kind17.ts';
import { fitKindTexts } from '../../src/plan/_kind-texts.ts';
import { fitPlaceFacts } from '../../src/plan/_fit-places13.ts';
import { oneCall } from '../_one-call.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';

const RULES = ['holiday_not_kept', 'review_text_twice', 'review_off_domain', 'verse_not_scripture'];
const broken = (result: unknown, op: { name?: string; path?: string } = {}): string[] => checkMeaning(oneCall({}, result, op) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));

describe('values fit the record and API they belong to', () => {
  test("a country's next holidays are its own public holidays, in a row", () => {
    const result = [
      { date: '2026-05-14', localName: 'Ascension Day', name: 'Ascension Day', countryCode: 'KR', fixed: false, global: false, counties: ['Seoul'], launchYear: 1992, types: ['Observance'] },
      { date: '2026-12-25', localName: 'Christmas Day', name: 'Christmas Day', countryCode: 'KR', fixed: true, global: true, counties: ['Seoul'] },
      { date: '2027-03-29', localName: 'Easter Monday', name: 'Easter Monday', countryCode: 'KR', fixed: false, global: false, counties: ['Seoul'] },
    ];
    assert.deepEqual(broken(result, { name: 'NextPublicHolidays', path: '/api/v3/NextPublicHolidays/{countryCode}' }), ['holiday_not_kept', 'holiday_not_kept']);
    ownCountryHolidays(result, new Set());
    assert.deepEqual(result.map((h) => [h.date, h.name, h.localName]), [['2026-05-24', "Buddha's Birthday", '석가탄신일'], ['2026-06-06', 'Memorial Day', '현충일'], ['2026-07-17', 'Constitution Day', '제헌절']]);
    assert.equal('counties' in result[0]!, false);
    assert.equal('launchYear' in result[0]!, false);
    assert.deepEqual(result[0]!.types, ['Public']);
    assert.deepEqual(broken(result), []);
    // Easter Monday is kept in Germany: a German list may hold it; an unknown country is left as drawn.
    assert.ok(publicHolidays('DE', 2026).some((h) => h.name === 'Easter Monday'));
    assert.deepEqual(publicHolidays('ZZ', 2026), []);
  });

  test('reviews read as reviews of what is reviewed, none twice in a list', () => {
    const reviews = (): Array<Record<string, unknown>> => [
      { reviewId: 'a1', rating: 3, text: 'Good idea, a few rough edges still.' },
      { reviewId: 'a2', rating: 3, text: 'Good idea, a few rough edges still.' },
      { reviewId: 'a3', rating: 3, text: 'Does the job, but the interface feels dated.' },
    ];
    const place = { name: 'listPlaceReviews', path: '/places/{placeId}/reviews' };
    assert.deepEqual(broken({ reviews: reviews() }, place), ['review_off_domain', 'review_text_twice']);
    assert.equal(reviewDomainOf('list reviews of a place listplacereviews places placeid reviews'), 'place');
    assert.equal(reviewDomainOf('get reviews by app id getreviewsbyappid apps reviews'), 'app');
    const fixed = { reviews: reviews() };
    withRng(dialogueRng(1, 2, 'test'), () => agreeDomains(fixed, new Set(), 0, 'place'));
    const texts = fixed.reviews.map((r) => r['text'] as string);
    assert.equal(new Set(texts).size, 3);
    assert.ok(texts.every((t) => !/interface|sync|crash/.test(t)), texts.join(' | '));
    assert.deepEqual(broken(fixed, place), []);
    // An app's reviews may talk of its interface: not judged there.
    assert.deepEqual(broken({ reviews: [reviews()[2]] }, { name: 'getReviewsByAppId', path: '/apps/{appId}/reviews' }), []);
  });

  test("a scripture API's verses are real verses of the Bible", () => {
    const result = [{ chapter: 3, verse: 9, text: 'mountain bikes', book_id: 'x1', book_name: 'Things Fall Apart' }, { chapter: 4, verse: 17, text: 'hiking boots', book_id: 'x2', book_name: 'Pride and Prejudice' }];
    const op = { name: 'Search Text', path: '/bible/search' };
    assert.deepEqual(broken(result, op), ['verse_not_scripture', 'verse_not_scripture']);
    agreeVerses(result, new Set(), ['light']);
    assert.ok(result.every((v) => v.text.toLowerCase().includes('light')), JSON.stringify(result));
    assert.notEqual(result[0]!.text, result[1]!.text);
    assert.deepEqual(broken(result, op), []);
    // A verse the call searched for keeps its text and takes its own book and numbers.
    const named = [{ chapter: 8, verse: 3, text: 'The LORD is my shepherd; I shall not want.', book_name: 'Beloved' }];
    agreeVerses(named, new Set([JSON.stringify('The LORD is my shepherd; I shall not want.')]), []);
    assert.deepEqual(named[0], { chapter: 23, verse: 1, text: 'The LORD is my shepherd; I shall not want.', book_name: 'Psalms' });
    assert.equal(scriptureWord({ api: { name: 'bible_search' }, description: 'Return all verses from the bible by text parameter.' }), ' scripture');
    assert.equal(scriptureWord({ api: { name: 'weatherapi_com' }, description: 'Current weather' }), '');
  });

  test("a stage is of its series; a category's stages the words do not name are rounds", () => withRng(dialogueRng(1, 3, 'test'), () => {
    assert.match(stageName('get all stages for a motorsport category categorystages id'), /^Round \d+$/);
    assert.doesNotMatch(stageName('nascar cup series races'), /Grand Prix$/);
    assert.match(stageName('formula 1 race schedule f1'), /Grand Prix$/);
    assert.match(stageName('tour de france stages'), /^Stage \d+$/);
  }));

  test('a subject key names a subject, and a drawn value is respelled to the pattern', () => {
    const key = keyValue('subject_key', 'list popular books in a subject', { pick: (items) => items[1]!, int: (lo) => lo });
    assert.equal(key, 'romance');
    assert.equal(respelledToFit('science-fiction', /^(?:[a-z_]+)$/u), 'science_fiction');
    assert.equal(respelledToFit('Science Fiction', /^(?:[a-z-]+)$/u), 'science-fiction');
    assert.equal(respelledToFit('spring launch 2', /^(?:[a-z]+)$/u), undefined);
  });

  test("an order message's text follows who sent it; a slug is its own name's", () => {
    const message = { id: 2, order_id: 484965, staff_id: 1, customer_id: 11, type: 'admin', subject: 'Thank you', message: 'Success', status: 'pending' };
    fitKindTexts([message], new Set());
    assert.match(message.message, /packed|delay|refund|Thank you for your order/i);
    assert.notEqual(message.subject, 'Adding an item');
    const asked = { customer_id: 11, type: 'customer', subject: 'x', message: 'OK' };
    fitKindTexts([asked], new Set());
    assert.match(asked.message, /\?|Thanks/);
    const brand = { _id: 449585, brandName: 'Hyundai', brandSlugName: 'Bandopadhyay Digital', category: { productGroupName: 'SUVs', productGroupSlugName: 'noise-canceling-headphones' } };
    fitPlaceFacts(brand, new Set());
    assert.equal(brand.brandSlugName, 'hyundai');
    assert.equal(brand.category.productGroupSlugName, 'suvs');
    const subjects = [{ subjectKey: 'science_fiction', name: 'Biography' }, { subjectKey: 'science_fiction', name: 'Science fiction' }];
    fitPlaceFacts(subjects, new Set());
    assert.deepEqual(subjects.map((x) => x.subjectKey), ['biography', 'science_fiction']);
    const hyundai = { brandName: 'Hyundai', brandSlugName: 'hyundai', categories: [{ productGroupName: 'High-definition camcorders', productGroupSlugName: 'high-definition-camcorders', singularName: 'HD camcorder', targetPath: 'hd-camcorder' }] };
    fitPlaceFacts(hyundai, new Set());
    assert.deepEqual(hyundai.categories[0], { productGroupName: 'SUVs', productGroupSlugName: 'suvs', singularName: 'SUV', targetPath: 'suv' });
  });

  test('a spec example naming another kind of work is not a value of this one', () => {
    const podcast = 'Starting Your Own Podcast: Tips, Tricks, and Advice From Anchor Creators';
    assert.equal(exampleOfOtherKind(podcast, 'get audiobook chapters audiobooks id chapters'), true);
    assert.equal(exampleOfOtherKind(podcast, 'get an episode episodes id'), false);
    assert.equal(exampleOfOtherKind(podcast, 'list webhooks'), false);
  });
});
