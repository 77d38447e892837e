/**
 * Schools are named as schools are (QUALITY.md E), wave 24: after their town, a saint, or a plain local place
 * ("St Mary's Primary School", "Riverside Academy", "Sydney High School"), never after a drawn street whose surname
 * and suffix no street has ("Lueilwitz Stravenue High School", "Goldner Club High School").
 */
import { faker } from './_faker.ts';

const PLACES = ["St Mary's", "St John's", "St Peter's", 'Holy Trinity', 'Oakwood', 'Riverside', 'Hillcrest', 'Westfield', 'Greenwood', 'Parkside', 'Elmwood', 'Lakeside', 'Kingsway', 'Northfield', 'Brookside', 'Fairview', 'Highfield', 'Church Road', 'Mill Lane', 'Station Road',
  "St Andrew's", "St Anne's", "St Patrick's", 'Ashford', 'Beechwood', 'Birchfield', 'Castle Hill', 'Cedar Grove', 'Clearwater', 'Eastbrook', 'Fernhill', 'Glenwood', 'Hawthorn', 'Heathfield', 'Kingsmead', 'Larkfield', 'Maplewood', 'Meadowbank', 'Oak Park', 'Queensway', 'Redhill', 'Rosewood', 'Southgate', 'Springfield', 'Summerhill', 'Thornbury', 'Valley Road', 'Westbury', 'Whitecliff', 'Woodlands'];
const KINDS = ['School', 'Primary School', 'High School', 'Academy'];

/** A school's name: its town's (`city`, when the dialogue has one) or a plain local place's, with its kind. */
export function schoolName24(city: string | undefined): string {
  const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);
  const stem = city !== undefined && city !== '' && faker.number.int({ min: 0, max: 2 }) === 0 ? city : pick(PLACES);
  return `${stem} ${pick(KINDS)}`;
}

/** A plain local place a school, library or hospital is named after ("Riverside", "St Mary's"). */
export const placeStem24 = (): string => faker.helpers.arrayElement(PLACES as unknown as string[]);
