/**
 * Descriptive fields hold words (QUALITY.md E), wave 30: `descriptive_field_code` broken on purpose with the values
 * the readers found (a GWELLS registration's activity "ACT-39370", a Jira group "GRP-36417", a Mandrill pool
 * "PL-16214"), the words the generator now draws passing; and the generator keeping it on the GWELLS and Mandrill specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { describedWords30 } from '../../src/plan/_codes30.ts';
import { Rng } from '../../src/random/index.ts';

const coded = violationsOf('descriptive_field_code');
const person = (activity: string) => [{ name: 'Kwame Walsh', registrations: [{ registration_no: 'RGS-51186', registries_activity: activity }] }];

describe('codes30', () => {
  test('descriptive_field_code: a registration activity, a group name, a pool as codes', () => {
    assert.deepEqual(coded(oneCall({ search: 'Kwame Walsh' }, person('ACT-39370'), { name: 'drillers_names_list', path: '/drillers/names/' })), ['descriptive_field_code']);
    assert.deepEqual(coded(oneCall({ search: 'Kwame Walsh' }, person('Well drilling'), { name: 'drillers_names_list', path: '/drillers/names/' })), []);
    assert.deepEqual(coded(oneCall({ groupname: 'GRP-36417' }, { name: 'GRP-36417' }, { name: 'getGroup', path: '/group' })), ['descriptive_field_code']);
    assert.deepEqual(coded(oneCall({ groupname: 'jira-developers' }, { name: 'jira-developers' }, { name: 'getGroup', path: '/group' })), []);
    assert.deepEqual(coded(oneCall({ ip: '78.65.23.16' }, { ip: '78.65.23.16', pool: 'PL-16214' }, { name: 'ips_info', path: '/ips/info.json' })), ['descriptive_field_code']);
    // A registration number is a code by nature.
    assert.deepEqual(coded(oneCall({}, { registration_no: 'RGS-51186' })), []);
  });

  test('the generator draws words for such fields', () => {
    const rng = Rng.for(7, 0);
    assert.match(describedWords30('registries_activity', 'registrations', 'search for a well driller or pump installer', rng) ?? '', /^(Well drilling|Pump installation)$/);
    assert.match(describedWords30('practice', 'security_practices', 'returns the data safety attributes of an app', rng) ?? '', /[a-z] [a-z]/);
    assert.equal(describedWords30('registration_no', '', '', rng), undefined);
  });

  test('the generator keeps it on the GWELLS and Mandrill specs', { skip: skipWithoutFixtures }, async () => {
    const specs = ['bcgov__gwells.yaml', 'mandrill__api.yaml'].map((f) => join(fixturesDir, 'openapi', f));
    await assertGeneratorKeeps(['descriptive_field_code'], specs, 30, { minWritten: 15 });
  });
});
