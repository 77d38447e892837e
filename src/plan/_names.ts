/**
 * Names that fit what is named: a golf tournament is "the Lisbon Open", an airport "Lisbon International
 * Airport", a movie API's genre a movie genre. The kind of thing is read from the value's own name
 * (`tournament_name`), else from the operation's words (the rightmost resource noun of its path wins:
 * `/browse/categories/{id}/playlists` lists playlists). Product names ("Practical Wooden Bacon") are only for
 * products. Every choice draws from Faker, which the caller binds to its Rng.
 */
import { JOB_KEYWORDS } from './_job-words23.ts';
import { faker, fakerFor } from './_faker.ts';
import { ownerSurname, TRADES } from './_owner-name.ts';
import { CITY_POSTCODE_PREFIX, POSTCODE_FORMAT, commonStreetAddress25, spanishStreetFil35, legalForms, localStreetAddress, worldValue } from '../world/index.ts'; import { namedStreet25 } from './_streets25.ts';
import { webcamName } from './_webcams15.ts'; import { schoolName24 } from './_institutions24.ts';
import { songTitle, albumTitle, bookTitle, artistName, jobTitle26 } from './_works.ts';
import { HOLIDAY_NAMES } from './_holidays.ts';
import { musicGenre } from './_genres.ts'; import { jobCategories27 } from './_fits27.ts';
import { productBlurb } from './_product-text.ts';
import { MARKET_KINDS } from './_market-kinds.ts';
import { headline } from './_headlines15.ts';
export { headline };

import { AUTHZ_CONTEXT, AUTHZ_STORES } from './_authz-stores22.ts';
import { NOT_EVENTS, NOT_JOBS, PET_TAGS, stageName, TAG_WORDS, TASKS } from './_name-lists14.ts';
import { movieTitle } from './_films.ts';
import { DATASETS, dishName, documentFileName, MENU_KINDS, MINISTRIES, QUESTIONS, VEHICLES } from './_kinds18.ts';
const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

/** The dialogue's city (its world's focused place), else a well-known one. */
export function cityName(): string {
  return (worldValue('city', false, () => '') as string | undefined) ?? pick(['Lisbon', 'Toronto', 'Osaka', 'Berlin', 'Chicago', 'Dublin', 'Melbourne', 'Madrid']);
}

/** Faker in the locale of the dialogue's country: its streets and postcodes read as that country's. */
export function localFaker(): typeof faker {
  return fakerFor(worldValue('country_code', false, () => '') as string | undefined);
}

/** A street address in the dialogue's city as its country writes it ("2-14-5 Ginza" in Tokyo, "Rua Augusta 12" in Lisbon). */
export function localStreet(): string {
  const city = worldValue('city', false, () => '') as string | undefined;
  const int = (min: number, max: number): number => faker.number.int({ min, max });
  const country = (worldValue('country_code', false, () => '') as string | undefined) ?? 'US';
  return (city && localStreetAddress(city, int)) || commonStreetAddress25(country, int, city) || spanishStreetFil35(country, int) || localFaker().location.streetAddress();
}

/** A postcode of the dialogue's country in its own form (Japan "150-0001", not a US ZIP+4). */
export function localPostcode(): string {
  const format = POSTCODE_FORMAT[(worldValue('country_code', false, () => '') as string | undefined) ?? ''];
  if (format === undefined) return localFaker().location.zipCode();
  if (format === '') return '';
  const drawn = faker.helpers.replaceSymbols(format);
  // The city's own postcodes: a Berlin address is 10xxx–14xxx, never Heilbronn's 74664.
  const prefix = CITY_POSTCODE_PREFIX[(worldValue('city', false, () => '') as string | undefined) ?? ''];
  return prefix === undefined ? drawn : prefix + drawn.slice(prefix.length);
}

function countryName(): string {
  return (worldValue('country', false, () => '') as string | undefined) ?? pick(['Portugal', 'Canada', 'Japan', 'Germany', 'Spain']);
}

function personName(): string {
  return (worldValue('full_name', false, () => '') as string | undefined) ?? faker.person.fullName();
}

/**
 * A company's name as brands and services are named ("Keeling Media", "Hartmann Group"); never Faker's
 * three-surname form ("Schimmel-Blanda, Will and White"), which reads as a law firm whatever the company does.
 */
export function companyName(): string {
  const country = worldValue('country_code', false, () => '') as string | undefined;
  const last = localFaker().person.lastName();
  // The legal form is the company's country's own ("AB" in Stockholm), as its world places it.
  return faker.number.int({ min: 0, max: 2 }) === 0 ? `${last} ${pick(legalForms(country))}` : `${last} ${pick(['Group', 'Media', 'Labs', 'Partners', 'Holdings', 'Digital', 'Networks', '& Co.'])}`;
}

/** Goods by department: a shop's product is one a department sells, named as shops name it. */
const GOODS: Readonly<Record<string, readonly string[]>> = {
  kids: ['Building Blocks Set', 'Plush Teddy Bear', 'Wooden Train Set', 'Kids Rain Jacket', 'Picture Book Bundle', 'Art Crayon Kit'],
  toys: ['Building Blocks Set', 'Remote Control Car', 'Jigsaw Puzzle (500 pieces)', 'Plush Teddy Bear', 'Board Game Classic'],
  baby: ['Baby Sleeping Bag', 'Soft Cotton Bodysuit', 'Teething Ring', 'Stroller Rain Cover'],
  electronics: ['Wireless Earbuds', 'Bluetooth Speaker', 'USB-C Charger 65W', 'Smart Watch', 'Noise-Cancelling Headphones'],
  computers: ['Mechanical Keyboard', 'Wireless Mouse', '27-inch Monitor', 'Laptop Stand', 'External SSD 1TB'],
  books: ['Hardcover Notebook', 'Cookbook: Everyday Suppers', 'Travel Guide: Portugal', 'Crime Novel Box Set'],
  garden: ['Garden Hose 20 m', 'Pruning Shears', 'Raised Planter Box', 'Solar Path Lights'],
  home: ['Ceramic Table Lamp', 'Linen Cushion Cover', 'Cotton Bath Towel Set', 'Oak Side Table'],
  sports: ['Yoga Mat', 'Running Shoes', 'Adjustable Dumbbells', 'Football Size 5', 'Cycling Helmet'],
  outdoors: ['Two-Person Tent', 'Hiking Backpack 30 L', 'Insulated Water Bottle', 'Camping Stove'],
  clothing: ['Cotton T-Shirt', 'Slim Fit Jeans', 'Wool Jumper', 'Rain Jacket'],
  shoes: ['Leather Ankle Boots', 'Canvas Sneakers', 'Running Shoes', 'Suede Loafers'],
  beauty: ['Hydrating Face Cream', 'Vitamin C Serum', 'Argan Hair Oil', 'Mineral Sunscreen SPF 50'],
  health: ['Digital Thermometer', 'Vitamin D Tablets', 'First Aid Kit', 'Electric Toothbrush'],
  grocery: ['Organic Rolled Oats', 'Extra Virgin Olive Oil', 'Ground Coffee 500 g', 'Dark Chocolate Bar'],
  automotive: ['Car Phone Holder', 'Tyre Inflator', 'Dash Cam', 'Microfibre Cleaning Cloths'],
  jewelery: ['Silver Hoop Earrings', 'Gold Chain Necklace', 'Leather Strap Watch'],
  tools: ['Cordless Drill', 'Screwdriver Set', 'Tape Measure 5 m', 'Spirit Level'],
};
/** Every department's goods, once each. */
export const ALL_GOODS: readonly string[] = [...new Set(Object.values(GOODS).flat())];

