import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meaningString } from '../../src/plan/_vocab.ts';
import { seriesHourByHour } from '../../src/plan/_mail-series19.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

test('a mail record\'s client_address is an IP, its mail_from and to are emails', () => withRng(dialogueRng(19, 1, 's19'), () => {
  assert.match(meaningString('client_address', 'take a raw mime document destined for a domain inbound') ?? '', /^\d+\.\d+\.\d+\.\d+$/);
  assert.match(meaningString('mail_from', '') ?? '', /^[^@\s]+@[^@\s]+\.\w+$/);
  assert.match(meaningString('to', 'send a raw mime message to an inbound mail route') ?? '', /@/);
  assert.match(meaningString('address', 'the recent history for a sender email') ?? '', /@/);
  assert.doesNotMatch(meaningString('to', 'send an sms to a recipient phone') ?? '', /@/);
}));

test('a time-series bucket time is a timestamp on the hour', () => withRng(dialogueRng(19, 2, 's19'), () => {
  assert.match(meaningString('time', 'search time series for messages') ?? '', /^\d{4}-\d\d-\d\dT\d\d:00:00Z$/);
}));

test('time-series buckets follow hour by hour and end on the asked end day', () => {
  const result = [{ time: '2026-01-03T05:00:00Z', sent: 1 }, { time: '2024-02-09T13:00:00Z', sent: 2 }, { time: '2025-05-01T00:00:00Z', sent: 3 }];
  seriesHourByHour(result, { name: 'post_messages_search_time_series_json' }, { date_to: '2024-10-07' }, new Set());
  assert.deepEqual(result.map((r) => r.time), ['2024-10-07T21:00:00Z', '2024-10-07T22:00:00Z', '2024-10-07T23:00:00Z']);
});

const mail = violationsOf('mail_field_meaning');
const bare = violationsOf('series_bare_time');

test('mail_field_meaning and series_bare_time are meaning invariants', () => {
  for (const id of ['mail_field_meaning', 'series_bare_time']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
});

test('a street as a client address or a code as a sender breaks mail_field_meaning; an IP and an email pass', () => {
  assert.deepEqual(mail(oneCall({ client_address: 'Azinhaga Luís Amorim 2' }, { ok: true })), ['mail_field_meaning']);
  assert.deepEqual(mail(oneCall({ mail_from: 'qquV2gn1YHFD' }, { ok: true })), ['mail_field_meaning']);
  assert.deepEqual(mail(oneCall({ client_address: '104.89.55.90', mail_from: 'kris@gmail.com' }, { ok: true })), []);
});

test('a bare clock time in a time-series bucket breaks series_bare_time; a full timestamp passes', () => {
  const series = (time: string) => [{ time, sent: 3 }, { time, sent: 4 }];
  assert.deepEqual(bare(oneCall({}, series('13:30'), { name: 'post_messages_search_time_series_json' })), ['series_bare_time']);
  assert.deepEqual(bare(oneCall({}, series('2024-10-07T13:00:00Z'), { name: 'post_messages_search_time_series_json' })), []);
  assert.deepEqual(bare(oneCall({}, series('13:30'), { name: 'get_opening_hours' })), []);
});
