/** One field's value means what its name and record say (QUALITY.md E): src/check/_rules-fields.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

describe('file format of a download', () => {
  const broken = violationsOf('file_format_mismatch');
  test('is one of the meaning invariants', () => {
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('file_format_mismatch'));
  });
  test('a file in another format than the call asked for breaks it', () => {
    assert.deepEqual(broken(oneCall({ geomarkId: 'g1', fileFormatExtension: 'gpkg' }, { geomarkId: 'g1', name: 'um-near.jpg' })), ['file_format_mismatch']);
    assert.deepEqual(broken(oneCall({ format: 'kmz' }, { files: [{ name: 'hence-aw.pdf' }] })), ['file_format_mismatch']);
  });
  test('the asked format, or a reply encoding, holds', () => {
    assert.deepEqual(broken(oneCall({ fileFormatExtension: 'kmz' }, { name: 'point.kmz' })), []);
    assert.deepEqual(broken(oneCall({ format: 'jpeg' }, { name: 'cover.jpg' })), []);
    assert.deepEqual(broken(oneCall({ format: 'json' }, { attachment: 'report.pdf' })), []);
    assert.deepEqual(broken(oneCall({}, { attachment: 'report.pdf' })), []);
  });
});

describe('a record type that names its kind', () => {
  const broken = violationsOf('kind_type_mismatch');
  test('a playlist of type "basic" breaks it', () => {
    assert.deepEqual(broken(oneCall({}, { playlists: { items: [{ id: 'p1', name: 'Chill', type: 'basic' }] } })), ['kind_type_mismatch']);
    assert.deepEqual(broken(oneCall({}, { album: { id: 'a1', type: 'default' } })), ['kind_type_mismatch']);
  });
  test('its own kind, or a stock word on a record of no media kind, holds', () => {
    assert.deepEqual(broken(oneCall({}, { playlists: { items: [{ id: 'p1', type: 'playlist' }] } })), []);
    assert.deepEqual(broken(oneCall({}, { accounts: [{ id: 'a1', type: 'standard' }] })), []);
  });
});

describe('an hour of the day', () => {
  const broken = violationsOf('hour_of_day');
  test('a fraction or a number past 23 breaks it', () => {
    assert.deepEqual(broken(oneCall({ date: '2025-01-01', hour: 40.27 }, { ok: true })), ['hour_of_day']);
    assert.deepEqual(broken(oneCall({}, { hours: [{ hour: 24, temp: 3 }] })), ['hour_of_day']);
  });
  test('a whole hour 0-23 holds', () => {
    assert.deepEqual(broken(oneCall({ hour: 0 }, { hours: [{ hour: 23 }] })), []);
  });
});
