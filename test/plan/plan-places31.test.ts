import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flightCarrier31 } from '../../src/plan/_flight-carrier31.ts';
import { settlePlaces31 } from '../../src/plan/_places31.ts';
import { withRegionSrid31 } from '../../src/plan/_srid-region31.ts';
import type { Param } from '../../src/specs/types.ts';

const recorded = () => ({ id: '74eb06f4', label: 'Volaris', detail: { schd_from: 'SCL', schd_to: 'MDE', ac_type: 'A20N', logo: 's3:AK_AXM.png', reg: '9M-RAH', callsign: 'AXM10', flight: 'AK10', operator: 'AXM' }, type: 'live' });

test('a flight found by an airline is that airline\'s: number, callsign, operator, registration, logo link', () => {
  const hit = recorded();
  flightCarrier31(hit, 'Volaris');
  assert.equal(hit.detail.flight, 'Y410');
  assert.equal(hit.detail.callsign, 'VOI10');
  assert.equal(hit.detail.operator, 'VOI');
  assert.match(hit.detail.reg, /^XA-[A-Z]{3}$/);
  assert.equal(hit.detail.logo, 'https://images.example.com/airlines/y4.png');
});

test('a flight found by its number is that number\'s airline; one of AirAsia keeps its own codes', () => {
  const hit = { ...recorded(), label: 'FD3210' };
  flightCarrier31(hit, 'FD3210');
  assert.deepEqual([hit.detail.flight, hit.detail.callsign, hit.detail.operator], ['FD3210', 'AIQ3210', 'AIQ']);
  const own = { ...recorded(), label: 'Search' };
  flightCarrier31(own, undefined);
  assert.deepEqual([own.detail.flight, own.detail.callsign, own.detail.operator, own.detail.reg], ['AK10', 'AXM10', 'AXM', own.detail.reg]);
  assert.match(own.detail.reg, /^9M-/);
});

test('a record with no flight is left alone', () => {
  const item = { label: 'Volaris', detail: { name: 'x', city: 'Lima' } };
  const before = JSON.stringify(item);
  flightCarrier31(item, 'Volaris');
  assert.equal(JSON.stringify(item), before);
});

test('a venue named after another city takes the event\'s city; one of its own city or kept stays', () => {
  const event = { location: 'Seoul', venueName: 'Memphis Music Room', fights: [] };
  settlePlaces31(event, new Set());
  assert.equal(event.venueName, 'Seoul Music Room');
  const home = { location: 'Memphis, TN', venueName: 'Memphis Music Room' };
  settlePlaces31(home, new Set());
  assert.equal(home.venueName, 'Memphis Music Room');
  const kept = { location: 'Seoul', venueName: 'Memphis Music Room' };
  settlePlaces31(kept, new Set([JSON.stringify('Memphis Music Room')]));
  assert.equal(kept.venueName, 'Memphis Music Room');
  const plain = { location: 'Seoul', venueName: 'Union Hall' };
  settlePlaces31(plain, new Set());
  assert.equal(plain.venueName, 'Union Hall');
});

test('a distance with a figure is not unlimited', () => {
  const hotel = { data: [{ distance: { unit: 'KILOMETERS', value: 1.5, displayValue: '1.5 km', isUnlimited: 'true' } }, { distance: { value: 0, isUnlimited: true } }] };
  settlePlaces31(hotel, new Set());
  assert.equal(hotel.data[0]!.distance.isUnlimited, 'false');
  assert.equal(hotel.data[1]!.distance.isUnlimited, true);
});

test('a srid listing several UTM zones beside region-wide systems keeps the region-wide ones', () => {
  const srid = { name: 'srid', in: 'query', required: false, schema: { type: 'integer', enum: [4326, 3005, 3857, 26907, 26908, 26909, 26910, 26911] } } as unknown as Param;
  assert.deepEqual(withRegionSrid31(srid).enum, [4326, 3005, 3857]);
  assert.deepEqual((withRegionSrid31(srid).schema as { enum: number[] }).enum, [4326, 3005, 3857]);
  const one = { ...srid, schema: { type: 'integer', enum: [4326, 26910] } } as unknown as Param;
  assert.equal(withRegionSrid31(one), one);
});
