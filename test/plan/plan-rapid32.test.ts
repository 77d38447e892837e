import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageOfQuery32, settleRapid32 } from '../../src/plan/_rapid32.ts';
import { settleAlerts32 } from '../../src/plan/_alerts-rapid32.ts';
import { eveningEvents32 } from '../../src/plan/_event-night-rapid32.ts';

const op = { summary: 'Search', description: '' };

test('the app id a search for a named app finds names that app; a topic search keeps its id', () => {
  const values = new Map<string, unknown>([['country', 'za'], ['appId', 'com.cremin.maps']]);
  packageOfQuery32(values, ['appId'], { search: 'PhotoFix' });
  assert.equal(values.get('appId'), 'com.cremin.photofix');
  const topic = new Map<string, unknown>([['appId', 'com.parisian.translate']]);
  packageOfQuery32(topic, ['appId'], { search: 'food' });
  assert.equal(topic.get('appId'), 'com.parisian.translate');
  const listed = { data: [{ title: 'Fit Tracker', appId: 'com.turcotte.budget', developer: 'Turcotte Labs' }] };
  settleRapid32(listed, new Set(), {}, op, true);
  assert.equal(listed.data[0]!.appId, 'com.turcotte.fittracker');
});

test('review versions rise with the review dates', () => {
  const result = { reviews: [{ date: '2025-10-05', version: '1.2.4' }, { date: '2025-08-08', version: '2.10.3' }, { date: '2025-05-08', version: '3.9.4' }] };
  settleRapid32(result, new Set(), {}, op, true);
  assert.deepEqual(result.reviews.map((r) => r.version), ['3.9.4', '2.10.3', '1.2.4']);
});

test("a VIN's maker code gives the decoded model's body; a sent VIN stays", () => {
  const result = { vin: '5UXZP4ZS95AA67410', vehicle: '2005 BMW 3 Series' };
  settleRapid32(result, new Set(), { vin: '5UXZP4ZS95AA67410' }, op, true);
  assert.equal(result.vehicle, '2005 BMW X5');
  assert.equal(result.vin, '5UXZP4ZS95AA67410');
});

test("a car search lists the searched make's models and names only that make", () => {
  const result = {
    carModels: [{ modelName: 'Nissan Leaf' }, { modelName: 'Colorado' }, { modelName: 'Boxster' }],
    carMakes: [{ makeName: 'Nissan' }, { makeName: 'Mazda' }, { makeName: 'Chevrolet' }],
    brands: [{ brandName: 'Nissan' }, { brandName: 'Kilback Partners' }, { brandName: 'Porsche' }],
  };
  settleRapid32(result, new Set(), { query: 'Nissan Leaf' }, op, true);
  assert.deepEqual(result.carModels.map((m) => m.modelName), ['Nissan Leaf', 'Altima', 'Sentra']);
  assert.deepEqual(result.carMakes.map((m) => m.makeName), ['Nissan']);
  assert.deepEqual(result.brands.map((m) => m.brandName), ['Nissan']);
});

test('alerts in France are named by colour and hazard, most severe first where documented', () => {
  const result = { regionCode: 'FR-ARA', alerts: [
    { event: 'Winter Storm Warning', severity: 'severe', headline: 'Winter Storm Warning in effect for the area' },
    { event: 'Flash Flood Emergency', severity: 'extreme', headline: 'Flash Flood Emergency in effect for the area' },
  ] };
  settleAlerts32(result, { regionCode: 'FR-ARA' }, 'List active alerts, most severe first.', () => true, true);
  assert.deepEqual(result.alerts.map((a) => a.event), ['Red Flood Warning', 'Orange Snow and Ice Warning']);
  assert.equal(result.alerts[1]!.headline, 'Orange Snow and Ice Warning in effect for the area');
  const us = { alerts: [{ event: 'Winter Storm Warning', severity: 'severe' }] };
  settleAlerts32(us, { regionCode: 'US-IL' }, '', () => true, true);
  assert.equal(us.alerts[0]!.event, 'Winter Storm Warning');
});

test('an event named for the night starts in the evening of its city', () => {
  const event = { name: 'Dubai Film Night', startsAt: '2027-02-18T06:15:00Z', venue: { name: 'Senger Arena', city: 'Dubai', countryCode: 'AE' } };
  eveningEvents32({ events: [event] }, () => true);
  assert.match(event.startsAt, /^2027-02-18T15:(00|30):00Z$/);
  const day = { name: 'Dubai Food Festival', startsAt: '2027-02-18T06:15:00Z', venue: { city: 'Dubai' } };
  eveningEvents32(day, () => true);
  assert.equal(day.startsAt, '2027-02-18T06:15:00Z');
});
