/**
 * Real films keep their real facts (QUALITY.md E): "The Grand Budapest Hotel" is a 2014 English-language film, never
 * an Italian one of 2024; a title made from it ("… 2", "…: Night", as a search's other matches) comes after it, in
 * its language. Like the books of `_works.ts`, a small table of well-known films.
 */
import { faker } from './_faker.ts';
import { PEOPLE_NAMES } from '../world/index.ts';
/** Each film's title, year, original language, release date (its first wide release, MM-DD) and a one-line overview. */
const FILMS: ReadonlyArray<{ title: string; year: number; language: string; date: string; overview: string }> = [
  { title: 'The Grand Budapest Hotel', year: 2014, language: 'en', date: '03-07', overview: 'A legendary concierge at a famous European hotel between the wars and his young lobby boy are caught up in the theft of a priceless painting.' },
  { title: 'Inception', year: 2010, language: 'en', date: '07-16', overview: 'A thief who steals secrets from people\'s dreams is given the chance to plant an idea in a target\'s mind instead.' },
  { title: 'The Godfather', year: 1972, language: 'en', date: '03-24', overview: 'The ageing head of a New York crime family hands control of his empire to his reluctant youngest son.' },
  { title: 'Pulp Fiction', year: 1994, language: 'en', date: '10-14', overview: 'The lives of two hit men, a boxer, a gangster\'s wife and a pair of diner robbers intertwine in Los Angeles.' },
  { title: 'The Shawshank Redemption', year: 1994, language: 'en', date: '09-23', overview: 'A banker sentenced to life in Shawshank prison befriends a fellow inmate and finds hope over two decades.' },
  { title: 'Casablanca', year: 1942, language: 'en', date: '11-26', overview: 'In wartime Casablanca, a cynical nightclub owner must decide whether to help his former lover and her husband escape.' },
  { title: 'Parasite', year: 2019, language: 'ko', date: '05-30', overview: 'A poor family schemes its way into working for a wealthy household, until an unexpected discovery changes everything.' },
  { title: 'Spirited Away', year: 2001, language: 'ja', date: '07-20', overview: 'A ten-year-old girl wanders into a world of spirits and must work in a bathhouse to free herself and her parents.' },
  { title: 'Amélie', year: 2001, language: 'fr', date: '04-25', overview: 'A shy Parisian waitress sets out to quietly change the lives of the people around her.' },
  { title: 'The Matrix', year: 1999, language: 'en', date: '03-31', overview: 'A computer hacker learns that the world he lives in is a simulation and joins a rebellion against its machine makers.' },
  { title: 'Interstellar', year: 2014, language: 'en', date: '11-07', overview: 'A team of explorers travels through a wormhole in space to find a new home for humanity.' },
  { title: 'Fight Club', year: 1999, language: 'en', date: '10-15', overview: 'An insomniac office worker and a soap salesman form an underground fight club that grows into something far more dangerous.' },
  { title: 'The Dark Knight', year: 2008, language: 'en', date: '07-18', overview: 'Batman faces the Joker, a criminal mastermind who plunges Gotham City into chaos.' },
  { title: 'Forrest Gump', year: 1994, language: 'en', date: '07-06', overview: 'A kind man from Alabama witnesses and shapes decades of American history while longing for his childhood sweetheart.' },
  { title: 'Jurassic Park', year: 1993, language: 'en', date: '06-11', overview: 'Visitors to a theme park of cloned dinosaurs fight to survive when the park\'s security systems fail.' },
  { title: 'La La Land', year: 2016, language: 'en', date: '12-09', overview: 'A jazz pianist and an aspiring actress fall in love in Los Angeles while chasing their dreams.' },
  { title: 'The Silence of the Lambs', year: 1991, language: 'en', date: '02-14', overview: 'A young FBI trainee seeks the help of an imprisoned psychiatrist to catch a serial killer.' },
  { title: 'Seven Samurai', year: 1954, language: 'ja', date: '04-26', overview: 'Farmers hire seven samurai to defend their village from bandits who return each harvest.' },
  { title: 'Cinema Paradiso', year: 1988, language: 'it', date: '11-17', overview: 'A film director recalls his childhood in a Sicilian village and his friendship with the projectionist of the local cinema.' },
  { title: 'Pan\'s Labyrinth', year: 2006, language: 'es', date: '10-11', overview: 'In Spain in 1944, a young girl escapes into a mysterious labyrinth while her stepfather hunts rebels in the mountains.' },
  { title: 'The Lord of the Rings: The Fellowship of the Ring', year: 2001, language: 'en', date: '12-19', overview: 'A young hobbit and eight companions set out to destroy a powerful ring before the Dark Lord can claim it.' },
  { title: 'Star Wars', year: 1977, language: 'en', date: '05-25', overview: 'A farm boy joins a rebel princess, a smuggler and an old Jedi knight to fight the Galactic Empire.' },
  { title: 'Back to the Future', year: 1985, language: 'en', date: '07-03', overview: 'A teenager is sent thirty years back in time in a scientist\'s time machine and must make sure his parents fall in love.' },
  { title: 'Oppenheimer', year: 2023, language: 'en', date: '07-21', overview: 'The physicist J. Robert Oppenheimer leads the building of the first atomic bomb and lives with what it does.' },
  { title: 'Schindler\'s List', year: 1993, language: 'en', date: '12-15', overview: 'A German businessman saves more than a thousand Jewish refugees during the Holocaust by employing them in his factories.' },
  // Titles a spec's own example names (RapidAPI's mdblist searches "jaws"): their real years, so a year said with them fits.
  { title: 'Jaws', year: 1975, language: 'en', date: '06-20', overview: 'A police chief, a marine biologist and a shark hunter set out to stop a great white shark that is attacking swimmers off a New England island.' },
  { title: 'Titanic', year: 1997, language: 'en', date: '12-19', overview: 'A young aristocrat and a penniless artist fall in love aboard the ill-fated liner on its maiden voyage in 1912.' },
  { title: 'Avatar', year: 2009, language: 'en', date: '12-18', overview: 'A paraplegic marine sent to the moon Pandora is torn between following his orders and protecting the world he comes to love.' },
  { title: 'Gladiator', year: 2000, language: 'en', date: '05-05', overview: 'A Roman general betrayed by the emperor\'s son is sold into slavery and fights his way back as a gladiator to seek revenge.' },
  { title: 'Alien', year: 1979, language: 'en', date: '05-25', overview: 'The crew of a commercial spaceship answers a distress call and brings aboard a deadly creature.' },
  { title: 'Toy Story', year: 1995, language: 'en', date: '11-22', overview: 'A pull-string cowboy doll feels threatened when a new space ranger action figure becomes his owner\'s favourite toy.' },
  { title: 'The Lion King', year: 1994, language: 'en', date: '06-15', overview: 'A young lion prince flees his kingdom after his father\'s death and must return to claim his place as king.' },
  { title: 'Top Gun', year: 1986, language: 'en', date: '05-16', overview: 'A hotshot naval aviator competes at an elite fighter weapons school while falling for an instructor.' },
];
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', ko: 'Korean', ja: 'Japanese', fr: 'French', es: 'Spanish', it: 'Italian' };
const TITLE_KEY = /^(title|name|original_title|movie_title|film_title)$/;
const YEAR_KEY = /^(year|release_year|production_year|year_released)$/;
const DATE_KEY = /^(release_date|released|released_on|premiere_date|first_air_date|date_released)$/;
const LANGUAGE_KEY = /^(original_language|language|lang|spoken_language)$/;
const OVERVIEW_KEY = /^(overview|plot|synopsis|summary|storyline|description)$/;
/** Keys only a film's record has: a city named Casablanca keeps its own description. */
const FILM_SIGN = /(^|_)(release|released|runtime|vote|genres?|poster|imdb|tmdb|director|cast|original_title|movie|film|box_office)(_|$)/;
const BY_TITLE = new Map(FILMS.map((f) => [f.title.toLowerCase(), f]));
/** What a title made from each film starts with ("x ", "x:"), in the films' order: every named record is tested. */
const MADE_FROM = FILMS.map((film) => ({ film, spaced: `${film.title.toLowerCase()} `, colon: `${film.title.toLowerCase()}:` }));