/**
 * A product's name: one its department sells where the words name a department ("kids", "electronics"), else one
 * of any department's goods (never Faker's "Electronic Bronze Soap" or "Sleek Wooden Sausages").
 */
export function productName(context = ''): string {
  const dept = /\b(kids|toys|baby|electronics|computers|books|garden|sports|outdoors|clothing|shoes|beauty|health|grocery|automotive|jewelery)\b/.exec(context);
  if (dept) return pick(GOODS[dept[1]!]!);
  // Faker's names ("Electronic Bronze Soap", "Gorgeous Granite Pizza") are no goods a shop sells: a department's own.
  return pick(ALL_GOODS);
}

/** A policy condition is named for the test it makes ("non_expired_grant"), never like a shop. */
export const conditionName = (): string => pick(['non_expired_grant', 'in_allowed_ip_range', 'is_business_hours', 'has_valid_subscription', 'is_weekday', 'within_quota', 'not_suspended']);

const cap = (s: string): string => s.replace(/^\w/, (c) => c.toUpperCase());

const MOVIE_GENRES = ['Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family', 'Fantasy', 'History', 'Horror', 'Mystery', 'Romance', 'Science Fiction', 'Thriller', 'War', 'Western'];
const GAME_GENRES = ['Action', 'Adventure', 'Role-playing', 'Strategy', 'Puzzle', 'Racing', 'Simulation', 'Sports', 'Platformer', 'Shooter'];
const PODCAST_GENRES = ['Comedy', 'News', 'True Crime', 'History', 'Science', 'Business', 'Health & Fitness', 'Technology', 'Society & Culture'];
const MUSIC_CATEGORIES = ['Pop', 'Hip-Hop', 'Rock', 'Chill', 'Workout', 'Focus', 'Mood', 'Jazz', 'Latin', 'Indie'];
const NEWS_SECTIONS = ['Politics', 'Business', 'Technology', 'Health', 'Science', 'Sports', 'Culture', 'Environment', 'Education'];
const QUIZ_CATEGORIES = ['General Knowledge', 'Science', 'History', 'Geography', 'Sports', 'Music', 'Film', 'Literature', 'Mathematics'];
const APP_CATEGORIES = ['Productivity', 'Education', 'Games', 'Health & Fitness', 'Travel', 'Finance', 'Music & Audio', 'Photography', 'Food & Drink', 'Tools'];
const MOTORSPORT_CATEGORIES = ['Formula 1', 'MotoGP', 'NASCAR', 'IndyCar', 'Rally', 'Formula E', 'Endurance', 'Superbike'];
const WEBCAM_CATEGORIES = ['Beach', 'City', 'Traffic', 'Mountain', 'Harbour', 'Landscape', 'Lake', 'Airport', 'Ski resort'];
export const SPORT_CATEGORIES = ['Football', 'Basketball', 'Tennis', 'Ice Hockey', 'Baseball', 'Cricket', 'Rugby', 'Motorsport', 'Golf', 'Cycling'];
const GENERAL_CATEGORIES = ['General', 'News', 'Sports', 'Technology', 'Entertainment', 'Lifestyle', 'Business', 'Travel'];

/** A genre or category that fits the API's domain (a movie API's genres are movie genres). */
function genreFor(context: string, category: boolean): string {
  const jobs = jobCategories27(context); if (jobs) return pick(jobs); // a job board's are kinds of job; a sports API's sports
  if (/\b(motorsports?|formula ?1?|f1|nascar|motogp|indycar|rally)\b/.test(context)) return pick(MOTORSPORT_CATEGORIES);
  if (/\bwebcams?\b/.test(context)) return pick(WEBCAM_CATEGORIES);
  if (/\b(mma|ufc|fights?|fighters?|boxing|bouts?|kickboxing|wrestling)\b/.test(context)) return pick(['MMA', 'Boxing', 'Kickboxing', 'Muay Thai', 'Grappling']);
  if (/\b(movies?|films?|tv|netflix|imdb|cinema|series|titles?)\b/.test(context)) return pick(MOVIE_GENRES);
  if (/\b(books?|novels?|library|librar(y|ies)|authors?|editions?)\b/.test(context)) return faker.book.genre();
  if (/\b(games?|steam|gaming|consoles?)\b/.test(context)) return pick(GAME_GENRES);
  if (/\b(podcasts?|episodes?|shows?|audiobooks?)\b/.test(context)) return pick(PODCAST_GENRES);
  if (/\b(quiz|trivia|questions?)\b/.test(context)) return pick(QUIZ_CATEGORIES);
  if (/\b(apps?|play store|app store)\b/.test(context)) return pick(APP_CATEGORIES);
  if (/\b(news|articles?|headlines?|newsletters?)\b/.test(context)) return pick(NEWS_SECTIONS);
  if (/\b(music|songs?|tracks?|artists?|albums?|playlists?|spotify|genres?)\b/.test(context)) return category ? pick(MUSIC_CATEGORIES) : musicGenre();
  if (/\b(pets?|dogs?|cats?|animals?)\b/.test(context)) return pick(['Dogs', 'Cats', 'Birds', 'Fish', 'Reptiles', 'Rabbits']); // a pet store's, never "Grocery" (openapi #41)
  if (/\b(products?|shop|shopping|amazon|store|stores|ecommerce|orders?|catalog)\b/.test(context)) return faker.commerce.department();
  if (/\b(sports?|football|soccer|basketball|baseball|hockey|tennis|cricket|rugby|golf|leagues?|fixtures?|matches)\b/.test(context)) return pick(SPORT_CATEGORIES);
  return pick(GENERAL_CATEGORIES);
}

