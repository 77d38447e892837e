/**
 * Places named for an owner or a trade ("Hoppe's Kitchen", "Deli"): the owner's possessive reads cleanly.
 */
import { faker } from './_faker.ts';

/** Trades a small business is named for. */
export const TRADES = ['Bakery', 'Coffee Roasters', 'Books', 'Outdoor Gear', 'Street Kitchen', 'Florist', 'Bike Shop', 'Deli', 'Tailors', 'Pharmacy', 'Hardware', 'Wine Bar', 'Barbers', 'Pet Supplies', 'Tea House', 'Bagels', 'Ice Cream', 'Records', 'Opticians', 'Noodle Bar'];

/** A surname that owns a place ("Hoppe's Kitchen"): one ending in s is drawn again, since "Johns's Kitchen" reads as a typo. */
export function ownerSurname(): string {
  let name = faker.person.lastName();
  for (let attempt = 0; /s$/i.test(name) && attempt < 4; attempt++) name = faker.person.lastName();
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
