/** Streets a record may be named after, as the dialogue's country has them (QUALITY.md E). */
import { streetsOfCity27, worldValue } from '../world/index.ts';
import { faker } from './_faker.ts';

/**
 * A street a shop may be named after ("Station Road Bakery"): a common one of the dialogue's country, never
 * Faker's "Kayla Parkway"; where the world knows no streets of the country, the city (`city`) instead.
 */
export function namedStreet25(city: () => string): string {
  const streets = streetsOfCity27((worldValue('country_code', false, () => '') as string | undefined) ?? 'US', worldValue('city', false, () => '') as string | undefined);
  return streets ? faker.helpers.arrayElement(streets as string[]) : city();
}