const PLAYLISTS = ['Morning Focus', 'Road Trip Classics', 'Chill Evenings', 'Workout Mix', 'Sunday Jazz', 'Indie Discoveries', 'Rainy Day Acoustic', 'Throwback Hits', 'Deep Work', 'Summer Party', 'Late Night Soul', 'Kitchen Grooves', 'Weekend Brunch', 'Commute Mix', 'Coffeehouse Folk', 'Sleepy Piano', 'Running Tempo', '90s Singalong', 'Study Beats', 'Dinner Party Jazz', 'Sunset Drive', 'Garden Party', 'Fresh Finds', 'Heavy Rotation'];
const TOPICS = ['urban cycling', 'the history of coffee', 'sleep and memory', 'remote work', 'ocean conservation', 'chess openings', 'home cooking', 'space exploration', 'personal finance', 'climate policy', 'street photography', 'learning languages', 'small business taxes', 'rewilding farmland', 'the science of sourdough', 'public transport', 'bird migration', 'urban gardening', 'jazz history', 'mental health at work', 'electric cars', 'ancient Rome', 'first-time home buying', 'marathon training'];
const GAMES = ['Stardew Valley', 'Hollow Knight', 'Celeste', 'Hades', 'Portal 2', 'Civilization VI', 'The Witcher 3', 'Terraria', 'Minecraft', 'Rocket League', 'Disco Elysium', 'Factorio'];
const APPS = ['Budget Buddy', 'Trail Maps', 'Focus Timer', 'Recipe Box', 'Fit Tracker', 'Lingo Cards', 'PhotoFix', 'Transit Now', 'Sleep Well', 'Habit Loop', 'Plant Pal', 'Study Deck', 'Pocket Ledger', 'Ride Share Go', 'Meal Planner', 'Sky Guide', 'Note Nest', 'Parking Spot', 'Water Reminder', 'Trip Wallet', 'Chord Coach', 'Home Inventory'];
const GAME_SERIES = ['The Legend of Zelda', 'Final Fantasy', 'Civilization', 'Assassin\'s Creed', 'Halo', 'Mario Kart', 'Resident Evil', 'Total War'];
const TV_SERIES = ['Northern Lights', 'The Long Road', 'City of Glass', 'Harbour Street', 'Quiet Waters', 'The Last Orchard', 'Night Shift', 'Open Skies', 'Saltmarsh', 'The Ferryman', 'Paper Crowns', 'Kingfisher Lane', 'After the Flood', 'The Night Market', 'Borderlands', 'Second Spring', 'The Glass Tower', 'Red Canyon'];
const COURSES = ['Introduction to Data Science', 'Spanish for Beginners', 'Modern Web Development', 'Financial Accounting', 'Creative Writing', 'Machine Learning Basics', 'Photography Fundamentals'];
const WORKFLOWS = ['Software Simplified Workflow', 'Bug Triage', 'Content Review', 'Release Process', 'Support Escalation', 'Design Approval'];
const CONTINENTS = ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Oceania'];
const SECTORS = ['Technology', 'Health Care', 'Financials', 'Energy', 'Consumer Discretionary', 'Industrials', 'Utilities', 'Materials'];
const EXCHANGES = ['NYSE', 'NASDAQ', 'London Stock Exchange', 'Euronext', 'Tokyo Stock Exchange'];
const LEAGUES = ['Premier League', 'La Liga', 'Serie A', 'Bundesliga', 'NBA', 'NHL', 'Major League Soccer'];
const ACHIEVEMENTS = ['First Steps', 'Explorer', 'Master Builder', 'Speed Runner', 'Collector', 'Untouchable', 'Veteran'];
const PLATFORMS = ['PC', 'PlayStation 5', 'Xbox Series X', 'Nintendo Switch', 'iOS', 'Android'];
const FORM_FIELDS = ['Gift message', 'Delivery instructions', 'Company name', 'VAT number', 'Preferred contact time'];
const VIDEOS = ['How to brew better coffee at home', 'A walk through the old town', 'Beginner yoga in 15 minutes', 'Five tips for street photography', 'Building a budget gaming PC'];
/** Video titles are composed too (how-to openers and tasks), for the same reason. */
const VIDEO_OPENERS = ['How to', 'Learn to', 'Five ways to', 'The easy way to', 'Beginner guide: how to', 'Watch me'];
const VIDEO_TASKS = ['brew better coffee at home', 'fix a bike puncture', 'start a vegetable garden', 'edit photos on your phone', 'bake sourdough bread', 'train for a 10K', 'paint with watercolours', 'build a budget gaming PC', 'play your first guitar chords', 'plan a weekend city break', 'make fresh pasta', 'tidy a small kitchen', 'repot a houseplant', 'sharpen kitchen knives'];

const FIGHTS = /\b(mma|ufc|fights?|fighters?|boxing|bouts?|wrestling|kickboxing|bellator)\b/;
const SPORTS = /\b(sports?|football|soccer|basketball|baseball|hockey|tennis|cricket|rugby|league|teams?|fixtures?)\b/;

const FIGHTERS = ['Silva', 'Nakamura', 'Kowalski', 'Okafor', 'Moreau', 'Petrov', 'Haddad', 'Larsen', 'Santos', 'Jensen', 'Khan', 'Adeyemi', 'Novak', 'Ortega', 'Duarte', 'Ivanova', 'Mensah', 'Tanaka', 'Byrne', 'Aziz', 'Lindqvist', 'Popescu', 'Reyes', 'Castillo'];
/** Two fighters of a bout, as a card names them: by two different surnames. */
export function boutName(): string {
  const [a, b] = faker.helpers.arrayElements(FIGHTERS, 2);
  return `${a} vs. ${b}`;
}

/** An event's name fits what the API is about: a fight card in a combat sports API, never a "Warsaw Book Week". */
export function eventName(context = ''): string {
  if (FIGHTS.test(context)) return `${pick(['Fight Night', 'Championship Night', 'Grand Prix', 'Title Night', 'Contender Series', 'Summer Slam', 'Cage Classic'])} ${cityName()}: ${boutName()}`;
  if (SPORTS.test(context)) return `${cityName()} ${pick(['Cup Final', 'Derby', 'Open', 'Classic'])}`;
  return `${cityName()} ${pick([musicGenre(), 'Food', 'Film', 'Book', 'Design'])} ${pick(['Festival', 'Night', 'Week', 'Fair'])}`;
}

/** A kind of named thing: its noun, the words that name it, how to make a name for it. */
/** What a scheme governs, by the operation's words ("notification scheme" → Notification). */
const SCHEME_KIND = /\b(notification|permission|workflow|priority|screen)s? ?schemes?\b/i;

export interface NameKind {
  noun: string;
  words: RegExp;
  make: (context: string) => string;
  /** Wins over kinds named later in the operation's words (a reservation's name is its guest's, whatever else is said). */
  first?: boolean;
  /** Words the operation must have too: a `course` is a golf course only in a golf API. */
  needs?: RegExp;
  /** A title of this kind is its name too (an episode's title); people's titles are job titles, not names. */
  titled?: boolean;
}

