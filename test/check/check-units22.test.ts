/**
 * Numbers said with their units (QUALITY.md E/F), wave 22: the rule of src/check/_rules-units22.ts broken on purpose
 * (the weather of the seed-77 rapidapi set, #33: "The temperature is 25.7 degrees"), and the generator saying the
 * scale of every temperature on the bundled weather API.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const unsaid = violationsOf('temperature_unit_unsaid');

/** The history call of rapidapi #33 (seed 77), answered by `response`. */
const weather = (response: string): ReturnType<typeof oneCall> =>
  oneCall({ dt: '2025-06-05', q: 'Bangkok' }, { date: '2025-06-05', temperature: 25.7, condition: 'Overcast' }, { name: 'history_weather_api', path: '/history.json', text: 'What was the weather in Bangkok on 2025-06-05?', response });

describe('units22 rules', () => {
  test('temperature_unit_unsaid: "The temperature is 25.7 degrees"', () => {
    assert.deepEqual(unsaid(weather('The temperature is 25.7 degrees and the condition is Overcast.')), ['temperature_unit_unsaid']);
    assert.deepEqual(unsaid(weather('The temperature is 25.7 degrees Celsius and the condition is Overcast.')), []);
    assert.deepEqual(unsaid(weather('The temperature is 78 degrees Fahrenheit and the condition is Overcast.')), []);
  });

  test('the generator says the scale of every temperature (200 bundled dialogues, seed 77)', async () => {
    let temperatures = 0;
    for (const out of await assertGeneratorKeeps(['temperature_unit_unsaid'], [bundledSpecsDir], 200, { seed: 77 })) {
      if (/\d degrees Celsius/.test(out.json)) temperatures++;
      assert.ok(!/\d degrees(?! (Celsius|Fahrenheit|of))/.test(out.json), `item ${out.index} says a bare temperature`);
    }
    assert.ok(temperatures >= 3, `${temperatures} temperatures said`);
  });
});
