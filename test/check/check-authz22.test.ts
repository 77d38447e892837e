/**
 * Records of an authorization service are named as what they are (QUALITY.md E), wave 22: the rule of
 * src/check/_rules-authz22.ts broken on purpose (OpenFGA's ListStores of the openapi fixtures returned stores named
 * "Vancouver Tea House" and "Grady Pass Market"), and the generator naming OpenFGA stores for apps on that spec.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const shopName = violationsOf('authz_store_shop_name');
const FGA = 'List all stores — Returns a paginated list of OpenFGA stores and a continuation token to get additional stores.';

/** OpenFGA's ListStores returning stores named `names`; `description` is the operation's. */
function stores(names: string[], description = FGA): ReturnType<typeof oneCall> {
  const list = names.map((name, i) => ({ id: `01HVMMBCMGZNT3SED4Z17ECXC${i}`, name, created_at: '2025-03-02T10:00:00Z', updated_at: '2025-03-02T10:00:00Z' }));
  const record = oneCall({}, { stores: list, continuation_token: '' }, { name: 'ListStores', path: '/stores', text: 'List my stores.', response: `I found ${names.length} stores.` });
  for (const op of Object.values(record.operations)) (op as { description: string }).description = description;
  return record;
}

describe('authz22 rules', () => {
  test('authz_store_shop_name: an OpenFGA store named like a shop', () => {
    assert.deepEqual(shopName(stores(['Vancouver Tea House'])), ['authz_store_shop_name']);
    assert.deepEqual(shopName(stores(['Document Sharing', 'Grady Pass Market'])), ['authz_store_shop_name']);
    assert.deepEqual(shopName(stores(['Document Sharing', 'Docs App (staging)'])), []);
    // A shop API's stores are shops.
    assert.deepEqual(shopName(stores(['Vancouver Tea House'], 'List the stores of a retail chain.')), []);
  });

  test('the generator names OpenFGA stores for apps (openapi fixture)', { skip: skipWithoutFixtures }, async () => {
    let named = 0;
    for (const out of await assertGeneratorKeeps(['authz_store_shop_name'], [join(fixturesDir, 'openapi', 'openfga__api.json')], 40)) {
      named += (out.json.match(/"name":"(Document Sharing|Expense Approvals|Team Drive Permissions|Wiki Access|Customer Portal Roles|Project Board Access|Invoice Approvals|Clinic Records Access|Intranet Permissions|Code Review Access|Payroll Permissions|Support Desk Roles|Asset Library Access|Docs App \((staging|production)\)|Photo Albums Sharing|Helpdesk Tickets Access|Course Enrolment Roles)"/g) ?? []).length;
    }
    assert.ok(named > 0, 'some store is named for an app');
  });
});
