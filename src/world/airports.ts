/**
 * Real airports by IATA code (the codes `places.ts` gives each well-known city): their own names and where they are,
 * so ICN is Incheon International Airport at 37.46, 126.44, never "Seoul International Airport" at Seoul's city centre.
 */
export interface Airport {
  name: string;
  lat: number;
  lon: number;
  /** Its passenger terminals, where they are well known (LAX has eight and Tom Bradley, YYZ has 1 and 3, never "T1, T2, T3"). */
  terminals?: readonly string[];
}

/** Passenger terminals of the known airports that have several (one-building airports are left out: a list of one reads oddly). */
const TERMINALS: Readonly<Record<string, readonly string[]>> = {
  LIS: ['T1', 'T2'], YYZ: ['T1', 'T3'], YVR: ['Domestic', 'International'], KIX: ['T1', 'T2'], MEL: ['T1', 'T2', 'T3', 'T4'],
  SYD: ['T1', 'T2', 'T3'], BER: ['T1', 'T2'], HAM: ['T1', 'T2'], MUC: ['T1', 'T2'], ORD: ['T1', 'T2', 'T3', 'T5'],
  BOS: ['A', 'B', 'C', 'E'], SFO: ['T1', 'T2', 'T3', 'International'], MIA: ['North', 'Central', 'South'],
  LAX: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'Tom Bradley International'], ICN: ['T1', 'T2'], DUB: ['T1', 'T2'],
  BOM: ['T1', 'T2'], BLR: ['T1', 'T2'], CPH: ['T2', 'T3'], VIE: ['T1', 'T2', 'T3'], MEX: ['T1', 'T2'],
  SIN: ['T1', 'T2', 'T3', 'T4'], PRG: ['T1', 'T2'], MAD: ['T1', 'T2', 'T3', 'T4', 'T4S'], BCN: ['T1', 'T2'],
  AKL: ['International', 'Domestic'], CDG: ['T1', 'T2', 'T3'], FCO: ['T1', 'T3'], DXB: ['T1', 'T2', 'T3'], TLV: ['T1', 'T3'],
  HND: ['T1', 'T2', 'T3'], KUL: ['T1', 'T2'], TPE: ['T1', 'T2'], CGK: ['T1', 'T2', 'T3'], CAI: ['T1', 'T2', 'T3'],
  GRU: ['T1', 'T2', 'T3'], GIG: ['T1', 'T2'], ACC: ['T1', 'T2', 'T3'],
};

