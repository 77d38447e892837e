/**
 * A small table of common car makes and models (QUALITY.md E): the years each model was sold and its class, and
 * per class the engines it comes with and their approximate fuel economy (our own round figures, US mpg). A mock
 * of a car reads its figures here, so a Chiron is a 16-cylinder 8-litre car at 9 mpg in town, never a 1-litre
 * six at 16, and a Bolt's generations start when the Bolt did. No randomness.
 */

export type VehicleClass = 'small' | 'sedan' | 'suv' | 'truck' | 'luxury' | 'sports' | 'exotic' | 'hyper' | 'hybrid' | 'ev';

export interface Engine {
  cylinders: number;
  /** Litres; 0 for an electric car. */
  displacement: number;
  city: number;
  highway: number;
}

export interface VehicleModel {
  make: string;
  model: string;
  /** First model year sold. */
  from: number;
  /** Last model year sold; undefined while it is still sold. */
  to?: number;
  kind: VehicleClass;
}

/** Engines of each class: cylinders and litres that go together, city and highway mpg of such a car. */
export const ENGINES: Readonly<Record<VehicleClass, readonly Engine[]>> = {
  small: [{ cylinders: 4, displacement: 1.5, city: 31, highway: 39 }, { cylinders: 4, displacement: 2.0, city: 29, highway: 37 }, { cylinders: 3, displacement: 1.2, city: 33, highway: 40 }],
  sedan: [{ cylinders: 4, displacement: 2.0, city: 28, highway: 37 }, { cylinders: 4, displacement: 2.5, city: 26, highway: 35 }, { cylinders: 6, displacement: 3.5, city: 21, highway: 30 }],
  suv: [{ cylinders: 4, displacement: 2.5, city: 24, highway: 30 }, { cylinders: 4, displacement: 2.0, city: 23, highway: 29 }, { cylinders: 6, displacement: 3.6, city: 19, highway: 26 }],
  truck: [{ cylinders: 6, displacement: 2.7, city: 19, highway: 24 }, { cylinders: 6, displacement: 3.5, city: 18, highway: 24 }, { cylinders: 8, displacement: 5.0, city: 16, highway: 22 }, { cylinders: 8, displacement: 5.7, city: 15, highway: 21 }],
  luxury: [{ cylinders: 4, displacement: 2.0, city: 24, highway: 33 }, { cylinders: 6, displacement: 3.0, city: 21, highway: 29 }, { cylinders: 8, displacement: 4.4, city: 16, highway: 24 }],
  sports: [{ cylinders: 6, displacement: 3.0, city: 19, highway: 26 }, { cylinders: 8, displacement: 4.0, city: 16, highway: 24 }, { cylinders: 8, displacement: 6.2, city: 15, highway: 24 }],
  exotic: [{ cylinders: 8, displacement: 3.9, city: 15, highway: 20 }, { cylinders: 10, displacement: 5.2, city: 13, highway: 18 }, { cylinders: 12, displacement: 6.5, city: 11, highway: 17 }],
  hyper: [{ cylinders: 16, displacement: 8.0, city: 9, highway: 14 }],
  hybrid: [{ cylinders: 4, displacement: 1.8, city: 53, highway: 46 }, { cylinders: 4, displacement: 2.5, city: 51, highway: 53 }, { cylinders: 4, displacement: 2.0, city: 48, highway: 47 }],
  // Miles per gallon equivalent: an electric car has no cylinders and goes further in town.
  ev: [{ cylinders: 0, displacement: 0, city: 131, highway: 109 }, { cylinders: 0, displacement: 0, city: 124, highway: 105 }],
};

/** Each make's class when its model is not in the table. */
export const MAKE_CLASS: Readonly<Record<string, VehicleClass>> = {
  Toyota: 'sedan', Honda: 'sedan', Ford: 'truck', Chevrolet: 'sedan', Nissan: 'sedan', Hyundai: 'sedan', Kia: 'sedan', Volkswagen: 'small', Subaru: 'suv', Mazda: 'sedan',
  Jeep: 'suv', Ram: 'truck', GMC: 'truck', Dodge: 'sports', Chrysler: 'sedan', Buick: 'suv', Cadillac: 'luxury', Lincoln: 'luxury', BMW: 'luxury', 'Mercedes-Benz': 'luxury',
  Audi: 'luxury', Lexus: 'luxury', Acura: 'luxury', Infiniti: 'luxury', Volvo: 'luxury', 'Land Rover': 'luxury', Jaguar: 'luxury', Genesis: 'luxury', Mini: 'small', Fiat: 'small',
  Mitsubishi: 'small', Porsche: 'sports', Tesla: 'ev', Ferrari: 'exotic', Lamborghini: 'exotic', McLaren: 'exotic', 'Aston Martin': 'exotic', Bentley: 'exotic', 'Rolls-Royce': 'exotic', Maserati: 'sports',
  Bugatti: 'hyper', Polestar: 'ev', Rivian: 'ev', Lucid: 'ev',
};