/** The film a title is or is made from ("X 2", "X: Night"), with `exact` when it is the film itself. */
function filmOf(title: string): { film: (typeof FILMS)[number]; exact: boolean } | undefined {
  const lower = title.toLowerCase();
  const exact = BY_TITLE.get(lower);
  if (exact) return { film: exact, exact: true };
  for (const { film, spaced, colon } of MADE_FROM) if (lower.startsWith(spaced) || lower.startsWith(colon)) return { film, exact: false };
  return undefined;
}

/** A film record whose title is a known film (or made from one) takes its year and language; the film itself its date and overview. */
export function agreeFilm(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const titleKey = Object.keys(record).find((k) => TITLE_KEY.test(words(k)) && typeof record[k] === 'string');
  if (titleKey === undefined) return;
  const found = filmOf(record[titleKey] as string);
  if (!found) return;
  const { film, exact } = found;
  // A title made from the film comes 2 to 9 years after it, by the length of its title.
  const filmRecord = exact && Object.keys(record).some((k) => FILM_SIGN.test(words(k)));
  const year = exact ? film.year : film.year + 2 + ((record[titleKey] as string).length % 8);
  for (const key of keys) {
    const w = words(key);
    const value = record[key];
    if (YEAR_KEY.test(w) && typeof value === 'number') record[key] = year;
    else if (YEAR_KEY.test(w) && typeof value === 'string' && /^\d{4}$/.test(value)) record[key] = String(year);
    else if (DATE_KEY.test(w) && typeof value === 'string' && /^\d{4}-/.test(value)) record[key] = `${year}${exact ? `-${film.date}` : value.slice(4, 10) === '-02-29' ? '-02-28' : value.slice(4, 10)}${value.slice(10)}`;
    else if (filmRecord && OVERVIEW_KEY.test(w) && typeof value === 'string') record[key] = film.overview;
    else if (LANGUAGE_KEY.test(w) && typeof value === 'string') record[key] = value.length === 2 ? film.language : LANGUAGE_NAMES[film.language] ?? value;
  }
}

