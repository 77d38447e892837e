/**
 * Cars in tool results (QUALITY.md E), wave 22: the rules of src/check/_rules-cars22.ts broken on purpose on the
 * records the reading of 2026-12-07f found (rapidapi 317, 140, 56), and the generator's fit of car mocks
 * (src/plan/_vehicles22.ts) keeping them: figures of one engine, names for codes, years apart, a make's models.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitVehicles22, yearOfVin } from '../../src/plan/_vehicles22.ts';
import { itemYears } from '../../src/realize/_item-years22.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const car = (city: number, combined: number, highway: number, cylinders: number, litres: number, year: number): Record<string, unknown> => ({ city_mpg: city, combined_mpg: combined, cylinders, engine_displacement_liters: litres, drive_axle_type: 'All-Wheel Drive', fuel_type: 'Premium', highway_mpg: highway, make: 'Bugatti', model: 'Chiron', transmission: 'Automatic (AM-S7)', vehicle_size_class: 'Two Seaters', model_year: year });
/** Rapidapi 317 of that reading, with one combined figure put outside its bounds. */
const chirons = (): Record<string, unknown>[] => [car(9, 11, 14, 16, 8, 2023), car(8, 32, 38, 16, 8, 2020), car(23, 18, 11, 16, 3, 2022)];
const ARGS = { model: 'Chiron', make: 'Bugatti' };
const fuel = { name: 'get_fuel_economy_information', path: '/fueleconomy', text: 'Get fuel economy information.' };

describe('cars22 rules', () => {
  test('mpg_combined_outside: combined 18 beside city 23 and highway 11 passes, 31 beside 8 and 11 does not', () => {
    const broken = chirons();
    broken[1]!.combined_mpg = 31;
    broken[1]!.highway_mpg = 11;
    assert.deepEqual(violationsOf('mpg_combined_outside')(oneCall(ARGS, broken, fuel)), ['mpg_combined_outside']);
    assert.deepEqual(violationsOf('mpg_combined_outside')(oneCall(ARGS, chirons(), fuel)), []);
  });

  test('placeholder_make_said: "the make is MK-39321" (rapidapi 140)', () => {
    const result = { vin: 'F68AYY2905JA22974', make: 'MK-39321', model: 'MDL-97529', year: 2008, body_type: 'Coupe' };
    const vin = { name: 'decode_vin', path: '/vindecoder', text: 'Decode a VIN.' };
    assert.deepEqual(violationsOf('placeholder_make_said')(oneCall({ vin: result.vin }, result, { ...vin, response: 'According to the service, the make is MK-39321, the model is MDL-97529, the year is 2008.' })), ['placeholder_make_said']);
    const fitted = structuredClone(result);
    fitVehicles22(fitted, { args: { vin: result.vin }, keep: new Set() });
    assert.ok(!/\d/.test(fitted.make) && !/^MDL-/.test(fitted.model), JSON.stringify(fitted));
    assert.deepEqual(violationsOf('placeholder_make_said')(oneCall({ vin: result.vin }, fitted, { ...vin, response: `According to the service, the make is ${fitted.make}, the model is ${fitted.model}, the year is 2008.` })), []);
  });

  test('same_model_untold: three Chirons read out without their years (rapidapi 56)', () => {
    const said = 'I found 3 results: the city mpg is 9, the combined mpg is 11; the city mpg is 8, the combined mpg is 10; and the city mpg is 9, the combined mpg is 12.';
    assert.deepEqual(violationsOf('same_model_untold')(oneCall(ARGS, chirons(), { ...fuel, response: said })), ['same_model_untold']);
    const told = 'I found 3 results: for the 2023 model, the city mpg is 9; for the 2020 model, the city mpg is 8; and for the 2022 model, the city mpg is 9.';
    assert.deepEqual(violationsOf('same_model_untold')(oneCall(ARGS, chirons(), { ...fuel, response: told })), []);
  });
});