const M = (make: string, model: string, from: number, kind: VehicleClass, to?: number): VehicleModel => ({ make, model, from, kind, ...(to !== undefined ? { to } : {}) });

/** Common models: the years they were sold (approximate) and their class. */
export const VEHICLE_MODELS: readonly VehicleModel[] = [
  M('Toyota', 'Corolla', 1968, 'small'), M('Toyota', 'Camry', 1983, 'sedan'), M('Toyota', 'RAV4', 1996, 'suv'), M('Toyota', 'Prius', 2001, 'hybrid'), M('Toyota', 'Tacoma', 1995, 'truck'), M('Toyota', 'Highlander', 2001, 'suv'),
  M('Honda', 'Civic', 1973, 'small'), M('Honda', 'Accord', 1976, 'sedan'), M('Honda', 'CR-V', 1997, 'suv'), M('Honda', 'Pilot', 2003, 'suv'), M('Honda', 'Fit', 2007, 'small', 2020),
  M('Ford', 'F-150', 1975, 'truck'), M('Ford', 'Mustang', 1965, 'sports'), M('Ford', 'Explorer', 1991, 'suv'), M('Ford', 'Escape', 2001, 'suv'), M('Ford', 'Focus', 2000, 'small', 2018), M('Ford', 'Fusion', 2006, 'sedan', 2020),
  M('Chevrolet', 'Silverado', 1999, 'truck'), M('Chevrolet', 'Malibu', 1997, 'sedan', 2025), M('Chevrolet', 'Equinox', 2005, 'suv'), M('Chevrolet', 'Camaro', 1967, 'sports', 2024), M('Chevrolet', 'Corvette', 1953, 'sports'), M('Chevrolet', 'Bolt', 2017, 'ev', 2023), M('Chevrolet', 'Tahoe', 1995, 'suv'),
  M('Nissan', 'Altima', 1993, 'sedan'), M('Nissan', 'Sentra', 1982, 'small'), M('Nissan', 'Rogue', 2008, 'suv'), M('Nissan', 'Leaf', 2011, 'ev'), M('Nissan', 'Frontier', 1998, 'truck'),
  M('Hyundai', 'Elantra', 1991, 'small'), M('Hyundai', 'Sonata', 1989, 'sedan'), M('Hyundai', 'Tucson', 2005, 'suv'), M('Hyundai', 'Santa Fe', 2001, 'suv'), M('Hyundai', 'Ioniq 5', 2022, 'ev'),
  M('Kia', 'Optima', 2001, 'sedan', 2020), M('Kia', 'Sorento', 2003, 'suv'), M('Kia', 'Sportage', 1995, 'suv'), M('Kia', 'Soul', 2010, 'small'), M('Kia', 'Telluride', 2020, 'suv'),
  M('Volkswagen', 'Jetta', 1980, 'small'), M('Volkswagen', 'Golf', 1975, 'small'), M('Volkswagen', 'Passat', 1974, 'sedan'), M('Volkswagen', 'Tiguan', 2009, 'suv'), M('Volkswagen', 'Beetle', 1998, 'small', 2019),
  M('Subaru', 'Outback', 1995, 'suv'), M('Subaru', 'Forester', 1998, 'suv'), M('Subaru', 'Impreza', 1993, 'small'), M('Mazda', 'Mazda3', 2004, 'small'), M('Mazda', 'CX-5', 2013, 'suv'), M('Mazda', 'MX-5 Miata', 1990, 'sports'),
  M('Jeep', 'Wrangler', 1987, 'suv'), M('Jeep', 'Grand Cherokee', 1993, 'suv'), M('Jeep', 'Cherokee', 1984, 'suv', 2023), M('Ram', '1500', 2011, 'truck'), M('GMC', 'Sierra', 1999, 'truck'), M('Dodge', 'Challenger', 2008, 'sports', 2023), M('Dodge', 'Charger', 2006, 'sports'),
  M('Chrysler', 'PT Cruiser', 2001, 'small', 2010), M('Chrysler', 'Pacifica', 2017, 'suv'), M('Cadillac', 'CTS', 2003, 'luxury', 2019), M('Cadillac', 'Escalade', 1999, 'luxury'),
  M('BMW', '3 Series', 1975, 'luxury'), M('BMW', '5 Series', 1972, 'luxury'), M('BMW', 'X5', 2000, 'luxury'), M('BMW', 'M3', 1988, 'sports'), M('Mercedes-Benz', 'C-Class', 1994, 'luxury'), M('Mercedes-Benz', 'E-Class', 1994, 'luxury'), M('Mercedes-Benz', 'GLE', 2016, 'luxury'),
  M('Audi', 'A4', 1996, 'luxury'), M('Audi', 'A6', 1995, 'luxury'), M('Audi', 'Q5', 2009, 'luxury'), M('Audi', 'R8', 2008, 'exotic', 2024), M('Lexus', 'RX', 1999, 'luxury'), M('Lexus', 'ES', 1990, 'luxury'),
  M('Porsche', '911', 1965, 'sports'), M('Porsche', 'Cayenne', 2003, 'sports'), M('Porsche', 'Macan', 2015, 'sports'), M('Porsche', 'Panamera', 2010, 'sports'), M('Porsche', 'Taycan', 2020, 'ev'), M('Porsche', 'Boxster', 1997, 'sports'),
  M('Tesla', 'Model S', 2012, 'ev'), M('Tesla', 'Model 3', 2017, 'ev'), M('Tesla', 'Model X', 2016, 'ev'), M('Tesla', 'Model Y', 2020, 'ev'),
  M('Ferrari', '488', 2016, 'exotic', 2019), M('Ferrari', 'F8 Tributo', 2020, 'exotic', 2023), M('Ferrari', '812 Superfast', 2018, 'exotic', 2023), M('Lamborghini', 'Huracan', 2015, 'exotic', 2024), M('Lamborghini', 'Aventador', 2012, 'exotic', 2022), M('Lamborghini', 'Urus', 2019, 'exotic'),
  M('McLaren', '720S', 2018, 'exotic', 2023), M('Bugatti', 'Chiron', 2017, 'hyper', 2023), M('Bugatti', 'Veyron', 2006, 'hyper', 2015), M('Mitsubishi', 'Outlander', 2003, 'suv'), M('Mitsubishi', 'Lancer', 1973, 'small', 2017),
  M('Volvo', 'XC90', 2003, 'luxury'), M('Volvo', 'XC60', 2010, 'luxury'), M('Mini', 'Cooper', 2002, 'small'), M('Fiat', '500', 2012, 'small', 2019), M('Land Rover', 'Range Rover', 1970, 'luxury'),
];

