/**
 * Street names as English-speaking countries have them (High Street, Station Road, Main Street), for cities the
 * world has no streets of: a street named after a Faker surname ("215 Cassin Avenue", "248 Okuneva Marg") is none.
 */
export const STREET_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['Main Street', 'Oak Street', 'Maple Avenue', 'Park Avenue', 'Elm Street', 'Washington Street', 'Pine Street', 'Cedar Lane', 'Lake Drive', 'Church Street', 'Market Street', 'Highland Avenue', 'Franklin Street', 'Spring Street', 'Lincoln Avenue', 'Hillside Drive', 'River Road', 'Mill Road', 'Center Street', 'Broad Street'],
  CA: ['Main Street', 'King Street', 'Queen Street', 'Church Street', 'Maple Avenue', 'Park Avenue', 'Victoria Street', 'Wellington Street', 'Elm Street', 'College Street'],
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Road', 'King Street', 'Queen Street', 'London Road', 'Manor Road', 'Green Lane', 'Albert Road', 'New Street', 'Church Road', 'School Lane', 'Chapel Street', 'North Street'],
  IE: ['Main Street', 'Church Street', 'Bridge Street', 'Patrick Street', 'Station Road', 'Church Road', 'Castle Street', 'Dame Street', 'Mill Street'],
  AU: ['George Street', 'Pitt Street', 'Elizabeth Street', 'Collins Street', 'King Street', 'Victoria Road', 'Church Street', 'High Street', 'Station Street', 'Queen Street', 'Beach Road'],
  NZ: ['Queen Street', 'High Street', 'Victoria Street', 'Cuba Street', 'Ponsonby Road', 'Great North Road', 'Dominion Road', 'Main Road', 'Willis Street'],
  ZA: ['Main Road', 'Long Street', 'Church Street', 'Jan Smuts Avenue', 'Oxford Road', 'Loop Street', 'Bree Street', 'Rivonia Road', 'Voortrekker Road', 'Beach Road'],
  IN: ['MG Road', 'Station Road', 'Nehru Road', 'Gandhi Road', 'Park Street', 'Church Street', 'Brigade Road', 'Linking Road', 'Residency Road', 'Temple Road', 'Lake Road', 'Hill Road'],
  NG: ['Allen Avenue', 'Broad Street', 'Marina Road', 'Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way', 'Ahmadu Bello Way', 'Bode Thomas Street', 'Admiralty Way'],
  GH: ['Oxford Street', 'Independence Avenue', 'Liberation Road', 'Ring Road', 'Castle Road', 'High Street', 'Kwame Nkrumah Avenue', 'Cantonments Road'],
};

/**
 * Streets of the lists above that are one city's landmark (Brigade Road is Bengaluru's, Collins Street
 * Melbourne's): never drawn for another city, so "184 Brigade Road, Mumbai" is never written (wave 27).
 */
export const CITY_STREETS27: Readonly<Record<string, string>> = {
  'Brigade Road': 'Bengaluru', 'Residency Road': 'Bengaluru', 'Linking Road': 'Mumbai', 'Park Street': 'Kolkata',
  'Pitt Street': 'Sydney', 'George Street': 'Sydney', 'Collins Street': 'Melbourne', 'Elizabeth Street': 'Melbourne',
  'Cuba Street': 'Wellington', 'Willis Street': 'Wellington', 'Ponsonby Road': 'Auckland', 'Dominion Road': 'Auckland',
  'Great North Road': 'Auckland', 'Dame Street': 'Dublin', 'Patrick Street': 'Cork', 'Long Street': 'Cape Town',
  'Loop Street': 'Cape Town', 'Bree Street': 'Cape Town', 'Jan Smuts Avenue': 'Johannesburg', 'Rivonia Road': 'Johannesburg',
  'Allen Avenue': 'Lagos', 'Adeola Odeku Street': 'Lagos', 'Awolowo Road': 'Lagos', 'Bode Thomas Street': 'Lagos',
  'Admiralty Way': 'Lagos', 'Herbert Macaulay Way': 'Lagos', 'Cantonments Road': 'Accra', 'Kwame Nkrumah Avenue': 'Accra',
};

/** The streets of a country that may stand in `city`: its common ones and the city's own landmarks, never another city's. */
export function streetsOfCity27(countryCode: string | undefined, city: string | undefined): readonly string[] | undefined {
  const streets = countryCode ? STREET_NAMES[countryCode] : undefined;
  if (!streets) return undefined;
  const own = streets.filter((s) => CITY_STREETS27[s] === undefined || CITY_STREETS27[s] === city);
  return own.length > 0 ? own : streets;
}

/** A house number (1–250) on a common street of an English-speaking country ("42 Station Road"); undefined for other countries. */
export function commonStreetAddress25(countryCode: string | undefined, int: (min: number, max: number) => number, city?: string): string | undefined {
  const streets = streetsOfCity27(countryCode, city);
  if (!streets) return undefined;
  return `${int(1, 250)} ${streets[int(0, streets.length - 1)]!}`;
}