/** Keys only a film person's record has (TMDB's `known_for_department`, a filmography). */
const FILM_PERSON_SIGN = /^(known_for|known_for_department|filmography|movie_credits|combined_credits|imdb_id)$/;
const DEPARTMENT_KEY = /^(known_for_department|department)$/;
const FILM_DEPARTMENTS = ['Acting', 'Directing', 'Writing', 'Production', 'Camera', 'Editing', 'Sound', 'Art', 'Crew', 'Visual Effects', 'Lighting', 'Costume & Make-Up'];

/**
 * Whether a person's record is a film person's; if so its department is a film department ("Acting", not
 * "Travel") unless pinned (only `free` keys change), and the noun its bio is written for ("actor", "director") is returned.
 */
export function filmPersonNoun(record: Record<string, unknown>, free: readonly string[], words: (key: string) => string): string | undefined {
  const keys = Object.keys(record);
  if (!keys.some((k) => FILM_PERSON_SIGN.test(words(k)))) return undefined;
  const department = keys.find((k) => DEPARTMENT_KEY.test(words(k)) && typeof record[k] === 'string');
  if (department && free.includes(department) && !FILM_DEPARTMENTS.includes(record[department] as string)) record[department] = (record[department] as string).length % 3 === 0 ? 'Directing' : 'Acting';
  return department && record[department] === 'Directing' ? 'director' : 'actor';
}