export const NAME_KINDS: readonly NameKind[] = [
  // A reservation's or booking's name is the guest's ("book a table" is no book title).
  { noun: 'guest', words: /\b(reservations?|bookings?|guests?|patients?|clients?|travell?ers?|attendees?|recipients?|students?)\b/, make: personName, first: true },
  // A ride service's products are ride options ("Comfort", "XL"), not goods.
  { noun: 'ride option', words: /\b(products?|rides?)\b/, needs: /\b(rides?|uber|lyft|taxis?|cabs?|pickups?|trips?|etas?|drivers?|estimates?)\b/, make: () => pick(['Standard', 'Comfort', 'XL', 'Premium', 'Shared', 'Green', 'Black']), titled: true },
  // A product group or line is a category, not a product.
  { noun: 'category', words: /\bproduct ?(groups?|categor(y|ies)|types?|lines?|families)\b/, make: (c) => genreFor(c, true) },
  { noun: 'product', words: /\b(products?|line items?|skus?|merchandise|asins?)\b/, make: productName, titled: true },
  { noun: 'song', words: /\b(tracks?|songs?|singles?)\b/, make: songTitle, titled: true },
  { noun: 'artist', words: /\b(artists?|bands?|singers?|performers?)\b/, make: () => artistName() },
  { noun: 'album', words: /\balbums?\b/, make: albumTitle, titled: true },
  { noun: 'playlist', words: /\bplaylists?\b/, make: () => pick(PLAYLISTS), titled: true },
  { noun: 'episode', words: /\bepisodes?\b/, make: () => cap(pick(TOPICS)), titled: true },
  { noun: 'chapter', words: /\bchapters?\b/, make: () => `Chapter ${faker.number.int({ min: 1, max: 30 })}`, titled: true },
  { noun: 'podcast', words: /\b(podcasts?|shows)\b/, make: () => `${cap(pick(TOPICS))} ${pick(['Weekly', 'Podcast', 'Hour', 'Talks'])}`, titled: true },
  { noun: 'audiobook', words: /\b(audiobooks?|books?|novels?|editions?|works)\b/, make: bookTitle, titled: true },
  { noun: 'series', words: /\b(series|serials?|seasons?)\b/, make: (c) => (/\bgames?\b/.test(c) ? pick(GAME_SERIES) : /\bbooks?\b/.test(c) ? faker.book.series() : pick(TV_SERIES)), titled: true },
  { noun: 'movie', words: /\b(movies?|films?|titles)\b/, make: movieTitle, titled: true },
  { noun: 'game', words: /\bgames?\b/, make: () => pick(GAMES), titled: true },
  { noun: 'app', words: /\b(apps?|applications?)\b/, make: () => pick(APPS), titled: true },
  { noun: 'video', words: /\b(videos?|clips?)\b/, make: () => (faker.datatype.boolean() ? pick(VIDEOS) : `${pick(VIDEO_OPENERS)} ${pick(VIDEO_TASKS)}`), titled: true },
  { noun: 'article', words: /\b(articles?|posts|stories|story|news|slides?|headlines?)\b/, make: (c) => headline(c), titled: true },
  { noun: 'question', words: /\b(questions?|quiz|trivia)\b/, make: () => pick(QUESTIONS), titled: true },
  { noun: 'genre', words: /\bgenres?\b/, make: (c) => genreFor(c, false) },
  { noun: 'category', words: /\b(categor(y|ies)|sections?|departments?)\b/, make: (c) => genreFor(c, true) },
  { noun: 'golf course', words: /\bcourses?\b/, needs: /\b(golf|pga|tournaments?|tourn|holes?|tee|leaderboards?|scorecards?|schedules?)\b/, make: () => `${cityName()} ${pick(['Golf Club', 'Country Club', 'Links'])}` },
  { noun: 'tournament', words: /\b(tournaments?|championships?|schedules?|golf|pga)\b/, make: () => `${pick(['', 'Classic ', 'Coastal '])}${cityName()} ${pick(['Open', 'Classic', 'Championship', 'Invitational'])}`.trim(), titled: true },
  { noun: 'course', words: /\b(courses?|classes|lessons?)\b/, make: () => pick(COURSES), titled: true },
  // "matches" also means "is equal to" in parameter descriptions: sports matches are fixtures here.
  { noun: 'event', words: /\b(events?|festivals?|concerts?|fixtures?)\b/, make: eventName, titled: true },
  { noun: 'venue', words: /\b(venues?|stadiums?|arenas?|theat(er|re)s?)\b/, make: () => `${pick([cityName(), localFaker().person.lastName(), 'Riverside', 'Royal', 'Grand', 'Union', 'Harbour'])} ${pick(['Hall', 'Arena', 'Theatre', 'Stadium'])}` },
  { noun: 'airport', words: /\bairports?\b/, make: () => `${cityName()} International Airport` },
  { noun: 'airline', words: /\b(airlines?|carriers?)\b/, make: () => faker.airline.airline().name },
  { noun: 'flight', words: /\bflights?\b/, make: () => `${faker.airline.airline().iataCode} ${faker.airline.flightNumber()}` },
  { noun: 'hotel', words: /\b(hotels?|stays?|accommodations?)\b/, make: () => `${pick(['Hotel', 'The Grand', 'Hotel Central'])} ${cityName()}` },
  { noun: 'restaurant', words: /\b(restaurants?|cafes?|street food|food trucks?)\b/, make: () => `${ownerSurname()} ${pick(['Kitchen', 'Bistro', 'Grill', 'Trattoria', 'Diner'])}` },
  // A government body is named as one ("Ministry of Health"), never like a project ("Atlas").
  { noun: 'ministry', words: /\b(ministr(y|ies)|government departments?|government agenc(y|ies))\b/, make: () => pick(MINISTRIES) },
  { noun: 'library', words: /\blibrar(y|ies)\b/, make: () => `${cityName()} ${pick(['Central', 'Public', 'Riverside'])} Library` },
  { noun: 'school', words: /\b(schools?|universit(y|ies)|colleges?)\b/, make: () => schoolName24(worldValue('city', false, () => '') as string | undefined) },
  { noun: 'museum', words: /\b(museums?|galler(y|ies))\b/, make: () => `${cityName()} ${pick(['Museum of Art', 'History Museum', 'Gallery'])}` },
  { noun: 'webcam', words: /\bwebcams?\b/, make: () => webcamName(cityName()), titled: true },
  // An authorization store (OpenFGA) holds one app's permissions: it is named for the app, never like a shop.
  { noun: 'store', words: /\bstores?\b/, needs: AUTHZ_CONTEXT, make: () => pick(AUTHZ_STORES), titled: true },
  { noun: 'business', words: /\b(business(es)?|shops?|stores?|places|listings?|merchants?|maps|spots?)\b/, make: () => `${pick([ownerSurname(), cityName(), namedStreet25(cityName)])} ${pick(TRADES)}` },
  { noun: 'region', words: /\b(admin ?division ?\d?|regions?|states|provinces?|count(y|ies)|districts?|prefectures?)\b/, make: () => (worldValue('region', false, () => '') as string | undefined) ?? faker.location.state() },
  { noun: 'continent', words: /\bcontinents?\b/, make: () => pick(CONTINENTS) },
  { noun: 'country', words: /\b(country|countries)\b/, make: countryName },
  { noun: 'city', words: /\b(city|cities|towns?)\b/, make: cityName },
  { noun: 'sector', words: /\b(sectors?|industr(y|ies))\b/, make: () => pick(SECTORS) },
  { noun: 'exchange', words: /\b(exchanges?|stock markets?)\b/, make: () => pick(EXCHANGES) },
  { noun: 'stage', words: /\b(stages?|races?|grand prix|circuits?|motorsport|formula)\b/, make: stageName, titled: true },
  { noun: 'league', words: /\b(leagues?|competitions?)\b/, make: () => pick(LEAGUES) },
  // Motorsport teams are constructors, not clubs named after a city.
  { noun: 'racing team', words: /\b(teams?|constructors?)\b/, needs: /\b(motorsport|racing|formula|f1|grand prix|drivers?|stages?|nascar|indycar|motogp)\b/, make: () => pick(['Scuderia Ferrari', 'Red Bull Racing', 'McLaren', 'Mercedes-AMG Petronas', 'Alpine', 'Williams Racing', 'Aston Martin', 'Haas F1 Team', 'Ducati Lenovo Team', 'Team Penske']) },
  { noun: 'team', words: /\b(teams?|clubs?)\b/, needs: /\b(sports?|football|soccer|basketball|nba|nfl|league|match(es)?|scores?|standings)\b/, make: () => `${cityName()} ${cap(pick(['lions', 'wolves', 'hawks', 'rovers', 'united', 'falcons']))}` },
  { noun: 'achievement', words: /\b(achievements?|badges?|trophies)\b/, make: () => pick(ACHIEVEMENTS), titled: true },
  { noun: 'platform', words: /\b(platforms?|consoles?)\b/, make: () => pick(PLATFORMS) },
  { noun: 'holiday', words: /\bholidays?\b/, make: () => pick(HOLIDAY_NAMES) },
  { noun: 'workflow', words: /\bworkflows?\b/, make: () => pick(WORKFLOWS) },
  { noun: 'form field', words: /\bform fields?\b/, make: () => pick(FORM_FIELDS) },
  { noun: 'tax', words: /\btax(es)?\b/, make: () => pick(['VAT', 'Sales Tax', 'GST', 'City Tax']) },
  // A road closure is titled by where it is ("Junction 12 to 14: lane closure"), never like a book.
  { noun: 'closure', words: /\b(closures?|roadworks?|road works?|diversions?|disruptions?|warnings?)\b/, needs: /\b(closures?|roadworks?|road works?|diversions?|disruptions?|roads?|road ?ids?|autobahn|traffic|verkehr\w*|highways?|motorways?)\b/, make: () => { const j = faker.number.int({ min: 1, max: 40 }); return `Junction ${j} to ${j + faker.number.int({ min: 1, max: 3 })}: ${pick(['lane closure', 'full closure', 'roadworks', 'bridge repairs', 'resurfacing'])}`; }, titled: true },
  { noun: 'file', words: /\b(files?(?! ?(formats?|extensions?|types?))|attachments?|documents?|images?)\b/, make: documentFileName },
  { noun: 'dataset', words: /\bdatasets?\b/, make: () => pick(DATASETS) },
  ...MARKET_KINDS,
  { noun: 'vehicle model', words: /\bmodels?\b/, needs: /\b(cars?|vehicles?|autos?|makes?|automotive|vin|consumer reports)\b/, make: () => faker.vehicle.model() },
  { noun: 'car maker', words: /\b(makes?|manufacturers?)\b/, make: () => faker.vehicle.manufacturer() },
  // Faker's vehicle() pairs any maker with any model ("Mitsubishi Corvette"): real pairs only.
  { noun: 'vehicle', words: /\b(cars?|vehicles?)\b/, make: () => pick(VEHICLES) },
  { noun: 'drink', words: /\b(drinks?|beverages?|cocktails?|smoothies?|juices?)\b/, make: () => pick(['Sobolo', 'Lemonade', 'Iced Tea', 'Ginger Beer', 'Mango Smoothie', 'Hot Chocolate', 'Mint Tea', 'Orange Juice']), first: true },
  { noun: 'recipe', words: /\b(recipes?|dishes|dish|meals?)\b/, make: dishName, titled: true },
  ...MENU_KINDS,
  { noun: 'food', words: /\b(foods?|ingredients?|nutrients?|snacks?|fruits?|vegetables?|groceries)\b/, make: () => faker.food.ingredient() },
  // A workflow's transitions are its steps ("Start Progress"); a top-level domain is ".pt"; a statistic is what is measured.
  { noun: 'transition', words: /\btransitions?\b/, make: () => pick(['Start Progress', 'Stop Progress', 'Resolve Issue', 'Close Issue', 'Reopen Issue', 'Done']) },
  { noun: 'top-level domain', words: /\b(tlds?|top level domains?)\b/, make: () => pick(['.com', '.org', '.net', '.io', '.pt', '.de', '.co.uk', '.app']) },
  { noun: 'statistic', words: /\b(stats?|statistics?)\b/, make: () => pick(['Scoring Average', 'Points', 'Wins', 'Top 10 Finishes', 'Assists', 'Goals']) },
  { noun: 'movie', words: /\b(movies?|films?|tv shows?)\b/, make: movieTitle, titled: true },
  { noun: 'job', words: /\b(jobs?|positions?|vacanc(y|ies)|careers?)\b/, make: () => jobTitle26(), titled: true },
  { noun: 'pet', words: /\b(pets?|dogs?|cats?|animals?)\b/, make: () => faker.animal.petName() },
  { noun: 'company', words: /\b(compan(y|ies)|organi[sz]ations?|employers?|brands?|publishers?|labels?|providers?|networks?|channels?|stocks?|tickers?)\b/, make: companyName },
  { noun: 'person', words: /\b(users?|persons?|people|customers?|employees?|members?|authors?|narrators?|speakers?|presenters?|translators?|illustrators?|contacts?|players?|owners?|passengers?|drivers?|actors?|cast|credits?)\b/, make: personName },
  // A scheme or a security level is named as one ("Default Notification Scheme", "Confidential"), never like the project it hangs on.
  { noun: 'scheme', words: /\b(security levels?|(notification|permission|priority|workflow|issue type|issue security|field configuration|screen) schemes?)\b/, make: schemeName, first: true },
  // Logged time is work done ("Client meeting"), whatever project it is logged on.
  { noun: 'time entry', words: /\b(time ?entr(y|ies)|timesheets?|worklogs?)\b/, make: () => pick(['Client meeting', 'Code review', 'Site visit', 'Design workshop']), first: true },
  // A record named by its own kind, never like a project (QUALITY.md E): a security level "Internal only", a notification scheme "Default Notification Scheme".
  { noun: 'security level', words: /\b(security ?levels?|issue ?security ?levels?)\b/, make: () => pick(['Internal only', 'Developers only', 'Administrators only', 'Staff only', 'Confidential', 'Public']) },
  { noun: 'scheme', words: /\b(schemes?)\b/, make: (c) => `${pick(['Default', 'Standard', 'Software', 'Support', 'Minimal', 'Internal'])} ${SCHEME_KIND.exec(c)?.[1]?.replace(/^./, (x) => x.toUpperCase()) ?? 'Notification'} Scheme` },
  // A library's subjects are subjects ("Science Fiction"), never a book's title.
  { noun: 'subject', words: /\bsubjects\b/, needs: /\b(books?|works|library|librar(y|ies)|reading|authors?|novels?)\b/, make: () => pick(['Science Fiction', 'Romance', 'Fantasy', 'History', 'Mystery', 'Poetry', 'Biography', 'Horror', 'Classics', 'Historical Fiction', 'Philosophy', 'Children']), titled: true },
  // A task is named by the work it is ("Client onboarding call"), never by its project's codename.
  { noun: 'task', words: /\b(tasks?|sub-?tasks?|to-?dos?)\b/, needs: NOT_JOBS, make: () => pick(TASKS), titled: true },
  // A tag is a tag word ("friendly", "featured"), never another pet's or person's name.
  { noun: 'tag', words: /\btags?\b/, make: (c) => pick(/\b(pets?|dogs?|cats?|animals?)\b/.test(c) ? PET_TAGS : TAG_WORDS) },
  // A project codename ("Orion Redesign") names software work: never a concert, a match or anything with tickets.
  { noun: 'project', words: /\b(projects?|repos?|repositor(y|ies)|teams?|workspaces?|boards?)\b/, needs: NOT_EVENTS, make: () => `${pick(['Apollo', 'Falcon', 'Harbor', 'Mercury', 'Summit', 'Cedar', 'Orion', 'Juniper', 'Beacon', 'Meridian', 'Atlas', 'Willow', 'Quartz'])} ${pick(['Platform', 'Redesign', 'Migration', 'App', 'Rollout', 'Portal', 'Upgrade', 'Pilot'])}` },
];

