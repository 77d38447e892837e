/**
 * A real, well-known film keeps its real cast (QUALITY.md E, bundled #110, wave 26): the credits of The Grand
 * Budapest Hotel list Ralph Fiennes as M. Gustave, never "Emma Andersson" as "Shelia Weissnat", and its director is
 * Wes Anderson. The films are those `_films.ts` draws; an invented film keeps its invented cast. The film is the
 * record itself (a title beside the cast) or the earlier record whose id the credits call sent.
 */
import { rememberAgain } from '../world/index.ts';
import { CAST_LIST } from './_films.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
type Credits = { cast: ReadonlyArray<readonly [actor: string, character: string]>; director: string };

/** Lead cast (billing order) and director of the films of `_films.ts`. */
const CREDITS: Readonly<Record<string, Credits>> = {
  'the grand budapest hotel': { cast: [['Ralph Fiennes', 'M. Gustave'], ['Tony Revolori', 'Zero Moustafa'], ['Saoirse Ronan', 'Agatha'], ['Adrien Brody', 'Dmitri']], director: 'Wes Anderson' },
  inception: { cast: [['Leonardo DiCaprio', 'Dom Cobb'], ['Joseph Gordon-Levitt', 'Arthur'], ['Elliot Page', 'Ariadne'], ['Tom Hardy', 'Eames']], director: 'Christopher Nolan' },
  'the godfather': { cast: [['Marlon Brando', 'Vito Corleone'], ['Al Pacino', 'Michael Corleone'], ['James Caan', 'Sonny Corleone'], ['Diane Keaton', 'Kay Adams']], director: 'Francis Ford Coppola' },
  'pulp fiction': { cast: [['John Travolta', 'Vincent Vega'], ['Samuel L. Jackson', 'Jules Winnfield'], ['Uma Thurman', 'Mia Wallace'], ['Bruce Willis', 'Butch Coolidge']], director: 'Quentin Tarantino' },
  'the shawshank redemption': { cast: [['Tim Robbins', 'Andy Dufresne'], ['Morgan Freeman', 'Ellis Boyd "Red" Redding'], ['Bob Gunton', 'Warden Samuel Norton'], ['William Sadler', 'Heywood']], director: 'Frank Darabont' },
  casablanca: { cast: [['Humphrey Bogart', 'Rick Blaine'], ['Ingrid Bergman', 'Ilsa Lund'], ['Paul Henreid', 'Victor Laszlo'], ['Claude Rains', 'Captain Louis Renault']], director: 'Michael Curtiz' },
  parasite: { cast: [['Song Kang-ho', 'Kim Ki-taek'], ['Lee Sun-kyun', 'Park Dong-ik'], ['Cho Yeo-jeong', 'Park Yeon-kyo'], ['Choi Woo-shik', 'Kim Ki-woo']], director: 'Bong Joon-ho' },
  'spirited away': { cast: [['Rumi Hiiragi', 'Chihiro Ogino'], ['Miyu Irino', 'Haku'], ['Mari Natsuki', 'Yubaba']], director: 'Hayao Miyazaki' },
  'amélie': { cast: [['Audrey Tautou', 'Amélie Poulain'], ['Mathieu Kassovitz', 'Nino Quincampoix'], ['Rufus', 'Raphaël Poulain']], director: 'Jean-Pierre Jeunet' },
  'the matrix': { cast: [['Keanu Reeves', 'Neo'], ['Laurence Fishburne', 'Morpheus'], ['Carrie-Anne Moss', 'Trinity'], ['Hugo Weaving', 'Agent Smith']], director: 'Lana Wachowski' },
  interstellar: { cast: [['Matthew McConaughey', 'Cooper'], ['Anne Hathaway', 'Brand'], ['Jessica Chastain', 'Murph'], ['Michael Caine', 'Professor Brand']], director: 'Christopher Nolan' },
  'fight club': { cast: [['Edward Norton', 'The Narrator'], ['Brad Pitt', 'Tyler Durden'], ['Helena Bonham Carter', 'Marla Singer']], director: 'David Fincher' },
  'the dark knight': { cast: [['Christian Bale', 'Bruce Wayne'], ['Heath Ledger', 'The Joker'], ['Aaron Eckhart', 'Harvey Dent'], ['Gary Oldman', 'James Gordon']], director: 'Christopher Nolan' },
  'forrest gump': { cast: [['Tom Hanks', 'Forrest Gump'], ['Robin Wright', 'Jenny Curran'], ['Gary Sinise', 'Lieutenant Dan Taylor'], ['Sally Field', 'Mrs. Gump']], director: 'Robert Zemeckis' },
  'jurassic park': { cast: [['Sam Neill', 'Alan Grant'], ['Laura Dern', 'Ellie Sattler'], ['Jeff Goldblum', 'Ian Malcolm'], ['Richard Attenborough', 'John Hammond']], director: 'Steven Spielberg' },
  'la la land': { cast: [['Ryan Gosling', 'Sebastian Wilder'], ['Emma Stone', 'Mia Dolan'], ['John Legend', 'Keith']], director: 'Damien Chazelle' },
  'the silence of the lambs': { cast: [['Jodie Foster', 'Clarice Starling'], ['Anthony Hopkins', 'Dr. Hannibal Lecter'], ['Scott Glenn', 'Jack Crawford']], director: 'Jonathan Demme' },
  'seven samurai': { cast: [['Takashi Shimura', 'Kambei Shimada'], ['Toshiro Mifune', 'Kikuchiyo'], ['Keiko Tsushima', 'Shino']], director: 'Akira Kurosawa' },
  'cinema paradiso': { cast: [['Philippe Noiret', 'Alfredo'], ['Salvatore Cascio', 'Salvatore as a child'], ['Jacques Perrin', 'Salvatore as an adult']], director: 'Giuseppe Tornatore' },
  "pan's labyrinth": { cast: [['Ivana Baquero', 'Ofelia'], ['Sergi López', 'Captain Vidal'], ['Maribel Verdú', 'Mercedes'], ['Doug Jones', 'The Faun']], director: 'Guillermo del Toro' },
  'the lord of the rings: the fellowship of the ring': { cast: [['Elijah Wood', 'Frodo Baggins'], ['Ian McKellen', 'Gandalf'], ['Viggo Mortensen', 'Aragorn'], ['Sean Astin', 'Samwise Gamgee']], director: 'Peter Jackson' },
  'star wars': { cast: [['Mark Hamill', 'Luke Skywalker'], ['Harrison Ford', 'Han Solo'], ['Carrie Fisher', 'Princess Leia Organa'], ['Alec Guinness', 'Obi-Wan Kenobi']], director: 'George Lucas' },
  'back to the future': { cast: [['Michael J. Fox', 'Marty McFly'], ['Christopher Lloyd', 'Dr. Emmett Brown'], ['Lea Thompson', 'Lorraine Baines'], ['Crispin Glover', 'George McFly']], director: 'Robert Zemeckis' },
  oppenheimer: { cast: [['Cillian Murphy', 'J. Robert Oppenheimer'], ['Emily Blunt', 'Kitty Oppenheimer'], ['Matt Damon', 'Leslie Groves'], ['Robert Downey Jr.', 'Lewis Strauss']], director: 'Christopher Nolan' },
  "schindler's list": { cast: [['Liam Neeson', 'Oskar Schindler'], ['Ben Kingsley', 'Itzhak Stern'], ['Ralph Fiennes', 'Amon Göth'], ['Embeth Davidtz', 'Helen Hirsch']], director: 'Steven Spielberg' },
};