export const CAST_LIST = /^(cast|actors|cast_members|starring)$/;
const CREW_LIST = /^(crew|crew_members|filmmakers)$/;
const CHARACTER_KEY = /^(character|character_name|role|as)$/;
const BILLING_KEY = /^(order|billing_order|cast_order|billing)$/;
const JOB_KEY = /^(job|job_title|role|position)$/;
/** The job a film crew member of each department most often holds (TMDB's departments and jobs). */
const JOB_OF: Readonly<Record<string, readonly string[]>> = {
  directing: ['Director', 'Assistant Director'], writing: ['Screenplay', 'Writer', 'Story'], production: ['Producer', 'Executive Producer', 'Casting'],
  camera: ['Director of Photography', 'Camera Operator'], editing: ['Editor'], sound: ['Original Music Composer', 'Sound Designer', 'Sound Mixer'],
  art: ['Production Design', 'Art Direction', 'Set Decoration'], costume: ['Costume Design', 'Makeup Artist'], 'costume & make-up': ['Costume Design', 'Makeup Artist'],
  'visual effects': ['Visual Effects Supervisor'], lighting: ['Gaffer'], crew: ['Stunt Coordinator'], acting: ['Actor'],
};
const FILM_JOBS = new Set(Object.values(JOB_OF).flat());
const CHARACTER_FIRST = ['Anna', 'Jack', 'Elena', 'Sam', 'Clara', 'Leo', 'Nora', 'Victor', 'Maya', 'Tom', 'Iris', 'Henry', 'Lucia', 'Daniel', 'Rosa', 'Felix'];
const CHARACTER_LAST = ['Moreland', 'Hale', 'Carver', 'Wilde', 'Ashford', 'Pryce', 'Doyle', 'Sterling', 'Blackwood', 'Reyes', 'Lowell', 'Finch'];
const CHARACTER_TITLE = ['Detective', 'Captain', 'Dr.', 'Officer', 'Agent', 'Professor'];
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** A name a character could have: letters and spaces, never a code ("CHR-83837"). */
const NAMELIKE = /^\p{Lu}[\p{L}.'’ -]*$/u;
const NAME_KEY = /^(name|full_name|display_name|original_name)$/;
const PERSON_ID = /^(person_id|id|people_id|cast_id|credit_id)$/;

/** A character's name, from the billing position and the film's title: the same film bills the same characters. */
function characterName(seed: string, i: number): string {
  let h = i * 7919;
  for (let c = 0; c < seed.length; c++) h = (Math.imul(h, 31) + seed.charCodeAt(c)) >>> 0;
  const first = CHARACTER_FIRST[h % CHARACTER_FIRST.length]!;
  const last = CHARACTER_LAST[(h >>> 5) % CHARACTER_LAST.length]!;
  return (h >>> 9) % 4 === 0 ? `${CHARACTER_TITLE[(h >>> 11) % CHARACTER_TITLE.length]!} ${last}` : `${first} ${last}`;
}

/**
 * A film's credits read as credits (QUALITY.md E): the cast play named characters ("Clara Hale", never
 * "CHR-83837") in billing order 0, 1, 2…; the crew hold film jobs of their department ("Camera" → "Director of
 * Photography", never "Forward Assurance Executive") and are other people than the cast, not the same three
 * names under new ids. `fixed` keys of the record stay.
 */
export function agreeCredits(record: Record<string, unknown>, fixed: readonly string[], words: (key: string) => string): void {
  const castKey = Object.keys(record).find((k) => CAST_LIST.test(words(k)) && Array.isArray(record[k]));
  const crewKey = Object.keys(record).find((k) => CREW_LIST.test(words(k)) && Array.isArray(record[k]));
  if (castKey === undefined && crewKey === undefined) return;
  const seed = String(Object.values(record).find((v) => typeof v === 'string' || typeof v === 'number') ?? '');
  const castNames = new Map<string, unknown>();
  if (castKey !== undefined && !fixed.includes(castKey)) {
    (record[castKey] as unknown[]).filter(isRecord).forEach((member, i) => {
      for (const k of Object.keys(member)) {
        const w = words(k);
        if (CHARACTER_KEY.test(w) && typeof member[k] === 'string' && !NAMELIKE.test(member[k] as string)) member[k] = characterName(seed, i);
        else if (BILLING_KEY.test(w) && typeof member[k] === 'number') member[k] = i;
      }
      const nameKey = Object.keys(member).find((k) => NAME_KEY.test(words(k)) && typeof member[k] === 'string');
      const idKey = Object.keys(member).find((k) => PERSON_ID.test(words(k)));
      if (nameKey !== undefined) castNames.set(member[nameKey] as string, idKey === undefined ? undefined : member[idKey]);
    });
  }
  if (crewKey === undefined || fixed.includes(crewKey)) return;
  for (const member of (record[crewKey] as unknown[]).filter(isRecord)) {
    const department = Object.keys(member).find((k) => /^(department|known_for_department)$/.test(words(k)) && typeof member[k] === 'string');
    const jobs = department === undefined ? undefined : JOB_OF[(member[department] as string).toLowerCase()];
    for (const k of Object.keys(member)) {
      if (!JOB_KEY.test(words(k)) || typeof member[k] !== 'string' || FILM_JOBS.has(member[k] as string)) continue;
      const pool = jobs ?? ['Director', 'Producer', 'Editor', 'Screenplay'];
      member[k] = pool[(member[k] as string).length % pool.length]!;
    }
    // A crew member named like one of the cast but under another id is another person.
    const nameKey = Object.keys(member).find((k) => NAME_KEY.test(words(k)) && typeof member[k] === 'string');
    const idKey = Object.keys(member).find((k) => PERSON_ID.test(words(k)));
    if (nameKey === undefined || !castNames.has(member[nameKey] as string)) continue;
    if (idKey !== undefined && castNames.get(member[nameKey] as string) === member[idKey]) continue;
    member[nameKey] = crewName(member[nameKey] as string, castNames);
  }
}

/** Another person's name than any of the cast's. */
function crewName(name: string, taken: ReadonlyMap<string, unknown>): string {
  for (let i = 0; i < 5; i++) {
    const candidate = `${faker.helpers.arrayElement(PEOPLE_NAMES.first as string[])} ${faker.helpers.arrayElement(PEOPLE_NAMES.last as string[])}`;
    if (!taken.has(candidate) && candidate !== name) return candidate;
  }
  return `${faker.helpers.arrayElement(PEOPLE_NAMES.first as string[])} ${name.split(' ').pop()}`;
}

/** A known film's own title, however the title was typed ("the godfather" is "The Godfather"). */
export const knownFilmTitle = (title: string): string | undefined => BY_TITLE.get(title.trim().toLowerCase())?.title;

/** The year of a known film by its exact title ("Parasite" is 2019), if it is one. */
export function knownFilmYear(title: string): number | undefined {
  return BY_TITLE.get(title.toLowerCase())?.year;
}

/** Invented film titles (no famous novel among them: a book's title would take the novel's plot, rapidapi #110). */
const FILM_TITLES = ['The Quiet Harbour', 'Midnight in Marseille', 'Paper Lanterns', 'The Last Ferry', 'Cold Water Road', 'A Summer in Lisbon', 'The Cartographer', 'Neon Rain', 'Salt and Stone', 'The Long Goodbye Tour', 'Echoes of Tomorrow', 'Wild Horses Run', 'The Glass Orchard', 'Northbound', 'Silver Lining Motel', 'The Night Courier', 'Borrowed Time', 'Under the Viaduct', 'The Ninth Floor', 'Dust and Gold', 'The Lighthouse Keeper\'s Daughter', 'Blue Hour', 'A Winter Crossing', 'The Orchard Thief', 'Static Hearts', 'Last Train to Tarragona', 'The Copper Key', 'Harbour Lights', 'Seven Days in Oslo', 'The Understudy', 'Red Sky Morning', 'The Vanishing Coast', 'Small Hours', 'The Beekeeper\'s Son', 'Driftwood', 'Signal Lost', 'The Weight of Snow', 'Quiet Country', 'Long Shadows', 'The Map Room'];
/** A film's title, invented: never a novel's (its plot would follow), nor a real film's (its year would defy a year filter). */
export const movieTitle = (): string => faker.helpers.arrayElement(FILM_TITLES);

const TOP_RANK_KEY = /^(top_?250(_?tv)?|imdb_?top_?250)$/;
const RATING_KEY = /^(rating|imdb_?rating|imdbrating|vote_average|avg_?rating|average_?rating)$/;
/**
 * A title ranked in a top 250 is rated high (rank 1 about 9.3, rank 250 about 8.0), never "1.3" at rank 5 (rapidapi
 * #110); its rating keeps its type (a string stays a string).
 */
export function agreeTopRank(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const rankKey = keys.find((k) => TOP_RANK_KEY.test(words(k)) && typeof record[k] === 'number' && (record[k] as number) >= 1 && (record[k] as number) <= 250);
  if (rankKey === undefined) return;
  const rank = record[rankKey] as number;
  const high = Math.round((9.3 - ((rank - 1) * 1.3) / 249) * 10) / 10;
  for (const key of keys) {
    if (!RATING_KEY.test(words(key))) continue;
    const value = record[key];
    if (typeof value === 'number' && value <= 10 && value < high - 0.5) record[key] = high;
    else if (typeof value === 'string' && /^\d(\.\d)?$/.test(value) && Number(value) < high - 0.5) record[key] = high.toFixed(1);
  }
}
