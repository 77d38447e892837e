/**
 * Addresses as each country writes them: its postcode's form (Japan "150-0001", Portugal "1100-148", the
 * Netherlands "1012 AB"; none in the Emirates) and, for the cities whose country Faker has no Latin-script
 * locale for, real street names in the country's own order ("2-14-5 Ginza", "Laugavegur 12"), so a street in
 * Tokyo is never "377 Hessel Way" with a US ZIP+4.
 */

/** Postcode forms by ISO country code: `#` a digit, `?` a capital letter; '' for a country without postcodes. */
export const POSTCODE_FORMAT: Readonly<Record<string, string>> = {
  US: '#####', CA: '?#? #?#', MX: '#####', GB: '??# #??', IE: '?## ?#??', PT: '####-###', ES: '#####', FR: '#####',
  BE: '####', NL: '#### ??', LU: '####', DE: '#####', AT: '####', CH: '####', IT: '#####', DK: '####', NO: '####',
  SE: '### ##', FI: '#####', IS: '###', PL: '##-###', CZ: '### ##', HU: '####', GR: '### ##', TR: '#####',
  JP: '###-####', KR: '#####', TW: '###', SG: '######', MY: '#####', TH: '#####', VN: '######', PH: '####',
  ID: '#####', IN: '######', AU: '####', NZ: '####', ZA: '####', KE: '#####', NG: '######', GH: '', EG: '#####',
  MA: '#####', AE: '', IL: '#######', AR: '?####???', CL: '#######', CO: '######', PE: '#####', BR: '#####-###',
};

/**
 * How the postcodes of a well-known city begin (Berlin 10–14…, Munich 80…, Chicago 606…, Edinburgh EH…), so a
 * Berlin address never carries 74664 (Heilbronn's). Each prefix takes the place of the form's first symbols.
 */
export const CITY_POSTCODE_PREFIX: Readonly<Record<string, string>> = {
  Lisbon: '1', Porto: '4', Toronto: 'M', Vancouver: 'V', Montreal: 'H', Osaka: '53', Kyoto: '60', Nairobi: '00',
  Melbourne: '30', Sydney: '20', Berlin: '1', Hamburg: '2', Munich: '80', Chicago: '606', Seattle: '981',
  Boston: '021', Austin: '787', Denver: '802', 'San Francisco': '941', 'Los Angeles': '900', Miami: '331',
  Seoul: '0', Busan: '48', Dublin: 'D0', Cork: 'T12', 'Cape Town': '80', Johannesburg: '20', Mumbai: '4000',
  Bengaluru: '5600', Copenhagen: '1', Vienna: '1', 'Mexico City': '0', Guadalajara: '44', Prague: '1', Oslo: '0',
  Bergen: '50', Madrid: '280', Barcelona: '080', Valencia: '460', Lima: '15', Auckland: '10', Wellington: '60',
  Edinburgh: 'EH', Bristol: 'BS', Paris: '750', Lyon: '690', Marseille: '130', Milan: '201', Rome: '001',
  Naples: '801', Amsterdam: '10', Rotterdam: '30', Stockholm: '1', Gothenburg: '41', Helsinki: '00', Warsaw: '0',
  Krakow: '3', Budapest: '1', Athens: '1', Zurich: '80', Geneva: '12', Brussels: '10', Antwerp: '20', 'Bogotá': '11',
  'Medellín': '05', Santiago: '8', 'São Paulo': '0', 'Rio de Janeiro': '2', Cairo: '11', Casablanca: '20', Lagos: '1',
  Bangkok: '10', Hanoi: '10', Manila: '10', Jakarta: '1', 'Kuala Lumpur': '5', Taipei: '1', Tokyo: '1', Istanbul: '34',
  'Tel Aviv': '6', Reykjavik: '1',
};

/** How a street and a house number are put together: number first, number last, or Japan's block numbers. */
type StreetOrder = 'number-first' | 'number-last' | 'blocks' | 'taipei';

