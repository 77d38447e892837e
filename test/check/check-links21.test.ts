/**
 * Links said to the user (QUALITY.md E), wave 21: the rule of src/check/_rules-links21.ts broken on purpose (the
 * seat map "https://all-hyena.name/" that the reading of 2026-12-07e found in bundled 228), and the generator
 * putting such links on the API's host.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const broken = violationsOf('link_random_domain');

/** getEvent answering with a seat map link that the assistant reads out (bundled 228 of that reading). */
const event = (result: Record<string, unknown>, said: string) =>
  oneCall({ eventId: 'evt_Z6kq3LmX8wPa' }, { eventId: 'evt_Z6kq3LmX8wPa', name: 'Yara Vale & the Cities', ...result }, { name: 'getEvent', path: '/events/{eventId}', text: 'Get details of an event.', response: `The name is Yara Vale & the Cities. The link is ${said}.` });

describe('links21 rule', () => {
  test('link_random_domain: "The link is https://all-hyena.name/." for an event\'s seat map', () => {
    assert.deepEqual(broken(event({ seatMapUrl: 'https://all-hyena.name/' }, 'https://all-hyena.name/')), ['link_random_domain']);
    assert.deepEqual(broken(event({ seatMap: { staticUrl: 'https://joyous-sandbar.net' } }, 'https://joyous-sandbar.net')), ['link_random_domain']);
    // On the API's host, naming the record: right.
    const own = 'https://api.ticketnest.example/v2/events/evt_Z6kq3LmX8wPa/seatmap';
    assert.deepEqual(broken(event({ seatMapUrl: own }, own)), []);
    // Unsaid, it is not shown to the user.
    assert.deepEqual(broken(event({ seatMapUrl: 'https://all-hyena.name/' }, 'on the API')), []);
  });

  test('another entity\'s link, or a domain of the record\'s own name, stays', () => {
    const company = oneCall({ q: 'Budapest' }, { company: { name: 'Budapest Records', website: 'https://www.budapest-records.com' } }, { name: 'searchCompanies', response: 'The website is https://www.budapest-records.com.' });
    assert.deepEqual(broken(company), []);
    const own = oneCall({ q: 'Budapest' }, { name: 'Budapest Records', url: 'https://budapest-records.com' }, { name: 'getLabel', response: 'The link is https://budapest-records.com.' });
    assert.deepEqual(broken(own), []);
    const artist = oneCall({ id: 'a1' }, { name: 'Rafa Fenn', external_urls: { spotify: 'https://open.spotify.com/artist/1' }, artist: { url: 'https://rafa-fenn.com' } }, { name: 'getArtist', response: 'The link is https://rafa-fenn.com.' });
    assert.deepEqual(broken(artist), []);
  });

  test('the generator puts a record\'s own links on the API\'s host (300 bundled dialogues)', async () => {
    let seatMaps = 0;
    for (const out of await assertGeneratorKeeps(['link_random_domain'], [bundledSpecsDir], 300)) {
      for (const m of out.json.matchAll(/"seatMapUrl":"([^"]+)"/g)) {
        assert.match(m[1]!, /^https:\/\/api\.ticketnest\.example\/v2\/events\/[^/]+\/seatmap$/);
        seatMaps++;
      }
    }
    assert.ok(seatMaps > 0);
  });
});
