/**
 * Music genres that go together (QUALITY.md E): faker's genre list mixes styles with moods and holidays ("Death
 * Metal" beside "Relaxation", "Chanukah" as a festival's music), so an artist drawn two genres reads as noise. A
 * genre is drawn from one family, an artist's genres all come from the family of the first, and a known artist
 * gets the genres they are known for (Amália Rodrigues sings fado).
 */
import { faker } from './_faker.ts';

/** Genre families: every genre of a family could describe one artist. */
export const GENRE_FAMILIES: readonly (readonly string[])[] = [
  ['Rock', 'Alternative', 'Indie', 'Hard Rock', 'Punk Rock', 'Grunge', 'Psych Rock', 'Progressive Rock'],
  ['Metal', 'Heavy Metal', 'Death Metal', 'Black Metal', 'Metalcore', 'Hard Rock'],
  ['Pop', 'Dance', 'Synth Pop', 'Teen Pop', 'Power Pop', 'Dream Pop'],
  ['J-Pop', 'J-Rock', 'J-Idol', 'Japanese Pop', 'Kayokyoku'],
  ['K-Pop', 'Dance', 'Pop', 'R&B'],
  ['Jazz', 'Cool Jazz', 'Bebop', 'Smooth Jazz', 'Swing', 'Big Band', 'Latin Jazz'],
  ['Blues', 'Chicago Blues', 'Delta Blues', 'Electric Blues', 'Soul'],
  ['Hip Hop', 'Rap', 'Trap', 'Gangsta Rap', 'Old School Rap', 'Grime'],
  ['R&B', 'Soul', 'Neo-Soul', 'Funk', 'Motown'],
  ['Electronic', 'House', 'Techno', 'Deep House', 'Trance', 'EDM', 'Drum\'n\'bass'],
  ['Ambient', 'Downtempo', 'Chill', 'New Age', 'Trip Hop'],
  ['Classical', 'Baroque', 'Chamber Music', 'Opera', 'Orchestral', 'Choral'],
  ['Country', 'Americana', 'Bluegrass', 'Honky Tonk', 'Outlaw Country', 'Folk'],
  ['Folk', 'Celtic Folk', 'Folk-Rock', 'Acoustic', 'Singer-Songwriter'],
  ['Latin', 'Salsa', 'Reggaeton', 'Bachata', 'Pop Latino', 'Tango'],
  ['Reggae', 'Roots Reggae', 'Dancehall', 'Dub', 'SKA'],
  ['Brazilian', 'Bossa Nova', 'Samba', 'MPB', 'Forro'],
  ['Fado', 'Portuguese Folk', 'World'],
  ['Flamenco', 'Spanish Guitar', 'World'],
  ['Shaabi', 'Mawwal', 'Arabic Pop', 'World'],
  ['Afrobeat', 'Afro-Pop', 'Highlife', 'World'],
];

/** The families a genre belongs to (a genre may sit in two: "Hard Rock" is rock and metal). */
const FAMILIES_OF = new Map<string, number[]>();
GENRE_FAMILIES.forEach((family, i) => family.forEach((g) => FAMILIES_OF.set(g.toLowerCase(), [...(FAMILIES_OF.get(g.toLowerCase()) ?? []), i])));

/** Artists whose genres are known; a search for one finds them under these. */
const KNOWN_ARTISTS: Readonly<Record<string, readonly string[]>> = {
  'amália rodrigues': ['Fado', 'Portuguese Folk'],
  'amalia rodrigues': ['Fado', 'Portuguese Folk'],
  'mariza': ['Fado', 'World'],
  'miles davis': ['Jazz', 'Cool Jazz', 'Bebop'],
  'john coltrane': ['Jazz', 'Bebop'],
  'taylor swift': ['Pop', 'Country'],
  'bts': ['K-Pop', 'Pop'],
  'bad bunny': ['Latin', 'Reggaeton'],
  'metallica': ['Metal', 'Heavy Metal', 'Hard Rock'],
  'bob marley': ['Reggae', 'Roots Reggae'],
  'fela kuti': ['Afrobeat'],
  'paco de lucía': ['Flamenco', 'Spanish Guitar'],
  'oum kalthoum': ['Shaabi', 'Mawwal', 'Arabic Pop'],
  'johnny cash': ['Country', 'Outlaw Country', 'Folk'],
  'beyoncé': ['R&B', 'Pop', 'Soul'],
  'drake': ['Hip Hop', 'Rap', 'R&B'],
};

/** One genre, drawn family first (so no mood or holiday reads as a genre). */
export function musicGenre(): string {
  return faker.helpers.arrayElement(faker.helpers.arrayElement(GENRE_FAMILIES) as string[]);
}

/** The genres a known artist is known for, or undefined. */
export function knownArtistGenres(name: string): readonly string[] | undefined {
  return KNOWN_ARTISTS[name.trim().toLowerCase()];
}

/** Do all these genres share a family? Genres no family lists are left alone (a spec's own vocabulary). */
export function oneFamily(genres: readonly string[]): boolean {
  const sets = genres.map((g) => FAMILIES_OF.get(g.toLowerCase()));
  if (sets.some((s) => s === undefined)) return true;
  return sets[0]!.some((f) => sets.every((s) => s!.includes(f)));
}

/** `count` genres of one family, led by `first` where it has a family; the choice hangs on `first` alone (no draw). */
export function genresLike(first: string, count: number): string[] {
  const families = FAMILIES_OF.get(first.toLowerCase());
  let h = 0;
  for (const c of first) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const family = GENRE_FAMILIES[families?.[0] ?? h % GENRE_FAMILIES.length]!;
  const lead = families !== undefined ? first : family[0]!;
  const rest = family.filter((g) => g !== lead);
  return [lead, ...rest.slice(0, Math.max(0, count - 1))];
}
