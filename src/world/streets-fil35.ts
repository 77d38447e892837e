/**
 * Street names of Spanish-speaking countries, where Faker's streets are a kind and a random person's full name
 * ("Barrio Daniela Saucedo Caballero, 3", "Extrarradio Matilde Carrera Chávez 49"): no city has such a street.
 * Common real names, in each country's own order (Spain "Calle Mayor, 12"; Colombia "Carrera 7 # 45-12").
 */
const STREETS: Readonly<Record<string, readonly string[]>> = {
  ES: ['Calle Mayor', 'Calle Real', 'Calle de la Iglesia', 'Avenida de la Constitución', 'Calle del Sol', 'Calle Nueva', 'Calle San Juan', 'Calle del Carmen', 'Calle de Cervantes', 'Calle de la Paz', 'Avenida de España', 'Plaza Mayor'],
  MX: ['Calle Hidalgo', 'Avenida Juárez', 'Calle Morelos', 'Calle Allende', 'Avenida Revolución', 'Calle Guerrero', 'Calle Zaragoza', 'Calle Madero', 'Avenida Independencia'],
  AR: ['Avenida San Martín', 'Calle Belgrano', 'Avenida Rivadavia', 'Calle Sarmiento', 'Calle Mitre', 'Calle Moreno', 'Calle Balcarce', 'Calle Lavalle'],
  CL: ['Calle Prat', 'Avenida O\'Higgins', 'Calle Esmeralda', 'Calle Serrano', 'Calle Merced', 'Calle Maipú', 'Calle Freire'],
  PE: ['Avenida Grau', 'Calle Bolívar', 'Jirón Junín', 'Avenida Arequipa', 'Calle Lima', 'Jirón Ayacucho'],
};
/** Every other Spanish-speaking country: the liberators' and the independence's streets most towns have. */
const LATIN = ['Calle Bolívar', 'Calle Sucre', 'Avenida Libertador', 'Calle Independencia', 'Calle Real', 'Avenida Principal', 'Calle Comercio'];
const SPANISH_SPEAKING = /^(ES|MX|AR|CL|PE|CO|VE|UY|PY|BO|EC|CR|PA|GT|HN|SV|NI|DO|CU|PR)$/;

/** A street address of a Spanish-speaking country, or undefined for any other. */
export function spanishStreetFil35(countryCode: string | undefined, int: (min: number, max: number) => number): string | undefined {
  if (!countryCode || !SPANISH_SPEAKING.test(countryCode)) return undefined;
  if (countryCode === 'CO') return `${int(0, 1) === 0 ? 'Calle' : 'Carrera'} ${int(1, 120)} # ${int(1, 99)}-${int(1, 99)}`;
  const streets = STREETS[countryCode] ?? LATIN;
  const street = streets[int(0, streets.length - 1)]!;
  return countryCode === 'ES' ? `${street}, ${int(1, 120)}` : `${street} ${int(1, 1500)}`;
}
