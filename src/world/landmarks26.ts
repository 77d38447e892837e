/**
 * Sights of well-known cities a public webcam looks at (QUALITY.md E), wave 26: "Bristol: Clifton Suspension
 * Bridge", "Paris: Eiffel Tower", never "Los Angeles: Old Town Square" or "Bristol: Beach".
 */
const LANDMARKS: Readonly<Record<string, readonly string[]>> = {
  Bristol: ['Clifton Suspension Bridge', 'Harbourside', 'College Green', 'Temple Meads Station'],
  London: ['Tower Bridge', 'Trafalgar Square', 'Westminster Bridge', 'Piccadilly Circus', 'The Thames'],
  Manchester: ['Piccadilly Gardens', 'Albert Square', 'MediaCityUK', 'Deansgate'],
  Edinburgh: ['Edinburgh Castle', 'Princes Street', 'Calton Hill', 'Leith Harbour'],
  Dublin: ["O'Connell Street", 'Temple Bar', 'Dublin Port', 'Grand Canal Dock'],
  Paris: ['Eiffel Tower', 'Notre-Dame', 'Champs-Élysées', 'Montmartre', 'La Défense'],
  Lyon: ['Place Bellecour', 'Fourvière Hill', 'Presqu’île'],
  Marseille: ['Vieux-Port', 'Notre-Dame de la Garde', 'Plage des Catalans'],
  Amsterdam: ['Dam Square', 'Central Station', 'Rembrandtplein', 'IJ Waterfront'],
  Berlin: ['Brandenburg Gate', 'Alexanderplatz', 'Potsdamer Platz', 'Spree River'],
  Munich: ['Marienplatz', 'Olympic Park', 'English Garden'],
  Hamburg: ['Port of Hamburg', 'Binnenalster', 'Elbphilharmonie', 'Landungsbrücken'],
  Prague: ['Old Town Square', 'Charles Bridge', 'Wenceslas Square', 'Prague Castle'],
  Vienna: ['Stephansplatz', 'Ringstrasse', 'Danube Canal', 'Prater'],
  Rome: ['Colosseum', 'Piazza Venezia', "St. Peter's Square", 'Trevi Fountain'],
  Milan: ['Piazza del Duomo', 'Navigli', 'Porta Nuova'],
  Barcelona: ['Barceloneta Beach', 'Sagrada Família', 'Port Vell', 'Plaça de Catalunya'],
  Madrid: ['Puerta del Sol', 'Plaza Mayor', 'Gran Vía', 'Cibeles'],
  Lisbon: ['Praça do Comércio', 'Belém Tower', 'Tagus River', 'Alfama'],
  'New York': ['Times Square', 'Brooklyn Bridge', 'Central Park', 'Hudson River'],
  'Los Angeles': ['Santa Monica Pier', 'Hollywood Sign', 'Venice Beach', 'Downtown Skyline'],
  'San Francisco': ['Golden Gate Bridge', 'Fisherman’s Wharf', 'Bay Bridge', 'Union Square'],
  Chicago: ['Navy Pier', 'Millennium Park', 'Chicago River', 'Lake Shore Drive'],
  Seattle: ['Space Needle', 'Pike Place Market', 'Elliott Bay'],
  Miami: ['South Beach', 'Biscayne Bay', 'Port of Miami'],
  Sydney: ['Sydney Harbour Bridge', 'Opera House', 'Bondi Beach', 'Circular Quay'],
  Melbourne: ['Flinders Street Station', 'Federation Square', 'St Kilda Beach', 'Yarra River'],
  Tokyo: ['Shibuya Crossing', 'Tokyo Tower', 'Rainbow Bridge', 'Sumida River'],
  Singapore: ['Marina Bay', 'Merlion Park', 'Sentosa', 'Orchard Road'],
  'Hong Kong': ['Victoria Harbour', 'Victoria Peak', 'Tsim Sha Tsui'],
  'Rio de Janeiro': ['Copacabana Beach', 'Sugarloaf Mountain', 'Ipanema Beach'],
  'Cape Town': ['Table Mountain', 'V&A Waterfront', 'Camps Bay Beach'],
  Istanbul: ['Bosphorus', 'Galata Tower', 'Taksim Square'],
  Dubai: ['Burj Khalifa', 'Dubai Marina', 'Jumeirah Beach'],
  Toronto: ['CN Tower', 'Yonge-Dundas Square', 'Harbourfront'],
  Vancouver: ['Stanley Park', 'English Bay Beach', 'Canada Place'],
};

/** The sights of `city` a webcam may look at, undefined for a city not listed. */
export function cityLandmarks26(city: string): readonly string[] | undefined {
  return LANDMARKS[city];
}
