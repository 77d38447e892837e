/**
 * The dates of one record agree (QUALITY.md E), wave 32: `event_before_made` and `schedule_in_past` broken on
 * purpose with the values the readers found in the seed-88 openapi set (a Mandrill sending domain created on
 * November 23, 2025 whose DKIM is "valid from June 3, 2025"; an email rescheduled to March 28, 2024), good values
 * passing; and the generator's fixes (_dates32.ts, _links-dates32.ts) keeping them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { aheadSchedules32, settleRecordDates32 } from '../../src/plan/_dates32.ts';
import { settleMailParties32, settleServiceLinks32 } from '../../src/plan/_links-dates32.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';

const early = violationsOf('event_before_made');
const past = violationsOf('schedule_in_past');
const addDomain = { name: 'addSenderDomain', path: '/senders/add-domain.json', method: 'POST', text: 'Add a sender domain.' };
const domain = (validAfter: string) => ({ created_at: '2025-11-23T20:45:00Z', dkim: { valid: true, valid_after: validAfter }, domain: 'oakandironfurniture.com', last_tested_at: '2026-03-16T00:45:00Z' });
const said = (day: string) => `I added the sender domain. It was created on November 23, 2025 at 20:45 UTC and it is valid from ${day}.`;
const reschedule = (sendAt: string) => ({ name: 'rescheduleMessage', path: '/messages/reschedule.json', method: 'POST', text: 'Reschedule my email.', response: `The send time is now ${sendAt}.` });
const message = (sendAt: string) => ({ _id: '512xaq6u', created_at: '2026-03-16T03:45:00Z', send_at: sendAt, subject: 'Invoice attached' });

describe('dates32', () => {
  test('event_before_made: a domain created in November is valid from June, said', () => {
    assert.deepEqual(early(oneCall({ domain: 'oakandironfurniture.com' }, domain('2025-06-03'), { ...addDomain, response: said('June 3, 2025') })), ['event_before_made']);
    assert.deepEqual(early(oneCall({ domain: 'oakandironfurniture.com' }, domain('2025-12-05'), { ...addDomain, response: said('December 5, 2025') })), []);
    // Not said to the user: a filler field no one reads is left to other rules.
    assert.deepEqual(early(oneCall({ domain: 'oakandironfurniture.com' }, domain('2025-06-03'), { ...addDomain, response: 'I added the sender domain.' })), []);
  });

  test('schedule_in_past: an email rescheduled to two years ago', () => {
    assert.deepEqual(past(oneCall({ id: '512xaq6u', send_at: '2024-03-28T05:30:00Z' }, message('2024-03-28T05:30:00Z'), reschedule('March 28, 2024'))), ['schedule_in_past']);
    assert.deepEqual(past(oneCall({ id: '512xaq6u', send_at: '2026-04-21T05:30:00Z' }, message('2026-04-21T05:30:00Z'), reschedule('April 21, 2026'))), []);
    // A read's bound (`scheduled_before`) is a filter, no schedule.
    assert.deepEqual(past(oneCall({ scheduled_before: '2024-03-28' }, [], { name: 'listScheduled', path: '/messages/list-scheduled' })), []);
  });

  test('the generator: a send time ahead, events after the making, a new record made today', () => {
    const values = new Map<string, unknown>([['id', '512xaq6u'], ['send_at', '2024-03-28T05:30:00Z'], ['date_from', '2024-03-28']]);
    assert.equal(aheadSchedules32({ effect: 'action' }, values), true);
    assert.ok((values.get('send_at') as string) > REFERENCE_DATE);
    assert.equal((values.get('send_at') as string).slice(10), 'T05:30:00Z');
    assert.equal(values.get('date_from'), '2024-03-28');
    assert.equal(aheadSchedules32({ effect: 'read' }, new Map([['send_at', '2024-03-28T05:30:00Z']])), false);

    const made = { ...domain('2025-06-03'), spf: { valid: true, valid_after: '2025-02-08' }, verified_at: '2025-02-09T15:15:00Z' } as Record<string, unknown>;
    settleRecordDates32(made, { domain: 'oakandironfurniture.com' }, 'create', new Set());
    assert.equal((made.created_at as string).slice(0, 10), REFERENCE_DATE);
    for (const check of [made.dkim, made.spf] as Array<{ valid_after: string }>) {
      assert.ok(check.valid_after >= REFERENCE_DATE && check.valid_after <= (made.last_tested_at as string).slice(0, 10), check.valid_after);
    }
    assert.ok((made.verified_at as string) >= (made.created_at as string));
    // A list's items are records of their own: one item's making never dates another's events.
    const list = { created_at: '2026-01-01T00:00:00Z', items: [{ updated_at: '2025-05-01T00:00:00Z' }] };
    settleRecordDates32(list, {}, 'read', new Set());
    assert.equal(list.items[0]!.updated_at, '2025-05-01T00:00:00Z');
  });

  test('the generator: service links on their host, an email addressed', () => {
    const artist = { external_urls: { spotify: 'https://winged-swanling.biz/' }, id: '7HkRJUErm1PSNVe8omttjk', name: 'The Bridges', type: 'artist' };
    const sector = { key: '9o7MsYvR3Q6Z', name: 'Technology', twitterFeedUsername: 'danielm', flickrUri: 'https://musty-polarisation.biz', youtubeUri: 'https://scented-casket.net/', facebookPictureUri: 'https://images.example.com/x.jpg' };
    settleServiceLinks32({ artists: [artist] }, 'spotify__web-api', {}, new Set());
    settleServiceLinks32(sector, 'bcgov__news', {}, new Set());
    assert.equal(artist.external_urls.spotify, 'https://open.spotify.com/artist/7HkRJUErm1PSNVe8omttjk');
    assert.equal(sector.twitterFeedUsername, 'bcgovtechnology');
    assert.match(sector.flickrUri, /^https:\/\/www\.flickr\.com\/photos\/bcgovtechnology/);
    assert.match(sector.youtubeUri, /^https:\/\/www\.youtube\.com\/@bcgovtechnology$/);
    assert.equal(sector.facebookPictureUri, 'https://images.example.com/x.jpg');

    const mail = { _id: '7bkrpGW2', from_email: 'dferreira@proton.me', subject: 'Question about my order', to: '2025-01-02' };
    settleMailParties32(mail, new Set());
    assert.match(mail.to, /^[a-z]+\.[a-z]+@[a-z.]+$/);
  });
});
