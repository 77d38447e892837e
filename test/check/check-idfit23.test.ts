/**
 * Identifiers shaped like what they identify (QUALITY.md E), wave 23: the rules of src/check/_rules-idfit23.ts
 * broken on purpose on the records the reading of wave 22 marked (openapi 155: a person_guid "VSp1Kb2HJ"; openapi
 * 322: Jira's moveIssuesTo "VcxhKsoMeL6" beside component "19144"), and the generator's values (a guid drawn as a
 * UUID, an app a topic search finds named after the query and its package).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Rng } from '../../src/random/index.ts';
import { idString } from '../../src/plan/_id-string.ts';
import { withRng } from '../../src/plan/_mock.ts';
import { appHitTitle } from '../../src/plan/_app-hits23.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Openapi 155: drillers found by name, each with its person_guid. */
const drillers = (guid: string) => oneCall({ search: 'Clara Haddad' }, [{ person_guid: guid, first_name: 'Clara', surname: 'Haddad' }], { name: 'drillers_list', path: '/drillers/' });
/** Openapi 322: a component deleted, its issues moved to another. */
const deletion = (moveIssuesTo: string) => oneCall({ id: '19144', moveIssuesTo }, { id: '19144', status: 'deleted' }, { name: 'delete', method: 'DELETE', path: '/api/2/component/{id}' });

describe('idfit23 rules', () => {
  test('guid_not_uuid: a person_guid "VSp1Kb2HJ" is no UUID', () => {
    const broken = violationsOf('guid_not_uuid');
    assert.deepEqual(broken(drillers('VSp1Kb2HJ')), ['guid_not_uuid']);
    assert.deepEqual(broken(drillers('48594f02-9b85-4852-8cc1-5bd16859ef09')), []);
    // A feed item's guid may be its link; a hex digest is no drawn token.
    assert.deepEqual(broken(drillers('https://example.org/items/42')), []);
    assert.deepEqual(broken(drillers('48594f029b8548528cc15bd16859ef09')), []);
    assert.deepEqual(broken(oneCall({ person_guid: 'VSp1Kb2HJ' }, { files: [] })), ['guid_not_uuid']);
  });

  test('token_beside_numeric_id: moveIssuesTo "VcxhKsoMeL6" beside component "19144"', () => {
    const broken = violationsOf('token_beside_numeric_id');
    assert.deepEqual(broken(deletion('VcxhKsoMeL6')), ['token_beside_numeric_id']);
    assert.deepEqual(broken(deletion('26677')), []);
    // Opaque values (a page token, an API key) and camel-cased words are no ids.
    assert.deepEqual(broken(oneCall({ id: '19144', pageToken: 'VcxhKsoMeL6' }, {})), []);
    assert.deepEqual(broken(deletion('PlantPal')), []);
  });
});

describe('idfit23 generator values', () => {
  test('a value named guid or uuid is drawn as a UUID', () => {
    const rng = Rng.keyed('idfit23');
    withRng(rng, () => {
      assert.match(idString('person_guid', rng), UUID);
      assert.match(idString('uuid', rng), UUID);
    });
  });

  test('an app a topic search finds is named after the query and its package', () => {
    assert.equal(appHitTitle({ title: 'Food', appId: 'com.parisian.translate' }, 'Food', 'food'), 'Food Translate');
    assert.equal(appHitTitle({ title: 'Food', appId: 'com.parisian.food_planner' }, 'Food', 'food'), undefined);
    // A proper name searched for is the app's own name; a record with no package is no app.
    assert.equal(appHitTitle({ title: 'Plant Pal', appId: 'com.corkery.reader' }, 'Plant Pal', 'Plant Pal'), undefined);
    assert.equal(appHitTitle({ title: 'Food' }, 'Food', 'food'), undefined);
  });
});
