/**
 * Words cut at a suffix and goodbyes no person gives (QUALITY.md B, J): the rules `suffix_split` and `goodbye_words`
 * of src/check/_rules-words10.ts broken on purpose, and the realizer's wording that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spokenParts } from '../../src/text/index.ts';
import { humanizeIdentifier, isPluralNoun, singular } from '../../src/realize/words.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { systemBye, userBye } from '../../src/realize/_compose.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

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

describe('field_phrase', () => {
  test('field and path names read as nouns break it', () => {
    for (const text of ['The ships from is Berlin.', 'The date expires is August 9, 2026.', 'The known for department is Lifestyle.', 'I could retrieve the all tasks for you.', 'Can you delete an SYS user?', 'The alpha 2 is DE.']) {
      assert.deepEqual(violationsOf('field_phrase')(said(text)), ['field_phrase'], text);
    }
    for (const text of ['It ships from Berlin.', 'It expires on August 9, 2026.', 'They are known for Lifestyle.', 'I could retrieve all the tasks for you.', 'Can you delete a system user?', 'The country code is DE.', 'The trip from Paris to Rome is long.']) {
      assert.deepEqual(violationsOf('field_phrase')(said(text)), [], text);
    }
  });

  test('the realizer says such names as people do', () => {
    const text = summarizeResult({ name: 'Bob', ships_from: 'Berlin', knownForDepartment: 'Acting', date_expires: '2026-08-09T07:45:00Z' }, undefined, new Set(), dialogueRng(1, 1, 'x'));
    assert.match(text, /it ships from Berlin/);
    assert.match(text, /the main department is Acting/);
    assert.match(text, /it expires on August 9, 2026/);
    assert.equal(humanizeIdentifier('country_alpha2'), 'country code');
    assert.equal(humanizeIdentifier('gen_at'), 'generated at');
    assert.equal(spokenRequest('Retrieves your all tasks'), 'Retrieves all the tasks');
    const op = (name: string, method: string, path: string, required: string[]) => ({ name, method, path, required });
    assert.equal(builtIntent(op('partialUpdateProjectRole', 'PATCH', '/project/{id}/role/{roleId}', ['id', 'roleId'])), 'update a project role');
    assert.equal(builtIntent(op('delete_api_v1_sys_user_userId', 'DELETE', '/api/v1/sys/user/{userId}', ['userId'])), 'delete a system user');
  });
});