const words = snakeKey;
const CREW = /^(crew|crew_members)$/;
const TITLE = /^(title|name|original_title|movie_title|film_title)$/;
const MOVIE_ID = /^(movie_id|film_id|title_id|id)$/;
const NAME = /^(name|actor|actor_name|person_name|full_name)$/;
const CHARACTER = /^(character|character_name|role|as)$/;
const JOB = /^(job|role|position)$/;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** The known film's credits a record's title names, or of the earlier record with the movie id the call sent. */
function creditsFor(record: Json, args: Readonly<Json>, earlier: readonly unknown[]): Credits | undefined {
  const own = Object.keys(record).find((k) => TITLE.test(words(k)) && typeof record[k] === 'string');
  if (own !== undefined) return CREDITS[(record[own] as string).trim().toLowerCase()];
  const id = Object.entries(args).find(([k]) => /^(movie_id|film_id|id)$/.test(words(k)))?.[1];
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  let found: Credits | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found !== undefined || !node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    const idKey = Object.keys(obj).find((k) => MOVIE_ID.test(words(k)) && String(obj[k]) === String(id));
    const titleKey = Object.keys(obj).find((k) => TITLE.test(words(k)) && typeof obj[k] === 'string');
    if (idKey !== undefined && titleKey !== undefined) found = CREDITS[(obj[titleKey] as string).trim().toLowerCase()];
    else for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  earlier.forEach((r) => visit(r, 0));
  return found;
}

/** Credits of a known film list its real lead cast and director (see the file comment). */
export function realCredits26(result: unknown, args: Readonly<Json>, earlier: readonly unknown[], kept: (v: unknown) => boolean): void {
  const visit = (node: unknown, depth: number): void => {
    if (!isRecord(node) || depth > 3) return;
    const castKey = Object.keys(node).find((k) => CAST_LIST.test(words(k)) && Array.isArray(node[k]));
    const crewKey = Object.keys(node).find((k) => CREW.test(words(k)) && Array.isArray(node[k]));
    if (castKey === undefined && crewKey === undefined) {
      for (const v of Object.values(node)) if (isRecord(v)) visit(v, depth + 1);
      return;
    }
    const credits = creditsFor(node, args, earlier);
    if (credits === undefined) return;
    const cast = castKey === undefined ? [] : (node[castKey] as unknown[]).filter(isRecord);
    cast.forEach((member, i) => {
      const real = credits.cast[i];
      const nameKey = Object.keys(member).find((k) => NAME.test(words(k)) && typeof member[k] === 'string');
      if (real === undefined || nameKey === undefined || kept(member[nameKey])) return;
      member[nameKey] = real[0];
      const characterKey = Object.keys(member).find((k) => CHARACTER.test(words(k)) && typeof member[k] === 'string');
      if (characterKey !== undefined) member[characterKey] = real[1];
      rememberAgain(member);
    });
    // A list longer than the known leads ends with them: the rest were invented beside real stars.
    if (castKey !== undefined && cast.length > credits.cast.length) node[castKey] = (node[castKey] as unknown[]).slice(0, credits.cast.length);
    const crew = crewKey === undefined ? [] : (node[crewKey] as unknown[]).filter(isRecord);
    const director = crew.find((m) => Object.keys(m).some((k) => JOB.test(words(k)) && m[k] === 'Director')) ?? crew[0];
    const nameKey = director === undefined ? undefined : Object.keys(director).find((k) => NAME.test(words(k)) && typeof director[k] === 'string');
    if (director === undefined || nameKey === undefined || kept(director[nameKey])) return;
    director[nameKey] = credits.director;
    for (const k of Object.keys(director)) {
      if (JOB.test(words(k)) && typeof director[k] === 'string') director[k] = 'Director';
      if (/^(department|known_for_department)$/.test(words(k)) && typeof director[k] === 'string') director[k] = 'Directing';
    }
    rememberAgain(director);
  };
  visit(result, 0);
}
