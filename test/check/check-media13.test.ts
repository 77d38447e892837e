/**
 * Media results that agree with what is known of them (QUALITY.md E): each rule of src/check/_rules-media13.ts
 * broken on purpose, and the generator's passes that keep numbers in their documented ranges, artists invented,
 * books with their own subjects and summaries, and film credits as credits.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { describedRange } from '../../src/text/index.ts';
import { numberFor } from '../../src/plan/_numbers.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_mock.ts';
import { uriInExampleScheme } from '../../src/plan/_examples.ts';
import { artistName, agreeBook, worksOfSubject } from '../../src/plan/_works.ts';
import { agreeCredits } from '../../src/plan/_films.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const FEATURES = { acousticness: 0.00242, danceability: 0.585, energy: 0.842, loudness: -5.883, mode: 1, speechiness: 0.0556, tempo: 118.211, valence: 0.428 };

describe('documented_range', () => {
  test('audio features off their scale break it; on it they pass', () => {
    assert.deepEqual(violationsOf('documented_range')(oneCall({}, FEATURES)), []);
    assert.deepEqual(violationsOf('documented_range')(oneCall({}, { ...FEATURES, danceability: 47.54 })), ['documented_range']);
    assert.deepEqual(violationsOf('documented_range')(oneCall({}, { ...FEATURES, loudness: 94.65 })), ['documented_range']);
    assert.deepEqual(violationsOf('documented_range')(oneCall({}, { ...FEATURES, mode: 399 })), ['documented_range']);
  });
  test('an argument outside the range its description documents breaks it', () => {
    const record = oneCall({ target_energy: 12.5 }, { tracks: [] }) as DialogueRecord;
    const op = Object.values(record.operations)[0]!;
    op.parameters = { type: 'object', properties: { target_energy: { type: 'number', description: 'Energy is a measure from 0.0 to 1.0 of intensity.' } } };
    assert.deepEqual(violationsOf('documented_range')(record), ['documented_range']);
    (record.turns[1] as { call: { arguments: Record<string, unknown> } }).call.arguments.target_energy = 0.4;
    assert.deepEqual(violationsOf('documented_range')(record), []);
  });
  test('descriptions document their ranges', () => {
    assert.deepEqual(describedRange('A confidence measure from 0.0 to 1.0 of whether the track is acoustic.'), { min: 0, max: 1 });
    assert.deepEqual(describedRange('Values above 0.66 are speech; values between 0.33 and 0.66 both; the closer to 1.0 the more.'), { min: 0, max: 1 });
    assert.deepEqual(describedRange('Values typically range between -60 and 0 db.'), { min: -60, max: 0 });
    assert.deepEqual(describedRange('Major is represented by 1 and minor is 0.'), { min: 0, max: 1, values: [0, 1] });
    assert.deepEqual(describedRange('The number of items to return. Default: 20. Minimum: 1. Maximum: 50.'), { min: 1, max: 50 });
    assert.equal(describedRange('The overall estimated tempo of a track in beats per minute (BPM).'), undefined);
  });
  test('the mock draws inside the documented range, and near the example without one', () => {
    const rng = dialogueRng(7, 1, 'test');
    for (let i = 0; i < 50; i++) {
      const dance = numberFor({ type: 'number' }, 'danceability', rng, false, 'A value of 0.0 is least danceable and 1.0 is most danceable.');
      assert.ok(dance >= 0 && dance <= 1, `danceability ${dance}`);
      const loud = numberFor({ type: 'number' }, 'loudness', rng, false, 'Values typically range between -60 and 0 db.');
      assert.ok(loud >= -60 && loud <= 0, `loudness ${loud}`);
      assert.ok([0, 1].includes(numberFor({ type: 'integer' }, 'mode', rng, true, 'Major is represented by 1 and minor is 0.')));
      const tempo = numberFor({ type: 'number' }, 'tempo', rng, false, 'The tempo in BPM.', [118.211]);
      assert.ok(tempo >= 59 && tempo <= 178, `tempo ${tempo}`);
    }
  });
});

describe('credits_repeat_cast', () => {
  const cast = [{ personId: 1, name: 'Hannah Schmidt', character: 'Clara Hale', order: 0 }, { personId: 2, name: 'Arjun Walsh', character: 'Leo Finch', order: 1 }];
  test('the cast again as crew, or characters as codes, break it', () => {
    const crew = [{ personId: 3, name: 'Hannah Schmidt', job: 'Director' }, { personId: 4, name: 'Arjun Walsh', job: 'Editor' }];
    assert.deepEqual(violationsOf('credits_repeat_cast')(oneCall({}, { movieId: 5, cast, crew })), ['credits_repeat_cast']);
    assert.deepEqual(violationsOf('credits_repeat_cast')(oneCall({}, { movieId: 5, cast: [{ ...cast[0], character: 'CHR-83837' }], crew: [] })), ['credits_repeat_cast']);
    assert.deepEqual(violationsOf('credits_repeat_cast')(oneCall({}, { movieId: 5, cast, crew: [{ personId: 9, name: 'Marco Nguyen', job: 'Director' }] })), []);
  });
  test('the generator names characters, bills in order, gives film jobs and other people to the crew', () => {
    withRng(dialogueRng(3, 1, 'test'), () => {
      const record = { movieId: 5, cast: [{ personId: 1, name: 'Hannah Schmidt', character: 'CHR-83837', order: 101 }, { personId: 2, name: 'Arjun Walsh', character: 'CHR-1', order: 420 }], crew: [{ personId: 3, name: 'Hannah Schmidt', department: 'Camera', job: 'Forward Assurance Executive' }] };
      agreeCredits(record, [], snake);
      assert.deepEqual(record.cast.map((c) => c.order), [0, 1]);
      assert.ok(record.cast.every((c) => /^[A-Z][a-z.]+ [A-Z][a-z]+$/.test(c.character)), JSON.stringify(record.cast));
      assert.equal(record.crew[0]!.job, record.crew[0]!.job === 'Camera Operator' ? 'Camera Operator' : 'Director of Photography');
      assert.notEqual(record.crew[0]!.name, 'Hannah Schmidt');
      assert.deepEqual(violationsOf('credits_repeat_cast')(oneCall({}, record)), []);
    });
  });
});

describe('ranks_beyond_top', () => {
  test('rank 37 in a top 20 breaks it', () => {
    const list = [{ rank: 1, artist: 'A', monthlyListeners: 80 }, { rank: 2, artist: 'B', monthlyListeners: 70 }];
    assert.deepEqual(violationsOf('ranks_beyond_top')(oneCall({}, [...list, { rank: 37, artist: 'C', monthlyListeners: 90 }], { name: 'top_20_by_monthly_listeners' })), ['ranks_beyond_top']);
    assert.deepEqual(violationsOf('ranks_beyond_top')(oneCall({}, [...list, { rank: 3, artist: 'C', monthlyListeners: 60 }], { name: 'top_20_by_monthly_listeners' })), []);
  });
});

describe('media_length_unitless', () => {
  test('a video length "15.73" breaks it; "15:43" passes', () => {
    assert.deepEqual(violationsOf('media_length_unitless')(oneCall({}, { videos: [{ id: 'a', title: 'T', length: '15.73' }] }, { name: 'getChannelVideos' })), ['media_length_unitless']);
    assert.deepEqual(violationsOf('media_length_unitless')(oneCall({}, { videos: [{ id: 'a', title: 'T', length: '15:43' }] }, { name: 'getChannelVideos' })), []);
  });
});

describe('known_book_facts', () => {
  test('a known book under another subject or another author breaks it', () => {
    const works = [{ workId: 'OL1W', title: 'Little Women', authors: [{ authorId: 'OL1A', name: 'Louisa May Alcott' }] }];
    assert.deepEqual(violationsOf('known_book_facts')(oneCall({}, { subjectKey: 'science_fiction', works })), ['known_book_facts']);
    assert.deepEqual(violationsOf('known_book_facts')(oneCall({}, { subjectKey: 'classics', works })), []);
    assert.deepEqual(violationsOf('known_book_facts')(oneCall({}, { title: 'Invisible Man', author: 'Jane Austen' })), ['known_book_facts']);
    assert.deepEqual(violationsOf('known_book_facts')(oneCall({}, { title: 'Invisible Man', subjects: ['Comedy', 'Western'] })), ['known_book_facts']);
  });
  test('the generator lists works of the subject and gives a real book its own summary and subjects', () => {
    withRng(dialogueRng(3, 1, 'test'), () => {
      const list = { subjectKey: 'science_fiction', works: [{ workId: 'OL1W', title: 'Little Women', firstPublishYear: 1868, authors: [{ authorId: 'OL1A', name: 'Louisa May Alcott' }] }] };
      worksOfSubject(list, snake);
      assert.ok(['The Left Hand of Darkness', 'Frankenstein'].includes(list.works[0]!.title), list.works[0]!.title);
      assert.notEqual(list.works[0]!.authors[0]!.name, 'Louisa May Alcott');
      const work: Record<string, unknown> = { title: 'Invisible Man', firstPublishYear: 1990, description: 'The story of a translator caught between two governments.', subjects: ['Comedy', 'Western', 'Horror'] };
      agreeBook(work, Object.keys(work), snake);
      assert.match(work.description as string, /Harlem/);
      assert.deepEqual(violationsOf('known_book_facts')(oneCall({}, work)), []);
    });
  });
  test('artists are invented, never a real act whose genres the world knows', () => {
    withRng(dialogueRng(3, 1, 'test'), () => {
      for (let i = 0; i < 30; i++) assert.ok(!['Pet Shop Boys', 'Aerosmith', 'Stray Kids'].includes(artistName()));
    });
  });
});

describe('schemed URIs', () => {
  test('a URI exemplified in its own scheme is drawn in it, never as a web address', () => {
    const rng = dialogueRng(5, 1, 'test');
    const uri = uriInExampleScheme('uri', ['spotify:track:2takcwOaAZWiXQijPHIx7B'], (lo, hi) => rng.int(lo, hi));
    assert.match(uri ?? '', /^spotify:track:[A-Za-z0-9]{22}$/);
    assert.equal(uriInExampleScheme('uri', ['https://example.com/x'], (lo, hi) => rng.int(lo, hi)), undefined);
  });
});
