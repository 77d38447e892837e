/** Names of webcams that fit their city: the views a webcam of that city can have. */
import { onCoast } from '../world/index.ts';
import { faker } from './_faker.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const VIEWS = ['Harbour View', 'Old Town Square', 'Beach', 'City Skyline', 'Main Street', 'Cathedral Square', 'River Promenade', 'Central Station', 'Marina', 'Market Hall', 'Lighthouse', 'Botanical Garden', 'Ring Road', 'Ferry Terminal'];
const SEA_VIEW = /^(Harbour View|Beach|Marina|Lighthouse|Ferry Terminal)$/;
const INLAND_VIEWS = VIEWS.filter((v) => !SEA_VIEW.test(v));
/** A webcam's view: a harbour, beach or lighthouse only in a city on the coast (never "Prague: Beach"). */
export function webcamName(city: string): string {
  return `${city}: ${pick(onCoast(city) === false ? INLAND_VIEWS : VIEWS)}`;
}