const byContext = new Map<string, NameKind | null>();
const GLOBAL_WORDS = new Map(NAME_KINDS.map((k) => [k, new RegExp(k.words.source, 'g')])); // made once, not per text

/** The kind whose words come last in `text` (the path's last resource noun names the listed things). */
export function kindIn(text: string, titledOnly = false): NameKind | undefined {
  const key = titledOnly ? `title\u0000${text}` : text;
  let kind = byContext.get(key);
  if (kind === undefined) {
    let best: { kind: NameKind; at: number } | undefined;
    for (const k of NAME_KINDS) {
      if (k.needs && !k.needs.test(text)) continue;
      if (titledOnly && !k.titled) continue;
      const re = GLOBAL_WORDS.get(k)!; // its exec loop below runs to the end, which sets lastIndex back to 0
      let at = -1;
      for (let m = re.exec(text); m; m = re.exec(text)) at = m.index + m[0].length;
      if (at >= 0 && k.first) {
        best = { kind: k, at: Infinity };
        break;
      }
      if (at >= 0 && (!best || at > best.at)) best = { kind: k, at };
    }
    kind = best?.kind ?? null;
    if (byContext.size > 20000) byContext.clear();
    byContext.set(key, kind);
  }
  return kind ?? undefined;
}

/** The kind a name's own words say (`tournament_name`, `model_name`), before the operation's words are read. */
export function kindOfName(words: string, context = ''): NameKind | undefined {
  const own = words.replace(/(^|_)(name|title|label)$/, '').replace(/_/g, ' ').trim();
  return own === '' ? undefined : NAME_KINDS.find((k) => k.words.test(own) && (!k.needs || k.needs.test(`${own} ${context}`)));
}

const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|value|values|objects?|nodes?|edges?)$/;