/** Streets of the well-known cities whose country has no Latin-script Faker locale. */
const STREETS: Readonly<Record<string, readonly [StreetOrder, readonly string[]]>> = {
  Tokyo: ['blocks', ['Ginza', 'Jingumae', 'Nishi-Shinjuku', 'Dogenzaka', 'Roppongi', 'Marunouchi']],
  Osaka: ['blocks', ['Umeda', 'Namba', 'Shinsaibashi', 'Kitahama', 'Tenjinbashi']],
  Kyoto: ['blocks', ['Gion', 'Kawaramachi', 'Karasuma', 'Higashiyama', 'Nishikikoji']],
  Seoul: ['number-first', ['Teheran-ro', 'Sejong-daero', 'Itaewon-ro', 'Olympic-ro', 'Dosan-daero']],
  Busan: ['number-first', ['Haeundae-ro', 'Jungang-daero', 'Gwangan-ro', 'Suyeong-ro']],
  Nairobi: ['number-first', ['Kenyatta Avenue', 'Moi Avenue', 'Ngong Road', 'Kimathi Street', 'Waiyaki Way']],
  Singapore: ['number-first', ['Orchard Road', 'Tanjong Pagar Road', 'Bukit Timah Road', 'Serangoon Road', 'North Bridge Road']],
  Cairo: ['number-first', ['Tahrir Street', 'Talaat Harb Street', '26th of July Street', 'Qasr El Nil Street']],
  Casablanca: ['number-first', ['Boulevard Mohammed V', 'Boulevard Zerktouni', 'Rue Tahar Sebti', "Boulevard d'Anfa"]],
  Bangkok: ['number-first', ['Sukhumvit Road', 'Silom Road', 'Rama IV Road', 'Ratchadamri Road', 'Phahonyothin Road']],
  Manila: ['number-first', ['Roxas Boulevard', 'Taft Avenue', 'Ayala Avenue', 'España Boulevard']],
  'Kuala Lumpur': ['number-first', ['Jalan Bukit Bintang', 'Jalan Ampang', 'Jalan Sultan Ismail', 'Jalan Tun Razak']],
  Taipei: ['taipei', ['Zhongxiao East Road', 'Xinyi Road', 'Dunhua South Road', 'Roosevelt Road', 'Nanjing East Road']],
  Dubai: ['number-first', ['Sheikh Zayed Road', 'Al Wasl Road', 'Jumeirah Beach Road', 'Al Khail Road']],
  'Tel Aviv': ['number-last', ['Rothschild Boulevard', 'Dizengoff Street', 'Allenby Street', 'Ibn Gabirol Street']],
  Reykjavik: ['number-last', ['Laugavegur', 'Skólavörðustígur', 'Hverfisgata', 'Bankastræti']],
  Hanoi: ['number-first', ['Phố Huế', 'Phố Tràng Tiền', 'Phố Hàng Bài', 'Đường Láng', 'Phố Đinh Tiên Hoàng']],
  Athens: ['number-last', ['Ermou', 'Panepistimiou', 'Akadimias', 'Stadiou', 'Vasilissis Sofias']],
};

/**
 * A street address in `city` written as its country writes it, from the caller's draws (`int(min, max)`), or
 * undefined for a city whose country's Faker locale already writes its streets.
 */
export function localStreetAddress(city: string, int: (min: number, max: number) => number): string | undefined {
  const known = STREETS[city];
  if (!known) return undefined;
  const [order, streets] = known;
  const street = streets[int(0, streets.length - 1)]!;
  if (order === 'blocks') return `${int(1, 6)}-${int(1, 20)}-${int(1, 15)} ${street}`;
  const number = int(1, 180);
  if (order === 'taipei') return `No. ${number} ${street}`; // without the comma of "No. 33, Xinyi Road": a comma parts an address into street and city
  return order === 'number-first' ? `${number} ${street}` : `${street} ${number}`;
}

/** Street kinds of English-speaking countries (Faker's English streets read "6517 Shayne Centers", "64126 Parker Ford"). */
const ENGLISH_STREETS: Readonly<Record<string, readonly string[]>> = {
  US: ['Street', 'Avenue', 'Road', 'Boulevard', 'Drive', 'Lane', 'Place'],
  CA: ['Street', 'Avenue', 'Road', 'Drive', 'Crescent'],
  GB: ['Road', 'Street', 'Lane', 'Close', 'Crescent', 'Terrace', 'Gardens'], IE: ['Road', 'Street', 'Lane', 'Terrace', 'Avenue'],
  AU: ['Street', 'Road', 'Parade', 'Avenue', 'Terrace'], NZ: ['Street', 'Road', 'Terrace', 'Avenue'],
  ZA: ['Street', 'Road', 'Avenue', 'Drive'], IN: ['Road', 'Marg', 'Street', 'Nagar Main Road'], NG: ['Street', 'Road', 'Close', 'Crescent'],
  GH: ['Street', 'Road', 'Avenue', 'Close'],
};

/**
 * A street address of an English-speaking country from a name and the caller's draws: a house number of a city
 * street (1–250) before "<name> <kind>" ("42 Parker Road"); undefined for other countries.
 */
export function englishStreetAddress(countryCode: string | undefined, name: string, int: (min: number, max: number) => number): string | undefined {
  const kinds = countryCode ? ENGLISH_STREETS[countryCode] : undefined;
  if (!kinds) return undefined;
  return `${int(1, 250)} ${name} ${kinds[int(0, kinds.length - 1)]!}`;
}