const AIRPORTS: Readonly<Record<string, Airport>> = {
  LIS: { name: 'Humberto Delgado Airport', lat: 38.7742, lon: -9.1342 },
  OPO: { name: 'Francisco Sá Carneiro Airport', lat: 41.2481, lon: -8.6814 },
  YYZ: { name: 'Toronto Pearson International Airport', lat: 43.6777, lon: -79.6248 },
  YVR: { name: 'Vancouver International Airport', lat: 49.1967, lon: -123.1815 },
  YUL: { name: 'Montréal-Trudeau International Airport', lat: 45.4706, lon: -73.7408 },
  KIX: { name: 'Kansai International Airport', lat: 34.4347, lon: 135.2440 },
  NBO: { name: 'Jomo Kenyatta International Airport', lat: -1.3192, lon: 36.9278 },
  EZE: { name: 'Ministro Pistarini International Airport', lat: -34.8222, lon: -58.5358 },
  MEL: { name: 'Melbourne Airport', lat: -37.6690, lon: 144.8410 },
  SYD: { name: 'Sydney Kingsford Smith Airport', lat: -33.9399, lon: 151.1753 },
  BER: { name: 'Berlin Brandenburg Airport', lat: 52.3667, lon: 13.5033 },
  HAM: { name: 'Hamburg Airport', lat: 53.6304, lon: 9.9882 },
  MUC: { name: 'Munich Airport', lat: 48.3538, lon: 11.7861 },
  ORD: { name: 'O\'Hare International Airport', lat: 41.9742, lon: -87.9073 },
  SEA: { name: 'Seattle-Tacoma International Airport', lat: 47.4502, lon: -122.3088 },
  BOS: { name: 'Logan International Airport', lat: 42.3656, lon: -71.0096 },
  AUS: { name: 'Austin-Bergstrom International Airport', lat: 30.1975, lon: -97.6664 },
  DEN: { name: 'Denver International Airport', lat: 39.8561, lon: -104.6737 },
  SFO: { name: 'San Francisco International Airport', lat: 37.6213, lon: -122.3790 },
  LAX: { name: 'Los Angeles International Airport', lat: 33.9416, lon: -118.4085 },
  MIA: { name: 'Miami International Airport', lat: 25.7959, lon: -80.2870 },
  ICN: { name: 'Incheon International Airport', lat: 37.4602, lon: 126.4407 },
  PUS: { name: 'Gimhae International Airport', lat: 35.1795, lon: 128.9382 },
  DUB: { name: 'Dublin Airport', lat: 53.4264, lon: -6.2499 },
  ORK: { name: 'Cork Airport', lat: 51.8413, lon: -8.4911 },
  CPT: { name: 'Cape Town International Airport', lat: -33.9715, lon: 18.6021 },
  JNB: { name: 'O. R. Tambo International Airport', lat: -26.1392, lon: 28.2460 },
  BOM: { name: 'Chhatrapati Shivaji Maharaj International Airport', lat: 19.0896, lon: 72.8656 },
  BLR: { name: 'Kempegowda International Airport', lat: 13.1986, lon: 77.7066 },
  CPH: { name: 'Copenhagen Airport', lat: 55.6180, lon: 12.6508 },
  VIE: { name: 'Vienna International Airport', lat: 48.1103, lon: 16.5697 },
  MEX: { name: 'Mexico City International Airport', lat: 19.4361, lon: -99.0719 },
  GDL: { name: 'Guadalajara International Airport', lat: 20.5218, lon: -103.3112 },
  SIN: { name: 'Singapore Changi Airport', lat: 1.3644, lon: 103.9915 },
  PRG: { name: 'Václav Havel Airport Prague', lat: 50.1008, lon: 14.2600 },
  OSL: { name: 'Oslo Airport, Gardermoen', lat: 60.1976, lon: 11.1004 },
  BGO: { name: 'Bergen Airport, Flesland', lat: 60.2934, lon: 5.2181 },
  MAD: { name: 'Adolfo Suárez Madrid-Barajas Airport', lat: 40.4983, lon: -3.5676 },
  BCN: { name: 'Barcelona-El Prat Airport', lat: 41.2974, lon: 2.0833 },
  VLC: { name: 'Valencia Airport', lat: 39.4893, lon: -0.4816 },
  LIM: { name: 'Jorge Chávez International Airport', lat: -12.0219, lon: -77.1143 },
  AKL: { name: 'Auckland Airport', lat: -37.0082, lon: 174.7850 },
  WLG: { name: 'Wellington International Airport', lat: -41.3272, lon: 174.8053 },
  EDI: { name: 'Edinburgh Airport', lat: 55.9500, lon: -3.3725 },
  MAN: { name: 'Manchester Airport', lat: 53.3588, lon: -2.2727 },
  BRS: { name: 'Bristol Airport', lat: 51.3827, lon: -2.7191 },
  CDG: { name: 'Paris Charles de Gaulle Airport', lat: 49.0097, lon: 2.5479 },
  LYS: { name: 'Lyon-Saint-Exupéry Airport', lat: 45.7256, lon: 5.0811 },
  MRS: { name: 'Marseille Provence Airport', lat: 43.4393, lon: 5.2214 },
  MXP: { name: 'Milan Malpensa Airport', lat: 45.6301, lon: 8.7231 },
  FCO: { name: 'Leonardo da Vinci-Fiumicino Airport', lat: 41.8003, lon: 12.2389 },
  NAP: { name: 'Naples International Airport', lat: 40.8860, lon: 14.2908 },
  AMS: { name: 'Amsterdam Airport Schiphol', lat: 52.3105, lon: 4.7683 },
  RTM: { name: 'Rotterdam The Hague Airport', lat: 51.9569, lon: 4.4372 },
  ARN: { name: 'Stockholm Arlanda Airport', lat: 59.6498, lon: 17.9238 },
  GOT: { name: 'Göteborg Landvetter Airport', lat: 57.6628, lon: 12.2798 },
  HEL: { name: 'Helsinki Airport', lat: 60.3172, lon: 24.9633 },
  WAW: { name: 'Warsaw Chopin Airport', lat: 52.1657, lon: 20.9671 },
  KRK: { name: 'Kraków John Paul II International Airport', lat: 50.0777, lon: 19.7848 },
  BUD: { name: 'Budapest Ferenc Liszt International Airport', lat: 47.4384, lon: 19.2611 },
  ATH: { name: 'Athens International Airport', lat: 37.9364, lon: 23.9445 },
  ZRH: { name: 'Zurich Airport', lat: 47.4582, lon: 8.5555 },
  GVA: { name: 'Geneva Airport', lat: 46.2370, lon: 6.1091 },
  BRU: { name: 'Brussels Airport', lat: 50.9010, lon: 4.4844 },
  ANR: { name: 'Antwerp International Airport', lat: 51.1894, lon: 4.4603 },
  BOG: { name: 'El Dorado International Airport', lat: 4.7016, lon: -74.1469 },
  MDE: { name: 'José María Córdova International Airport', lat: 6.1645, lon: -75.4231 },
  SCL: { name: 'Arturo Merino Benítez International Airport', lat: -33.3930, lon: -70.7858 },
  GRU: { name: 'São Paulo/Guarulhos International Airport', lat: -23.4356, lon: -46.4731 },
  GIG: { name: 'Rio de Janeiro/Galeão International Airport', lat: -22.8090, lon: -43.2506 },
  CAI: { name: 'Cairo International Airport', lat: 30.1219, lon: 31.4056 },
  CMN: { name: 'Mohammed V International Airport', lat: 33.3675, lon: -7.5898 },
  LOS: { name: 'Murtala Muhammed International Airport', lat: 6.5774, lon: 3.3212 },
  ACC: { name: 'Kotoka International Airport', lat: 5.6052, lon: -0.1668 },
  BKK: { name: 'Suvarnabhumi Airport', lat: 13.6900, lon: 100.7501 },
  HAN: { name: 'Noi Bai International Airport', lat: 21.2187, lon: 105.8042 },
  MNL: { name: 'Ninoy Aquino International Airport', lat: 14.5086, lon: 121.0194 },
  CGK: { name: 'Soekarno-Hatta International Airport', lat: -6.1256, lon: 106.6559 },
  KUL: { name: 'Kuala Lumpur International Airport', lat: 2.7456, lon: 101.7072 },
  TPE: { name: 'Taiwan Taoyuan International Airport', lat: 25.0797, lon: 121.2342 },
  HND: { name: 'Tokyo Haneda Airport', lat: 35.5494, lon: 139.7798 },
  IST: { name: 'Istanbul Airport', lat: 41.2753, lon: 28.7519 },
  DXB: { name: 'Dubai International Airport', lat: 25.2532, lon: 55.3657 },
  TLV: { name: 'Ben Gurion Airport', lat: 32.0055, lon: 34.8854 },
  KEF: { name: 'Keflavík International Airport', lat: 63.9850, lon: -22.6056 },
};

/** The airport an IATA code names, when it is one of the known cities' airports. */
export function airportOf(iata: string): Airport | undefined {
  if (!Object.prototype.hasOwnProperty.call(AIRPORTS, iata)) return undefined;
  const terminals = TERMINALS[iata];
  return terminals === undefined ? AIRPORTS[iata] : { ...AIRPORTS[iata]!, terminals };
}

let codeByName: Map<string, string> | undefined;
/** The IATA code of a known airport by its own name ("Incheon International Airport" is ICN). */
export function airportCodeNamed(name: string): string | undefined {
  codeByName ??= new Map(Object.entries(AIRPORTS).map(([code, a]) => [a.name, code]));
  return codeByName.get(name);
}