/** The last resource noun of the operation's words ("... webhooks webhook id" -> "webhook"), if any. */
function pathNoun(context: string): string | undefined {
  const words = context.replace(/\b(get|list|search|find|by|id|ids|all|the|of|for|json|api|v\d+|a|an|to|and|in|on|with|new|create|update|delete|remove|add|set|put|post|patch|fetch|retrieve|returns?|details?|info|information|query|descriptions?|summary|summaries|text|html|me|my|v1|v2|v3)\b/g, ' ').trim().split(/\s+/);
  // Verbs and adjectives of the path ("search deleted", "trending") name no entity.
  const last = words.reverse().find((w) => /^[a-z]{3,}$/.test(w) && !CONTAINER.test(w) && !/(ed|ing|ly)$/.test(w) && !/^(last|latest|first|next|top|recent|current|random|single|multiple|several|many|name|names|title|titles|label|verbose|from|into|onto|over|under|within|between|after|before|that|this|these|those|which|your|their|its|are|were|will|can|may|you|they|them|one|more|most|each|every|per|than|then|when|where|while|only|also|about|such|other|used|use)$/.test(w));
  return last?.replace(/ies$/, 'y').replace(/(?<![su])s$/, '');
}

/** Nouns of people named by what they do (a driller, an owner): a search for them is by a person's name. */
const AGENT_NOUN = /^(watcher|follower|subscriber|reviewer|approver|assignee|collaborator|participant|driller|owner|partner|writer|worker|driver|founder|seller|buyer|trainer|teacher|doctor|dentist|lawyer|agent|broker|vendor|supplier|contractor|consultant|journalist|director|manager|investor|developer|designer|photographer|speaker|instructor|coach|therapist|pharmacist|realtor|landlord|tenant|volunteer|donor|sponsor|pump_installer|installer)$/;
/** Kinds whose things are not what a free-text search names (a search is for a movie, not for a genre). */
const NOT_SEARCHED = new Set(['category', 'genre', 'continent', 'sector', 'exchange', 'tax', 'form field', 'dataset', 'platform']);

/**
 * What a user types into a search of this operation: a thing of its resource (a movie title for a movie search,
 * a person's name for a people search, a flight number for flights); undefined when the resource is unknown.
 */
const REVIEWS = /\breviews?\b/i;
const REVIEW_TERMS = ['battery life', 'delivery', 'build quality', 'sizing', 'customer service', 'value for money', 'packaging'];

export function searchValue(context: string): string | undefined {
  if (context.includes('\u0001')) return describedSearchValue(context);
  const kind = titleOverPerson(context, kindIn(context));
  // Reviews of a product are searched by what they talk about ("battery life"), not by a made-up product name.
  if (REVIEWS.test(context) && (kind === undefined || kind.noun === 'product')) return pick(REVIEW_TERMS);
  // Places nearby are searched by trade ("bakery"), not by one shop's name.
  if (kind?.noun === 'business') return pick(TRADES).toLowerCase();
  // Jobs are searched by a real title or skill, never by a made-up buzzword title.
  if (kind?.noun === 'job') return pick(JOB_KEYWORDS);
  if (kind && !NOT_SEARCHED.has(kind.noun)) return kind.make(context);
  const noun = pathNoun(context);
  // Tags and labels are searched by a tag, not by a topic.
  if (noun === 'tag' || noun === 'label') return pick(['verified', 'priority', 'archived', 'featured', 'needs review']);
  if (!noun || /^(search|web|result|autocomplete|suggestion|lookup|keyword|term|image|everything)$/.test(noun)) return undefined;
  if (AGENT_NOUN.test(noun)) return personName();
  // Only a noun the operation lists (`wells`) names searched things; a description's last word ("familiar") does not.
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return new RegExp(`\\b${plural}\\b`).test(context) ? plainName(context) : undefined;
}

/** Kinds whose made-up names are no search a person types ("Tasty Concrete Mouse", "Boehm LLC"). */
const NOT_TYPED = new Set(['product', 'company', 'person', 'business']);

/**
 * `own \u0001 description \u0001 parameter`: the operation's own words decide as always; without a kind there, the
 * first thing its description says it searches ("Search for videos, playlists and channels" → a video title).
 */
