/**
 * The one Faker of mock values, driven by the caller's Rng (never by its own generator): `withRng` binds it
 * for the span of a synchronous call.
 */
import { Faker, allLocales, base, en, type LocaleDefinition } from '@faker-js/faker';
import type { Rng } from '../random/index.ts';

let current: Rng | null = null;

const randomizer = {
  next: (): number => {
    if (!current) throw new Error('mock values need an Rng (use withRng)');
    return current.float();
  },
  seed: (): void => undefined,
};

export const faker = plainFullNames(new Faker({ locale: [en, base], randomizer }));

/** Faker's titles and suffixes ("Dr. Eliezer Hegmann DDS", "Norwood Turner II") mark a name as made up (QUALITY.md E). */
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+|\s+(?:Jr\.?|Sr\.?|II|III|IV|V|MD|DDS|PhD|DVM)$/g;
/** A full name is a first and last name only; the same draws are made, so every other value stays as it was. */
function plainFullNames(f: Faker): Faker {
  const full = f.person.fullName.bind(f.person);
  f.person.fullName = (options) => full(options).replace(TITLED, '').trim();
  return f;
}

/** Run `fn` with Faker drawing from `rng`. Planning is synchronous, so nothing interleaves. */
export function withRng<T>(rng: Rng, fn: () => T): T {
  const previous = current;
  current = rng;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** Faker locales whose street names read as the country's own (Latin script only; others keep English). */
const LOCALE_OF: Record<string, string> = {
  PT: 'pt_PT', BR: 'pt_BR', DE: 'de', AT: 'de_AT', CH: 'de_CH', FR: 'fr', BE: 'fr_BE', ES: 'es', MX: 'es_MX', CO: 'es', PE: 'es', AR: 'es', CL: 'es',
  IT: 'it', NL: 'nl', PL: 'pl', SE: 'sv', NO: 'nb_NO', DK: 'da', FI: 'fi', CZ: 'cs_CZ', HU: 'hu', TR: 'tr', GB: 'en_GB', IE: 'en_IE',
  AU: 'en_AU', NZ: 'en_AU', CA: 'en_CA', IN: 'en_IN', ZA: 'en_ZA', NG: 'en_NG', GH: 'en_GH', US: 'en_US', ID: 'id_ID', VN: 'vi',
};
const localized = new Map<string, Faker>();

/** A Faker speaking the country's locale (same Rng-driven randomizer), or the English one. */
export function fakerFor(countryCode: string | undefined): Faker {
  const locale = countryCode ? LOCALE_OF[countryCode] : undefined;
  if (!locale) return faker;
  let local = localized.get(locale);
  if (!local) {
    const definitions = (allLocales as Record<string, LocaleDefinition>)[locale];
    local = definitions ? plainFullNames(new Faker({ locale: [definitions, en, base], randomizer })) : faker;
    localized.set(locale, local);
  }
  return local;
}
