/**
 * Words cut at a suffix and goodbyes no person gives (QUALITY.md B, J): the rules `suffix_split` and `goodbye_words`
 * of src/check/_rules-words10.ts broken on purpose, and the realizer's wording that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spokenParts } from '../src/text/index.ts';
import { isPluralNoun, singular } from '../src/realize/words.ts';
import { systemBye, userBye } from '../src/realize/_compose.ts';
import { dialogueRng } from '../src/random/index.ts';
import type { DialogueRecord } from '../src/plan/types.ts';
import { oneCall, violationsOf } from './_one-call.ts';

const said = (text: string) => oneCall({}, { ok: true }, { text });
function withBye(opening: string, bye: string, speaker: 'user' | 'assistant' = 'assistant'): DialogueRecord {
  const record = oneCall({}, { ok: true }, { text: opening });
  record.turns.push({ speaker, action: speaker === 'user' ? 'user_bye' : 'system_bye', text: bye } as never);
  return record;
}

describe('suffix_split', () => {
  test('a suffix said as a word and a broken "-ies" singular break it', () => {
    for (const text of ['The acoustic ness is 0.9639.', 'The dance ability is 0.585.', "What's the movy name?"]) {
      assert.deepEqual(violationsOf('suffix_split')(said(text)), ['suffix_split'], text);
    }
    for (const text of ['The acousticness is 0.9639.', 'The danceability is 0.585.', "What's the movie name?", 'The ability to pay is fine.']) {
      assert.deepEqual(violationsOf('suffix_split')(said(text)), [], text);
    }
  });

  test('the realizer keeps suffix words whole, singulars right and irregular plurals counted', () => {
    assert.deepEqual(spokenParts('acousticness'), ['acousticness']);
    assert.deepEqual(spokenParts('danceability'), ['danceability']);
    assert.equal(singular('movies'), 'movie');
    assert.equal(singular('categories'), 'category');
    assert.equal(isPluralNoun('children'), true);
  });
});

describe('goodbye_words', () => {
  test('"Welcome!", an evening after "Good morning" and an opaque id break it', () => {
    assert.deepEqual(violationsOf('goodbye_words')(withBye('Hi, get my thing.', 'Welcome! I\'ll be around.')), ['goodbye_words']);
    assert.deepEqual(violationsOf('goodbye_words')(withBye('Good morning. Get my thing.', 'Glad I could help. Have a nice evening.')), ['goodbye_words']);
    assert.deepEqual(violationsOf('goodbye_words')(withBye('Get my thing.', "Sweet. I'll look into 7ouMYWpwJ422jRcDASZB7P.", 'user')), ['goodbye_words']);
    for (const bye of ["You're welcome! I'll be around.", 'Have a nice evening.', 'Feel free to ask more about Jazz Night.']) {
      assert.deepEqual(violationsOf('goodbye_words')(withBye('Hi, get my thing.', bye)), [], bye);
    }
  });

  test('the realizer never names an opaque id nor says "Welcome!" in a goodbye', () => {
    for (let i = 0; i < 200; i++) {
      const sys = systemBye(dialogueRng(7, i, 'bye'), undefined, false, '7ouMYWpwJ422jRcDASZB7P');
      const user = userBye(dialogueRng(7, i, 'bye'), 'casual', { intent: 'find a track' }, false, '7ouMYWpwJ422jRcDASZB7P');
      assert.ok(!/7ouMY|^Welcome!|evening/.test(`${sys} ${user}`), `${sys} | ${user}`);
    }
  });
});
