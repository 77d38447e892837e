/**
 * Speech built from what a person says, not from the spec's words (wave 34, QUALITY.md A, G, J; reading 33 of the
 * rapidapi and bundled sets): vague topics in tiers ("rankings" before "grids"), terse requests with the API's domain
 * ("get all crypto exchanges"), alternatives resolved by the dialogue's values, ticket offers said as offers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DialoguePlan, RecordOperation } from '../../src/plan/types.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { topicTiers34 } from '../../src/realize/_topics33.ts';
import { resolvedAlternatives34, spokenRequest34 } from '../../src/realize/_speech34.ts';
import { offerParts34 } from '../../src/realize/_offers-speech34.ts';

const op = (api: string, name: string, path: string, description: string): RecordOperation =>
  ({ name, api, description, method: 'GET', path, parameters: { type: 'object', properties: {} } }) as unknown as RecordOperation;

const planWith = (target: RecordOperation, slots: { param: string; value: unknown }[]): DialoguePlan =>
  ({ operations: { 'a.b': target }, slots: slots.map((s) => ({ ...s, operation: 'a.b' })) }) as unknown as DialoguePlan;

describe('speech a person says (wave 34)', () => {
  it('names the ranking before the bare path word "grids", which is a last-tier topic', () => {
    const o = op('local_rank_tracker', 'Full Grid Search', '/grid', 'Make a full grid search and get the ranking of a specific business in every coordinate point in the grid.');
    const [first, last] = topicTiers34(o, vagueTopics(o, undefined));
    assert.deepEqual(first, ['rankings']);
    assert.deepEqual(last, ['grids']);
  });
  it('never names the place of "schools around a geo location" as a topic', () => {
    const o = op('realty_in_au', 'schools/list', '/schools/list', 'List schools around a GEO location');
    const [first, last] = topicTiers34(o, vagueTopics(o, undefined));
    assert.deepEqual([first, last], [['schools'], []]);
  });
  it("gives a terse request the domain of the API's title, never one its path stacks", () => {
    const o = op('coinlore_cryptocurrency', 'Get exchanges', '/api/exchanges/', 'Get all exchanges');
    assert.equal(spokenRequest34('get all exchanges', o, 'Coinlore Crypto Currency'), 'get all crypto exchanges');
    const golf = op('live_golf_data', 'organizations', '/organizations', 'List organizations');
    assert.equal(spokenRequest34('list organizations', golf, 'Live Golf Data'), 'list golf organizations');
    const news = op('financial_business_news_api', 'list publishers', '/api/v1/news/list-publishers', 'List publishers');
    assert.equal(spokenRequest34('list publishers', news, 'Financial Business News'), 'list publishers');
    assert.equal(spokenRequest34('list cities', op('geo', 'cities', '/cities', 'List cities'), 'Geography'), 'list cities');
  });
  it('says a geo location as a location', () => {
    const o = op('realty_in_au', 'schools/list', '/schools/list', 'List schools around a GEO location');
    assert.equal(spokenRequest34('list schools around a geo location', o, 'Realty In Au'), 'list schools near a location');
  });
  it('says the future weather and a product shop as a person does', () => {
    const w = op('weatherapi_com', 'Future Weather API', '/future.json', 'Future weather API method returns weather in a 3 hourly interval in future.');
    assert.equal(spokenRequest34('get the future weather for a date', w, 'WeatherAPI.com'), 'get the weather for a future date');
    assert.equal(spokenRequest34('search in steam shop', op('steam', 'Search', '/search/{term}', 'Search in steam shop'), 'Steam'), 'search the Steam shop');
  });
  it("resolves alternatives by the dialogue's values", () => {
    const radio = op('spotify_v3', 'Get radio playlist', '/seed_to_playlist', 'Get artist or song radio');
    const said = spokenRequest34('get artist or song radio', radio, 'Spotify');
    assert.equal(said, 'get radio for an artist or a song');
    assert.deepEqual(resolvedAlternatives34(planWith(radio, [{ param: 'uri', value: 'spotify:artist:OdELxM2tOkss4raUXtW1uw' }]), radio, [said]), ['get radio for an artist']);
    assert.deepEqual(resolvedAlternatives34(planWith(radio, [{ param: 'uri', value: 'spotify:track:OdELxM2tOkss4raUXtW1uw' }]), radio, [said]), ['get radio for a song']);
    assert.deepEqual(resolvedAlternatives34(planWith(radio, [{ param: 'uri', value: 'OdELxM2tOkss4raUXtW1uw' }]), radio, [said]), [said]);
    const top = op('spotify_v3', 'Top 200 songs by country / global', '/top_200_tracks', '');
    assert.deepEqual(resolvedAlternatives34(planWith(top, [{ param: 'date', value: '2026-12-07' }]), top, ['list top songs globally or for a country']), ['list top songs globally']);
    assert.deepEqual(resolvedAlternatives34(planWith(top, [{ param: 'country', value: 'BR' }]), top, ['list top songs globally or for a country']), ['list top songs for a country']);
  });
  it('says ticket offers as offers, and leaves other lists alone', () => {
    const parts = ['the ticket type is standard, the price is 815 PLN, the area is H8', 'the ticket type is accessible, the price is 110 PLN, the area is E4'];
    assert.deepEqual(offerParts34(parts), ['a standard ticket for 815 PLN in area H8', 'an accessible ticket for 110 PLN in area E4']);
    const other = ['the name is A, the price is 5 USD', 'the name is B, the price is 6 USD'];
    assert.equal(offerParts34(other), other);
  });
});

describe('a field list without the name the user gives (wave 34)', () => {
  it('drops the name from a request in a chain, keeps it alone', () => {
    const get = op('shop', 'getProduct', '/products/{productId}', "Returns a product's name, description, price, stock level and variants.");
    const chain = { operations: { 'a.a': get, 'a.b': get }, slots: [] } as unknown as DialoguePlan;
    assert.deepEqual(resolvedAlternatives34(chain, get, ["get a product's name, description and variants", "get a playlist's name and public"]), ["get a product's description and variants", "get a playlist's name and public"]);
    assert.deepEqual(resolvedAlternatives34(planWith(get, []), get, ["get a product's name, description and variants"]), ["get a product's name, description and variants"]);
  });
});