const WITHIN = /\b(?:with)?in (?:a|the|this|that|one|a given|a specific) ([a-z]+)/i;
function describedSearchValue(context: string): string | undefined {
  const [own = '', described = '', param = ''] = context.split('\u0001');
  const primary = `${own} ${param}`;
  // A search within one thing ("videos or playlists within a channel") looks for what it holds, not for its name.
  const within = WITHIN.exec(described)?.[1];
  const ownKind = kindIn(primary);
  if (ownKind !== undefined && !(within !== undefined && ownKind.words.test(within))) return searchValue(primary);
  // The sentence's verb ("Make a full grid search", "Get …") names nothing searched.
  const text = described.trim().replace(/^[a-z]+ /, '');
  const found: { kind: NameKind; at: number }[] = [];
  for (const k of NAME_KINDS) {
    if (k.needs && !k.needs.test(text)) continue;
    const m = k.words.exec(text);
    if (m) found.push({ kind: k, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  for (const { kind } of found) {
    if (within !== undefined && kind.words.test(within)) continue;
    // Places ranked or nearby are searched by trade ("bakery"), not by one shop's name.
    if (kind.noun === 'business' && /\b(rank|ranking|nearby|near|grid|local)\b/.test(text)) return pick(TRADES).toLowerCase();
    if (!NOT_TYPED.has(kind.noun) && !NOT_SEARCHED.has(kind.noun)) return kind.make(text);
  }
  return searchValue(primary);
}

const SEARCHED_BY_TITLE = /\btitles?\b/;
/**
 * "Search books by title, author or subject": a search that takes a title among people's names is asked for
 * "the title", so its term is a title of the operation's works, never an author's name sent as a title.
 */
function titleOverPerson(context: string, kind: NameKind | undefined): NameKind | undefined {
  if (kind?.noun !== 'person' || !SEARCHED_BY_TITLE.test(context)) return kind;
  return kindIn(context, true) ?? kind;
}

/** The noun of the entity a free text describes: its parent's kind or word, else the operation's resource. */
export function entityNoun(parent: string, context: string): string {
  const own = parent && !CONTAINER.test(parent) ? parent.replace(/_/g, ' ') : '';
  // The parent's own kind, judged with the operation's words too (an Uber `product` is a ride option).
  const noun = own ? kindOfName(parent, context)?.noun ?? kindIn(own)?.noun ?? own.replace(/ies$/, 'y').replace(/(?<!s)s$/, '') : kindIn(context)?.noun ?? pathNoun(context) ?? 'entry';
  // A person of a film API is a film person: their bio is about films, not about logistics.
  return FILM_PERSON.test(noun) && FILM_CONTEXT.test(context) ? 'actor' : noun;
}
const FILM_PERSON = /^(person|people|profile|cast|crew|credit|star)$/;
const FILM_CONTEXT = /\b(movies?|films?|cinema|tmdb|imdb|actors?|cast|crew)\b/;
const FILM_WORK = ['character roles in independent films', 'crime dramas', 'romantic comedies', 'period dramas', 'science fiction films', 'family comedies', 'war films'];

const NATURAL = /^(aquifer|river|lake|mountain|basin|watershed|forest|trail|reservoir|valley|island|beach|glacier|volcano|creek|spring|well|field|reserve|park)$/;
/** Things a team makes for its own work. */
const ORG_THING = /^(tab|filter|board|dashboard|report|channel|queue|folder|list|view|template|group|team|segment|campaign|workspace|space|org|organization|department|unit|key|token|webhook|pipeline|audience|calendar|inbox|survey|form|sheet|document|page|site|app|application|role|policy|rule|label|component|version|sprint|milestone|epic|scheme|screen|field|dataset|index|bucket|cluster|server|environment|repository|repo|branch|project)$/;
/** Words no name is made of: the field's own words ("Harbor Name") or a run-together count (`relatedissuecount`). */
const NOT_A_NOUN = /^(name|title|label|verbose|display|value|count|total|number|entry|record|object)$/;

/** One-word brand-like names for things of no known kind (a spec's example of the field wins over them, see _named-by.ts). */
export const BRAND_WORDS: readonly string[] = ['Apollo', 'Atlas', 'Nova', 'Zenith', 'Aurora', 'Vertex', 'Horizon', 'Pioneer', 'Juniper', 'Beacon', 'Meridian', 'Lumen', 'Cobalt', 'Sequoia', 'Tempo', 'Keystone'];

/**
 * A name for something nobody said what it is: a person's for agents (a watcher), else what a team would call
 * its own (a "Marketing Filter", a "Support Tab"); never a made-up place word before the field's noun ("Cedar
 * Transition"), which reads as a placeholder.
 */
export function plainName(context: string): string {
  const noun = pathNoun(context);
  if (noun && AGENT_NOUN.test(noun)) return personName();
  // Natural features are named by their place ("Lisbon Aquifer").
  if (noun && NATURAL.test(noun)) return `${cityName()} ${cap(noun)}`;
  // Nothing known of the thing: a one-word brand-like name fits most things (a movie, a tool, an org).
  // What a team makes for its own work is named by the team ("Support Queue"); anything else gets a one-word
  // brand-like name, which fits most things (a movie, a tool, a drink) where "Engineering Drink" would not.
  if (noun && ORG_THING.test(noun)) return `${pick(['Marketing', 'Support', 'Sales', 'Operations', 'Engineering', 'Finance', 'Design', 'Research', 'Legal', 'Billing', 'Onboarding', 'Security', 'Product', 'Partner', 'Data', 'Facilities'])} ${cap(noun)}`;
  return pick(BRAND_WORDS);
}

const WORK_DONE = ['Client meeting.', 'Code review.', 'Drafted the project plan.', 'Site visit.', 'Design workshop.', 'Fixed reported bugs.', 'Weekly status call.'];
/** Money moved, work logged, a ride offered, a road closed, a level rated: text such records really carry. */
const KIND_TEXTS: readonly [RegExp, (place: string) => string][] = [
  [/^(transactions?|payments?|transfers?|charges?|refunds?|expenses?|bank ?transactions?|statement ?lines?|ledger ?entr(y|ies))$/, (place) => pick([`Card payment at ${place} Market.`, 'Monthly subscription.', 'Transfer between own accounts.', 'Supplier invoice payment.', 'Refund for a returned order.', 'Salary payment.', `Taxi fare in ${place}.`])],
  [/^(time ?entr(y|ies)|timeentr(y|ies)|worklogs?|work ?logs?|timesheets?|tasks?)$/, () => pick(WORK_DONE)],
  [/^(account holders?|balance accounts?|accounts?|payment instruments?|cards?|wallets?)$/, (place) => pick([`Main account of the ${place} store.`, 'Account for marketplace payouts.', 'Business debit card for travel costs.', 'Operating account for daily sales.', 'Savings account for tax reserves.'])],
  [/^ride option$/, () => pick(['Affordable rides for up to 4 people.', 'Larger cars for up to 6 people.', 'Premium rides with top-rated drivers.', 'Shared rides at a lower fare.'])],
  [/^(closures?|roadworks?|road ?works?|disruptions?|incidents?|warnings?)$/, () => pick(['Lane closed for resurfacing works.', 'Bridge repairs: one lane open in each direction.', 'Slip road closed overnight for maintenance.', 'Full closure between two junctions during construction.'])],
  // A route's summary names the roads it takes.
  [/^(routes?|legs?|itinerar(y|ies)|directions?|journeys?|trips?)$/, () => `Via ${pick(['the A1', 'the M4', 'the ring road', 'Main Street', 'the coastal road', 'Riverside Drive', 'the E40'])} and ${pick(['Station Road', 'the city centre', 'the bypass', 'Park Avenue', 'the harbour tunnel'])}.`],
  // An icon, feature, amenity or facility is described by what it offers.
  [/(^|\s)(icons?|features?|amenit(y|ies)|facilit(y|ies))$/, () => pick(['Toilets.', 'Showers.', 'Restaurant.', 'Fuel station.', 'Kiosk.', 'Electric charging point.', 'Picnic area.', 'Wi-Fi.'])],
  [/^(aircrafts?|planes?|airplanes?|aeroplanes?|fleets?)$/, () => pick(['Twin-engine narrow-body jet.', 'Long-haul wide-body jet.', 'Regional turboprop.', 'Regional jet for short routes.'])],
  [/^(materials?)$/, () => pick(['Sand and gravel.', 'Fractured bedrock.', 'Sand.', 'Gravel.', 'Silt and clay.'])],
  [/^(water ?uses?|uses?)$/, () => pick(['Private domestic use.', 'Irrigation.', 'Drinking water supply.', 'Industrial use.', 'Livestock watering.'])],
];
/** Level-like fields (`demand_description`) are rated, not described. */
const PLACED = /(^|_)location_description$/;
const RATED = /(^|_)(demand|productivity|vulnerability|quality|risk|priority|severity|importance|intensity|usage)(_[a-z]+)?_description$/;

/** `material_description` describes the record's material: the words before `_description` name the kind. */
const QUALIFIED = /^(.+)_description$/;

function kindText(noun: string, field: string, place: string): string | undefined {
  if (RATED.test(field)) return `${pick(['Low', 'Moderate', 'High'])}.`;
  if (PLACED.test(field)) return `${pick(['Near', 'North of', 'East of', 'On the outskirts of'])} ${place}.`;
  const qualifier = QUALIFIED.exec(field)?.[1]?.replace(/^known_/, '').replace(/_/g, ' ');
  const key = noun.replace(/_/g, ' ');
  return (qualifier === undefined ? undefined : KIND_TEXTS.find(([test]) => test.test(qualifier))?.[1](place)) ?? KIND_TEXTS.find(([test]) => test.test(key))?.[1](place);
}

const a = (noun: string): string => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);

const SCHEME = /\b(notification|permission|priority|workflow|issue type|issue security|field configuration|screen) schemes?\b/;
/** A scheme's name by the scheme it is ("Default Permission Scheme"); a security level's by who may see ("Confidential"). */
function schemeName(context: string): string {
  const scheme = SCHEME.exec(context);
  if (!scheme) return pick(['Internal', 'Confidential', 'Restricted', 'Staff Only', 'Management']);
  return `${pick(['Default', 'Standard', 'Internal', 'Customer', 'Simplified'])} ${scheme[1]!.replace(/\b\w/g, (c) => c.toUpperCase())} Scheme`;
}


/** What a story is about: a plot line for a movie, a show, a book (never "<Title> is a movie."). */
const PLOTS = ['a retired detective drawn back for one last case', 'two sisters who inherit a failing vineyard', 'a young pilot stranded on a remote island', 'a chef rebuilding her life in a new city', 'a small-town band chasing one big break', 'a family road trip that goes badly wrong', 'a teacher who uncovers a decades-old secret', 'an architect torn between two cities', 'a journalist following a missing-person story', 'three friends reunited after twenty years', 'a lighthouse keeper who finds a message in a bottle', 'a chess prodigy facing her old coach', 'a nurse working the night shift during a storm', 'two rival bakers forced to share a kitchen', 'a botanist searching for a lost orchid', 'a boxer planning one last comeback', 'a translator caught between two governments', 'a widower who takes up sailing'];
const FIELDS = ['public health', 'software design', 'urban planning', 'journalism', 'education', 'logistics', 'architecture', 'marine biology'];
const STORY = /^(movie|film|series|show|audiobook|book|novel|work|edition|chapter|story|game|play|opera)$/;
const PERSON = /^(person|people|author|writer|actor|actress|director|guest|user|member|employee|speaker|host|contact|customer|player|athlete|coach|candidate|profile|character|creator|minister|official|politician|mayor|senator|premier|president|councillor)$/;
/** Fields that hold a story's plot whatever the record is called (an `entry` of a catalogue search). */
const PLOT_FIELD = /^(plot|alt_plot|short_plot|plot_summary|synopsis|storyline|logline)$/;
const MUSICIAN = /^(artist|band|singer|performer|musician|composer)$/;
const WRITING = /^(article|post|news|story|headline|blog|newsletter|press release|report)$/;
/** Fields that hold a person's bio whatever the record is called ("bio" on an author, a member, an entry). */
const BIO_FIELD = /^(bio|biography|about_me|about)$/;
/** Comments by what they are written under: a track's listener never writes "Arrived on time and in good condition." */
const COMMENTS_ON: readonly [RegExp, readonly string[]][] = [
  [/\b(tracks?|albums?|songs?|artists?|playlists?|music|deezer|spotify|lyrics|podcasts?|episodes?)\b/, ['This one has been on repeat all week.', 'The chorus is brilliant.', 'Better live than on the record.', 'Their best work in years.', 'Takes me back every time I hear it.']],
  [/\b(movies?|films?|videos?|trailers?|tv|series|youtube|clips?)\b/, ['The ending caught me completely off guard.', 'Beautifully shot, a bit slow in the middle.', 'Watched it twice already.', 'Great explanation, thank you!', 'The second half is much stronger.']],
  [/\b(issues?|tickets?|tasks?|pull requests?|merge requests?|bugs?|projects?|worklogs?|boards?|commits?)\b/, ['I can reproduce this on the latest build.', 'Fix is in review, should land tomorrow.', 'Can we discuss this at the next stand-up?', 'Looks good to me.', 'Blocked until the API change ships.']],
  [/\b(articles?|posts?|news|blogs?|stories|story|tweets?|threads?)\b/, ['Thanks for sharing this!', 'Interesting, I had not thought of it that way.', 'Well written and to the point.', 'Would love a follow-up on this.', 'Agreed, well put.']],
];
/** Shop words: a comment there is a buyer's (delivery notes, reviews of goods). */
const REVIEW_WORDS = /\b(reviews?|ratings?|feedback|hotels?|restaurants?|stays?|bookings?|services?)\b/;
const SHOP_WORDS = /\b(orders?|deliver\w*|shipping|shipments?|packages?|products?|carts?|checkout|purchases?|stores?|shops?)\b/;

/** Notes kept on a record of no known subject (an aquifer, a well): never a buyer's delivery note. */
const RECORD_NOTES = ['Checked during the last inspection.', 'No changes since the previous record.', 'See the attached report for details.', 'Follow-up planned for next month.', 'Data confirmed by the field team.'];

/**
 * A comment that fits what the operation comments on; outside a shop, where no subject is known, a reader's remark
 * (or a record's note, for a `notes` field). Undefined in a shop, where a buyer's note fits.
 */
export function commentAbout(context: string, note = false): string | undefined {
  if (SHOP_WORDS.test(context)) return undefined;
  const found = COMMENTS_ON.find(([words]) => words.test(context));
  // A review of a place or a service ("Great service, thank you!") is left to the caller's reviews.
  if (!found && REVIEW_WORDS.test(context)) return undefined;
  return pick(found ? found[1] : note ? RECORD_NOTES : COMMENTS_ON[3]![1]);
}

/** A neutral line for a thing of an unknown kind: reads as a real description, not "<Noun> details.". */
const NEUTRAL = ['kept up to date by the team', 'set up for day-to-day use', 'reviewed every quarter', 'in regular use since last year', 'added during the spring clean-up', 'shared with the whole department', 'checked by the owner every month', 'maintained by the operations team', 'created for the new office', 'still in its trial period'];

/**
 * A short description of an entity from what is known of it (its kind, name, place, the field it fills), in
 * the words such a text would have: a plot line for a movie, a one-line bio for a person, a summary for an
 * article; never filler written for another kind of thing, nor a placeholder ("<Name> is a movie.").
 */
export function describe(noun: string, name?: string, city?: string, field = ''): string {
  return describeKnown(noun, name, city, field) ?? `${cap(pick(NEUTRAL))}.`;
}

/** What `describe` says of a thing of a known kind; undefined where nothing specific is known of it. */
export function describeKnown(noun: string, name?: string, city?: string, field = ''): string | undefined {
  const place = city ?? cityName();
  if (PLOT_FIELD.test(field)) return `The story of ${pick(PLOTS)}.`;
  if (MUSICIAN.test(noun)) return `${name ?? 'The act'} started out playing small venues in ${place} and now tours widely.`;
  if (BIO_FIELD.test(field) || PERSON.test(noun)) {
    const who = name && name.split(' ').length <= 4 ? name : undefined;
    if (/^(actor|actress|director)$/.test(noun)) {
      const role = noun === 'director' ? 'a film director' : 'an actor';
      return `${who ? `${who} is ${role}` : cap(role)} from ${place}, known for ${pick(FILM_WORK)}.`;
    }
    return /^(author|writer)$/.test(noun)
      ? `${who ? `${who} is a` : 'A'} novelist and essayist from ${place}, known for ${pick(['short fiction', 'crime novels', 'historical fiction', 'travel writing'])}.`
      : `${who ? `${who} lives` : 'Lives'} in ${place} and has worked in ${pick(FIELDS)} for ${faker.number.int({ min: 3, max: 25 })} years.`;
  }
  // A headline-like name restated reads better than "<headline> is a minister".
  if (name && name.split(' ').length > 5 && !['episode', 'product', 'podcast', 'playlist'].includes(noun) && !STORY.test(noun)) return /[.!?]$/.test(name) ? name : `${name}.`;
  if (STORY.test(noun)) return `The story of ${pick(PLOTS)}.`;
  if (WRITING.test(noun)) return `A look at ${pick(TOPICS)}, with comments from people in ${place}.`;
  switch (noun) {
    case 'product':
      return productBlurb(name);
    case 'episode':
      return `In this episode: ${name && name.length < 60 ? name.toLowerCase() : pick(TOPICS)}.`;
    case 'podcast':
      return `A weekly podcast about ${pick(TOPICS)}.`;
    case 'app':
      return `Available on ${pick(['iOS and Android', 'Android', 'iOS'])}, free with optional in-app upgrades.`;
    case 'playlist':
      // A mood drawn blind contradicts a named playlist ("Workout Mix": "Mellow songs for a slow evening."): a named one says what it is.
      if (name) return `${name}: ${pick(['songs picked by our editors', 'tracks, updated every week', 'tunes, refreshed every Friday', 'a hand-picked mix'])}.`;
      return pick(['Tracks I keep coming back to.', 'A hand-picked mix, updated every week.', 'Songs picked for this list, refreshed every Friday.', 'Favourites old and new.', 'A mix to share with friends.']); // drawn before its name (bundled #208): no mood a name could contradict ("Workout Mix": "Acoustic favourites")
    case 'job':
      return `${name ? `${name}, a` : 'A'} full-time role based in ${place}.`;
    case 'event':
    case 'venue':
    case 'restaurant':
    case 'business':
    case 'hotel':
    case 'library':
    case 'museum':
    case 'school':
      return `${name ? `${name} is ${a(noun)}` : cap(a(noun))} in ${place}.`;
    default:
      return kindText(noun, field, place);
  }
}

export { genreFor, TOPICS };

/** A dataset's field or a table's column, named as schemas name them. */
export const fieldName = (): string => pick(['title', 'created_date', 'status', 'category', 'country_code', 'record_number', 'filing_date', 'owner_name', 'description', 'publication_date', 'application_number', 'classification_code']);