const lower = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const BY_MODEL = new Map<string, VehicleModel>();
for (const m of VEHICLE_MODELS) {
  BY_MODEL.set(`${lower(m.make)}|${lower(m.model)}`, m);
  // A model named alone ("Chiron") or with its make ("Chevrolet Bolt") is found; the first of a name wins.
  if (!BY_MODEL.has(`|${lower(m.model)}`)) BY_MODEL.set(`|${lower(m.model)}`, m);
}
const MAKES = new Map(Object.keys(MAKE_CLASS).map((k) => [lower(k), k]));

/** The make as the table spells it ("mercedes benz" → "Mercedes-Benz"), if it is one. */
export function knownMake(name: string): string | undefined {
  return MAKES.get(lower(name));
}

/** A model of the table, by make and model, or by a text naming both ("Chevrolet Bolt") or the model alone. */
export function vehicleModel(make: string | undefined, model: string): VehicleModel | undefined {
  const m = lower(model);
  if (make !== undefined && knownMake(make) !== undefined) return BY_MODEL.get(`${lower(make)}|${m}`);
  const direct = BY_MODEL.get(`|${m}`);
  if (direct !== undefined) return direct;
  // "Chevrolet Bolt": a make's name, then its model.
  const words = model.trim().split(/\s+/);
  for (let n = 1; n < words.length && n <= 2; n++) {
    const maker = knownMake(words.slice(0, n).join(' '));
    if (maker !== undefined) return BY_MODEL.get(`${lower(maker)}|${lower(words.slice(n).join(' '))}`);
  }
  return undefined;
}

/** The models of a make, in table order. */
export function modelsOf(make: string): VehicleModel[] {
  const k = lower(make);
  return VEHICLE_MODELS.filter((m) => lower(m.make) === k);
}

/** The makes whose name starts with the prefix typed ("pors" → Porsche). */
export function makesStartingWith(prefix: string): string[] {
  const p = lower(prefix);
  return p.length < 2 ? [] : Object.keys(MAKE_CLASS).filter((k) => lower(k).startsWith(p));
}
