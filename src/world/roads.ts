/**
 * Real Autobahn routes, town by town in order (QUALITY.md E): a closure on the A3 lies between towns on the A3
 * ("Köln Richtung Frankfurt"), never "Dortmund Richtung Köln". A small table: the long routes the specs' examples use.
 */
export type RouteTown = readonly [name: string, lat: number, lon: number];

export const AUTOBAHN_ROUTES: Readonly<Record<string, readonly RouteTown[]>> = {
  A1: [['Heiligenhafen', 54.37, 10.98], ['Lübeck', 53.87, 10.69], ['Hamburg', 53.55, 10.0], ['Bremen', 53.08, 8.8], ['Osnabrück', 52.28, 8.05], ['Münster', 51.96, 7.63], ['Dortmund', 51.51, 7.47], ['Wuppertal', 51.26, 7.15], ['Köln', 50.94, 6.96], ['Euskirchen', 50.66, 6.79], ['Trier', 49.75, 6.64], ['Saarbrücken', 49.24, 6.99]],
  A2: [['Oberhausen', 51.47, 6.85], ['Dortmund', 51.51, 7.47], ['Hamm', 51.68, 7.82], ['Bielefeld', 52.02, 8.53], ['Hannover', 52.37, 9.73], ['Braunschweig', 52.27, 10.52], ['Magdeburg', 52.12, 11.63], ['Brandenburg an der Havel', 52.41, 12.53], ['Berlin', 52.52, 13.4]],
  A3: [['Oberhausen', 51.47, 6.85], ['Düsseldorf', 51.23, 6.78], ['Köln', 50.94, 6.96], ['Limburg', 50.39, 8.06], ['Frankfurt', 50.11, 8.68], ['Aschaffenburg', 49.97, 9.15], ['Würzburg', 49.79, 9.95], ['Nürnberg', 49.45, 11.08], ['Regensburg', 49.01, 12.1], ['Passau', 48.57, 13.43]],
  A4: [['Aachen', 50.78, 6.08], ['Köln', 50.94, 6.96], ['Olpe', 51.03, 7.85], ['Bad Hersfeld', 50.87, 9.71], ['Eisenach', 50.97, 10.32], ['Erfurt', 50.98, 11.03], ['Jena', 50.93, 11.59], ['Chemnitz', 50.83, 12.92], ['Dresden', 51.05, 13.74], ['Görlitz', 51.15, 14.99]],
  A5: [['Kassel', 51.31, 9.48], ['Gießen', 50.58, 8.68], ['Frankfurt', 50.11, 8.68], ['Darmstadt', 49.87, 8.65], ['Heidelberg', 49.4, 8.67], ['Karlsruhe', 49.01, 8.4], ['Offenburg', 48.47, 7.94], ['Freiburg', 47.99, 7.85], ['Basel', 47.56, 7.59]],
  A6: [['Saarbrücken', 49.24, 6.99], ['Kaiserslautern', 49.44, 7.77], ['Mannheim', 49.49, 8.47], ['Heilbronn', 49.14, 9.22], ['Crailsheim', 49.13, 10.07], ['Nürnberg', 49.45, 11.08], ['Amberg', 49.44, 11.86], ['Waidhaus', 49.64, 12.5]],
  A7: [['Flensburg', 54.79, 9.44], ['Rendsburg', 54.3, 9.66], ['Neumünster', 54.07, 9.98], ['Hamburg', 53.55, 10.0], ['Hannover', 52.37, 9.73], ['Göttingen', 51.54, 9.93], ['Kassel', 51.31, 9.48], ['Fulda', 50.55, 9.68], ['Würzburg', 49.79, 9.95], ['Ulm', 48.4, 9.99], ['Kempten', 47.73, 10.31], ['Füssen', 47.57, 10.7]],
  A8: [['Karlsruhe', 49.01, 8.4], ['Pforzheim', 48.89, 8.7], ['Stuttgart', 48.78, 9.18], ['Ulm', 48.4, 9.99], ['Augsburg', 48.37, 10.9], ['München', 48.14, 11.58], ['Rosenheim', 47.86, 12.12], ['Salzburg', 47.8, 13.04]],
  A9: [['Berlin', 52.52, 13.4], ['Dessau', 51.84, 12.25], ['Leipzig', 51.34, 12.37], ['Hof', 50.31, 11.92], ['Bayreuth', 49.95, 11.58], ['Nürnberg', 49.45, 11.08], ['Ingolstadt', 48.77, 11.43], ['München', 48.14, 11.58]],
};


/** The route of a road id ("A3", "a 3"), if the table has it. */
export function autobahnRoute(roadId: unknown): readonly RouteTown[] | undefined {
  return typeof roadId === 'string' ? AUTOBAHN_ROUTES[roadId.replace(/\s+/g, '').toUpperCase()] : undefined;
}
