/**
 * About how many people live in the well-known cities (the city as people name it, in round figures), so that a
 * mock city record is of its size: Chicago never has 11 741 people. Rough on purpose; only the scale matters.
 */

/** City → [ISO country code, population]. */
const POPULATION: Readonly<Record<string, readonly [string, number]>> = {
  Lisbon: ['PT', 545_000], Porto: ['PT', 232_000], Toronto: ['CA', 2_794_000], Vancouver: ['CA', 662_000], Montreal: ['CA', 1_762_000],
  Osaka: ['JP', 2_750_000], Kyoto: ['JP', 1_460_000], Nairobi: ['KE', 4_397_000], 'Buenos Aires': ['AR', 3_121_000],
  Melbourne: ['AU', 5_078_000], Sydney: ['AU', 5_312_000], Berlin: ['DE', 3_645_000], Hamburg: ['DE', 1_841_000], Munich: ['DE', 1_472_000],
  Chicago: ['US', 2_697_000], Seattle: ['US', 737_000], Boston: ['US', 675_000], Austin: ['US', 961_000], Denver: ['US', 715_000],
  'San Francisco': ['US', 815_000], 'Los Angeles': ['US', 3_898_000], Miami: ['US', 442_000], 'New York': ['US', 8_336_000],
  'New York City': ['US', 8_336_000], Houston: ['US', 2_304_000], Phoenix: ['US', 1_608_000], Philadelphia: ['US', 1_603_000],
  'San Diego': ['US', 1_386_000], Dallas: ['US', 1_304_000], 'San Jose': ['US', 1_013_000], Seoul: ['KR', 9_586_000], Busan: ['KR', 3_349_000],
  Dublin: ['IE', 592_000], Cork: ['IE', 224_000], 'Cape Town': ['ZA', 4_618_000], Johannesburg: ['ZA', 5_635_000], Mumbai: ['IN', 12_442_000],
  Bengaluru: ['IN', 8_443_000], Delhi: ['IN', 16_787_000], Copenhagen: ['DK', 644_000], Vienna: ['AT', 1_931_000],
  'Mexico City': ['MX', 9_209_000], Guadalajara: ['MX', 1_385_000], Singapore: ['SG', 5_454_000], Prague: ['CZ', 1_357_000],
  Oslo: ['NO', 709_000], Bergen: ['NO', 286_000], Madrid: ['ES', 3_305_000], Barcelona: ['ES', 1_636_000], Valencia: ['ES', 792_000],
  Lima: ['PE', 9_752_000], Auckland: ['NZ', 1_693_000], Wellington: ['NZ', 215_000], London: ['GB', 8_982_000], Edinburgh: ['GB', 527_000],
  Manchester: ['GB', 552_000], Bristol: ['GB', 472_000], Paris: ['FR', 2_103_000], Lyon: ['FR', 522_000], Marseille: ['FR', 873_000],
  Milan: ['IT', 1_372_000], Rome: ['IT', 2_761_000], Naples: ['IT', 914_000], Amsterdam: ['NL', 921_000], Rotterdam: ['NL', 655_000],
  Stockholm: ['SE', 984_000], Gothenburg: ['SE', 604_000], Helsinki: ['FI', 664_000], Warsaw: ['PL', 1_863_000], Krakow: ['PL', 804_000],
  Budapest: ['HU', 1_706_000], Athens: ['GR', 643_000], Zurich: ['CH', 421_000], Geneva: ['CH', 203_000], Brussels: ['BE', 1_222_000],
  Antwerp: ['BE', 530_000], 'Bogotá': ['CO', 7_181_000], 'Medellín': ['CO', 2_533_000], Santiago: ['CL', 6_269_000],
  'São Paulo': ['BR', 12_325_000], 'Rio de Janeiro': ['BR', 6_748_000], Cairo: ['EG', 10_100_000], Casablanca: ['MA', 3_359_000],
  Lagos: ['NG', 15_388_000], Accra: ['GH', 2_514_000], Bangkok: ['TH', 10_539_000], Hanoi: ['VN', 8_054_000], Manila: ['PH', 1_846_000],
  Jakarta: ['ID', 10_562_000], 'Kuala Lumpur': ['MY', 1_982_000], Taipei: ['TW', 2_646_000], Tokyo: ['JP', 13_960_000],
  Istanbul: ['TR', 15_462_000], Dubai: ['AE', 3_331_000], 'Tel Aviv': ['IL', 460_000], Reykjavik: ['IS', 131_000],
  Beijing: ['CN', 21_540_000], Shanghai: ['CN', 24_870_000], Moscow: ['RU', 12_506_000], 'Hong Kong': ['HK', 7_482_000],
};

/** About how many people live in `city` (a well-known city's name as written), undefined for other names. */
export function cityPopulation(city: string): number | undefined {
  return POPULATION[city]?.[1];
}

/** The country code of a well-known city of that name, undefined for other names. */
export function cityCountry(city: string): string | undefined {
  return POPULATION[city]?.[0];
}

/** Well-known cities on a sea coast (a harbour, beaches, a lighthouse); the others lie inland or on a river or lake. */
const COASTAL = new Set([
  'Lisbon', 'Porto', 'Vancouver', 'Osaka', 'Melbourne', 'Sydney', 'Boston', 'Seattle', 'San Francisco', 'Los Angeles', 'Miami',
  'San Diego', 'Busan', 'Dublin', 'Cork', 'Cape Town', 'Mumbai', 'Copenhagen', 'Singapore', 'Oslo', 'Bergen', 'Barcelona', 'Valencia',
  'Lima', 'Auckland', 'Wellington', 'Edinburgh', 'Bristol', 'Marseille', 'Naples', 'Rotterdam', 'Stockholm', 'Gothenburg', 'Helsinki',
  'Athens', 'Rio de Janeiro', 'Casablanca', 'Lagos', 'Accra', 'Manila', 'Jakarta', 'Tokyo', 'Istanbul', 'Dubai', 'Tel Aviv',
  'Reykjavik', 'Hamburg', 'Amsterdam', 'Hong Kong', 'Shanghai', 'New York',
]);

/** Whether a well-known city lies on a sea coast (undefined for a city this list does not know). */
export function onCoast(city: string): boolean | undefined {
  if (COASTAL.has(city)) return true;
  return city in POPULATION ? false : undefined;
}

/** The well-known cities of a country (ISO code, either case), in the table's order; empty for one it does not know. */
export function citiesOfCountry(code: string): string[] {
  const want = code.toUpperCase() === 'UK' ? 'GB' : code.toUpperCase();
  return Object.keys(POPULATION).filter((c) => POPULATION[c]![0] === want);
}