describe('cars22 generator fit', () => {
  test('three Chirons: one 16-cylinder 8-litre engine, combined between city and highway, years apart and sold', () => {
    const list = chirons();
    list[2]!.model_year = 2023;
    fitVehicles22(list, { args: ARGS, keep: new Set() });
    const years = list.map((c) => c.model_year as number);
    assert.equal(new Set(years).size, 3);
    for (const c of list) {
      assert.equal(c.cylinders, 16);
      assert.equal(c.engine_displacement_liters, 8);
      const [city, hwy, comb] = [c.city_mpg, c.highway_mpg, c.combined_mpg] as number[];
      assert.ok(city! < hwy! && comb! >= city! && comb! <= hwy! && hwy! < 20, JSON.stringify(c));
      assert.ok((c.model_year as number) >= 2017 && (c.model_year as number) <= 2023, String(c.model_year));
    }
    // The reply leads each by its year.
    assert.deepEqual(itemYears(list)?.said, years.map((y) => `the ${y} model`));
  });

  test("a VIN's tenth character is the year of its record and of the vehicle it names", () => {
    assert.equal(yearOfVin('5N3AA08D68N901917'), 2008);
    assert.equal(yearOfVin('CDZE0Z73XGHN23291'), 2016);
    const kept = { vin: '5N3AA08D68N901917', vehicle: '2008 Infiniti QX56 Base', mean: 10353.1 };
    fitVehicles22(kept, { args: { vin: kept.vin }, keep: new Set() });
    assert.equal(kept.vehicle, '2008 Infiniti QX56 Base');
    const other = { vin: 'CDZE0Z73XGHN23291', vehicle: '2008 Infiniti QX56 Base', mean: 10353.1 };
    fitVehicles22(other, { args: { vin: other.vin }, keep: new Set() });
    assert.match(other.vehicle, /^2016 [A-Z]/);
  });

  test('a Chevrolet Bolt found by search has generations from 2017, none past its last year (rapidapi 261)', () => {
    const result = { generations: [{ id: 3000, generation: 1, start_year: 2011, end_year: 2017 }, { id: 621, generation: 2, start_year: 2018, end_year: 2023 }, { id: 2478, generation: 3, start_year: 2024, end_year: 2026 }] };
    fitVehicles22(result, { args: { modelId: 741497 }, sourceQuery: 'Chevrolet Bolt', keep: new Set() });
    assert.ok(result.generations.length >= 1 && result.generations.length <= 2);
    assert.equal(result.generations[0]!.start_year, 2017);
    assert.equal(result.generations[result.generations.length - 1]!.end_year, 2023);
  });

  test('product categories of a car search are goods for a car, each named alike in all its names (rapidapi 248)', () => {
    const result = { productCategories: [{ id: 395065, productGroupName: 'Clothing', singularName: 'Travel', pluralName: 'Convertible Car Seats' }, { id: 186261, productGroupName: 'Convertible Car Seats', singularName: 'Travel', pluralName: 'Sports' }, { id: 28678, productGroupName: 'Convertible Car Seats', singularName: 'General', pluralName: 'Technology' }] };
    fitVehicles22(result, { args: { query: 'pors' }, keep: new Set() });
    const names = result.productCategories.map((c) => c.productGroupName);
    assert.equal(new Set(names).size, 3, names.join(', '));
    for (const c of result.productCategories) {
      assert.equal(c.pluralName, c.productGroupName);
      assert.ok(c.productGroupName.startsWith(c.singularName.slice(0, 4)) && c.singularName !== c.productGroupName, `${c.singularName} of ${c.productGroupName}`);
    }
  });

  test('a search for "pors" lists Porsche models (rapidapi 248)', () => {
    const result = { carModels: [{ id: 162885, modelName: 'Jetta', searchValue: 'pors' }, { id: 184712, modelName: 'CTS', searchValue: 'pors' }], carMakes: [{ id: 344597, makeName: 'NIO' }, { id: 44, makeName: 'Maruti' }] };
    fitVehicles22(result, { args: { query: 'pors' }, keep: new Set() });
    assert.equal(result.carMakes[0]!.makeName, 'Porsche');
    assert.ok(result.carModels.every((m) => m.modelName.startsWith('Porsche ')), JSON.stringify(result.carModels));
    assert.equal(new Set(result.carModels.map((m) => m.modelName)).size, 2);
  });
});
