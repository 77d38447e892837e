/** Replies of wave 33 that say what happened: a status that means nothing was done, percentages, a record's date, a global chart, a goodbye's topic. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { askedThing33, replies33 } from '../../src/realize/_replies33.ts';
import type { DialoguePlan, RecordOperation, Turn } from '../../src/plan/types.ts';

const op = (name: string, path: string, description: string): RecordOperation => ({ name, api: 'x', method: 'POST', path, description, parameters: { type: 'object', properties: {} } });
const state = {} as never;

/** A plan with one call of `operation` with `args` that returned `result`, then the response `text` realized through replies33. */
function reply(operation: RecordOperation, args: Record<string, unknown>, result: unknown, text: string): string {
  const turns: Turn[] = [
    { speaker: 'user', action: 'inform_intent_clear' as never, text: 'Hi.' },
    { speaker: 'assistant', action: 'call' as never, call: { id: 'c1', operation: 'x.op', arguments: args }, state },
    { speaker: 'tool', operation: 'x.op', call_id: 'c1', status: 'ok', result },
    { speaker: 'assistant', action: 'response' as never, text, state },
  ];
  const plan = { operations: { 'x.op': operation }, chain: ['x.op'], turns } as unknown as DialoguePlan;
  return replies33(plan, turns, 3, text);
}

describe('wave 33 replies', () => {
  const verify = op('post_senders_verify_domain_json', '/senders/verify-domain.json', 'Sends a verification email in order to verify ownership of a domain.');
  test('a status that means nothing was done is told so (openapi 2026-157)', () => {
    const result = { domain: 'silverlakebooks.co.uk', email: 'postmaster@silverlakebooks.co.uk', status: 'already_verified' };
    const said = reply(verify, { domain: 'silverlakebooks.co.uk' }, result, 'The email is postmaster@silverlakebooks.co.uk and the status is already verified.');
    assert.match(said, /^No [a-z ]*email was sent: silverlakebooks\.co\.uk is already verified\. The email is postmaster@silverlakebooks\.co\.uk\.$/);
    const lead = reply(verify, { domain: 'silverlakebooks.co.uk' }, result, 'According to the service, the email is postmaster@silverlakebooks.co.uk and the status is already verified.');
    assert.match(lead, /already verified\. According to the service, the email is postmaster/);
    // A status that says it was done stays as it was.
    const sent = 'The email is postmaster@silverlakebooks.co.uk and the status is sent.';
    assert.equal(reply(verify, { domain: 'silverlakebooks.co.uk' }, { ...result, status: 'sent' }, sent), sent);
  });
  test('a started job that is queued keeps its reply whole (openapi 2027-323)', () => {
    const exportRejects = op('post_exports_rejects_json', '/exports/rejects.json', 'Begins an export of your rejection blacklist.');
    const text = 'I started a job to export the rejection blacklist: its job ID is fuNMsVTH. Its status is queued. Once the job is done, its results can be fetched with that ID.';
    assert.equal(reply(exportRejects, {}, { id: 'fuNMsVTH', state: 'queued' }, text), text);
  });
  test('a share of 100 is said with "%" (rapidapi 2026-363)', () => {
    const astro = op('astronomy_api', '/astronomy.json', 'Astronomy.');
    assert.match(reply(astro, { q: 'Paris' }, { moon_illumination: '5' }, 'The moon phase is Waning Crescent and the moon illumination is 5.'), /illumination is 5%\.$/);
    assert.match(reply(astro, { q: 'Paris' }, { humidity: 73 }, 'The humidity is 73 and the weather is light rain.'), /humidity is 73% and/);
    assert.match(reply(astro, { q: 'Paris' }, { humidity: 73 }, 'The humidity is 73 percent.'), /73 percent\.$/);
  });
  test('a date of the record after a sentence about something else names the record (openapi 2026-254)', () => {
    const check = op('post_inbound_check_domain_json', '/inbound/check-domain.json', 'Check the MX settings for an inbound domain.');
    const said = reply(check, { domain: 'bluepeakoutdoors.de' }, { created_at: '2025-09-25T16:15:00Z', domain: 'bluepeakoutdoors.de', valid_mx: true }, 'The MX is valid. It was created on September 25, 2025 at 16:15 UTC.');
    assert.equal(said, 'The MX is valid. The domain was created on September 25, 2025 at 16:15 UTC.');
  });
  test('a chart global or per country, asked with no country, says it is global (rapidapi 2026-323)', () => {
    const top = op('top_200_songs_by_country_global', '/top_200_tracks', 'List top songs globally or for a country.');
    const text = 'The service returned 3 songs: Neon Cities, Lonely Mirrors and Silver Bridges.';
    assert.match(reply(top, { date: '2026-12-07' }, { songs: [] }, text), /global chart\.$/);
    assert.equal(reply(top, { date: '2026-12-07', country: 'fr' }, { songs: [] }, text), text);
  });
  test('a goodbye names what was asked about, not the result\'s parts (bundled 2026-122)', () => {
    const menu: RecordOperation = { ...op('getMenu', '/restaurants/{restaurantId}/menu', "Returns the menu sections of a restaurant."), method: 'GET' };
    assert.equal(askedThing33('the sections', menu), 'the menu');
    assert.equal(askedThing33('the albums', menu), 'the albums');
    assert.equal(askedThing33(undefined, menu), undefined);
  });
});
