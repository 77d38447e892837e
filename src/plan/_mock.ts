/**
 * Mock values and tool results that respect JSON Schemas: types, formats, enums, bounds, simple patterns,
 * spec examples and defaults, and realistic vocabularies picked by the parameter's name. All randomness
 * comes from the caller's Rng (Faker and RandExp are driven by it, never by their own generators).
 */
import randexpModule from 'randexp';
import type { JsonSchema } from '../specs/types.ts';
import { clampNumber, numberDescription, numberFor, numberName, yearNearExample } from './_numbers.ts';
import { flatSchema, isIdLike, lastNameWord, schemaType } from './_params.ts';
import type { Rng } from '../random/index.ts';
import { faker, withRng } from './_faker.ts';
import { songTitle, albumTitle, bookTitle, artistName } from './_works.ts';
import { templateField } from './_template-fields.ts';
import { headlineFor, moneyPlaceholder, PEOPLE_PARENT } from './_headlines15.ts';
import { companyName, conditionName, fieldName, departmentAsked, productName, eventName, cityName, headline, localPostcode, localStreet, commentAbout, describe, searchValue, entityNoun, genreFor, kindIn, kindOfName, TOPICS, type NameKind } from './_names.ts';
import { exampleOverBrand, nameFor } from './_named-by.ts';
import { subtitleFor } from './_road-names.ts';
import { mediaLength, schemedUri, wordNotCode, youtubeChannelId } from './_not-codes.ts';
import { enumInDescription, meaningString } from './_vocab.ts';
import { fallbackString } from './_fallback.ts';
import { commentTexts } from './_comment-texts.ts';
import { isPlaceholderExample, postcodeFits, shapedLike, unencoded, uriInExampleScheme } from './_examples.ts';
import { describedExample, likeDescribed } from './_described.ts';
import { alphanumeric, idString, LOWER_ALNUM } from './_id-string.ts';
import { currentWorld, knownPlaces, markProvisional, meaningOf, worldValue, type Meaning } from '../world/index.ts';
import { isEmptyRecord } from './_empty.ts';
import { productBlurb } from './_product-text.ts';
import { playPackage } from './_reviews.ts';
import { encodedBytes, imageData, MEDIA_WORD_RULES, RARE_STATE } from './_media.ts';
import { inRequestedFormat, isoSubdivision, kindFieldValue, sectionName, typeOfRecord } from './_field-values.ts';
import { CITIES, LANGUAGES, SEARCH_TERMS, WEATHER_WORDS, SUCCESS_MESSAGES, COMMENTS, INDUSTRIES, CARRIERS, REVIEW_TEXTS, COUNTRIES, NATIONALITIES, DELIVERY_TEXTS } from './_mock-words.ts';
export { isEmptyRecord };

// randexp is CommonJS whose typings describe `exports.default`; at run time the import is the class itself.
type RandExpClass = typeof randexpModule.default;
const RandExp: RandExpClass = ((randexpModule as unknown as { default?: RandExpClass }).default ?? randexpModule) as RandExpClass;

export { withRng };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoDate(rng: Rng): string {
  const year = rng.int(2024, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pickFrom = <T>(rng: Rng, items: readonly T[]): T => rng.pick(items);

/** Platforms whose ids are numbers (a Deezer track 3135556, a Steam app 570): an id described as theirs is digits. */
const NUMERIC_ID_PLATFORM = /\b(deezer|steam|tmdb|themoviedb|discogs|itunes|geonames|woeid|telegram|vk)\b/i;
/** A ranked entry's name, a list of ranked entries, and the sports whose entries are people, not teams. */
const RANKED_NAME = /^(name|player_name|full_name|player|display_name)$/;
const RANKED_LIST = /^(rankings?|leaderboards?|standings?|earnings?|points?|players?|golfers?|entries|entry|rows?|results?|scores?|positions?)$/;
const INDIVIDUAL_SPORT = /\b(golf|golfers?|pga|liv|tennis|atp|wta|chess|fedexcup|darts|snooker)\b/;
const PLAYERS = /\b(players?|athletes?|golfers?)\b/;
const TEAM_SPORT = /\b(teams?|clubs?|constructors?|nations?|countries)\b/;
/** [test on (name words, last word, context), make from (rng, context, name words, parent words)]. */
type WordRule = [test: (n: string, tail: string, context: string, parent: string) => boolean, make: (rng: Rng, context: string, n: string, parent: string) => string];

/** A name or text made without knowing its entity: a record's own details may remake it (see `_finish.ts`). */
function provisional(value: string, noun = 'name'): string {
  markProvisional(value, noun);
  return value;
}

/** A part of the focused place of the dialogue's world; undefined without a world. */
function placePart(meaning: 'city' | 'region' | 'country'): string | undefined {
  return worldValue(meaning, false, () => '') as string | undefined;
}

/** The focused person of the dialogue's world, else any name. */
function personName(): string {
  return (worldValue('full_name', false, () => '') as string | undefined) ?? faker.person.fullName();
}

const NOT_DATE_TO = /^(?!.*(^|_)(date|time|valid|created|updated|modified|published|period|day|start|end|effective|booking|check_?in|check_?out|departure|arrival|travel|stay|due|expiry|release|active|available|year|month|week)_(to|from)$).+_(to|from)$/;
const DATE_NAME = /(^|_)(date|datetime|timestamp|created|updated|modified|deleted|shipped|published|released|expires|expiry|expiration|birthdate)(_|$)|_(at|on)$/;

const DAY_BOUND = /(^|_)(start|end|from|to|begin|first|last)_(date|day)$|^(date_from|date_to)$/;

function isoDateTime(rng: Rng): string {
  return `${isoDate(rng)}T${pad(rng.int(0, 23))}:${pickFrom(rng, ['00', '15', '30', '45'])}:00Z`;
}

function decimalString(rng: Rng, lo: number, hi: number): string {
  return (rng.int(lo * 100, hi * 100) / 100).toFixed(2);
}

const WORD_RULES: WordRule[] = [
  ...MEDIA_WORD_RULES,
  [(n) => /email/.test(n), () => faker.internet.email().toLowerCase()],
  // Dates and times by name (`date_created`, `updated_at`, `shipped_on`); `created_by` is a person.
  [(n) => DATE_NAME.test(n) && !/(_by|_format|_type|_range|_field|_zone)$/.test(n) && /(^|_)(date|birthdate)(_|$)/.test(n) && !/(time|_at$)/.test(n), (rng) => isoDate(rng)],
  [(n) => DATE_NAME.test(n) && !/(_by|_format|_type|_range|_field|_zone)$/.test(n), (rng) => isoDateTime(rng)],
  [(n) => /(^|_)(domain|domain_name|host|hostname|website_domain)$/.test(n), () => faker.internet.domainName()],
  [(n) => /(^|_)(country_(iso2?|code|alpha2)|iso2|country_short)$/.test(n), () => faker.location.countryCode('alpha-2')],
  [(n) => /(^|_)(country_iso3|iso3|alpha3|iso_code3|alpha_3)$/.test(n), () => faker.location.countryCode('alpha-3')],
  [(n) => /(^|_)(capital|capital_city|hometown|home_town|home_city|birthplace|birth_place|place_of_birth|city_of_birth|born_in|destination|destination_city|origin_city)$/.test(n), (rng) => pickFrom(rng, CITIES)],
  // Where goods come from is a country, never a code ("ships from pyojMMqdHnu"); a nationality is a people's name.
  [(n) => /(^|_)(ships_from|ship_from|shipped_from|dispatched_from|ships_to|country_of_origin|origin_country|origin|made_in|manufactured_in)$/.test(n), (rng) => pickFrom(rng, COUNTRIES)],
  [(n) => /(^|_)(nationality|citizenship)$/.test(n), (rng) => pickFrom(rng, NATIONALITIES)],
  // A distance driven held as text is a number, a delivery said as text is a time ("DLV-7386" means nothing).
  [(n) => /(^|_)(mileage|odometer|miles_driven|km_driven)$/.test(n), (rng) => String(rng.int(5, 150) * 1000)],
  [(n) => /(^|_)(delivery|delivery_time|delivery_info|delivery_estimate|estimated_delivery|shipping|shipping_info|shipping_time)$/.test(n), (rng) => pickFrom(rng, DELIVERY_TEXTS)],
  [(n) => /(^|_)(lat|latitude)$/.test(n), (rng) => (rng.float() * 140 - 70).toFixed(4)],
  [(n) => /(^|_)(lng|lon|long|longitude)$/.test(n), (rng) => (rng.float() * 340 - 170).toFixed(4)],
  // Money and measures held as strings ("50.0000" in BigCommerce) are numbers, not words.
  [(n) => /(^|_)(price|cost|amount|total|subtotal|tax|fee|fees|balance|discount|shipping_cost)(_|$)|(price|cost|amount|total|tax)$/.test(n) && !/(_type|_class|_id|_code|_name|_method|_status)$/.test(n), (rng) => decimalString(rng, 1, 500)],
  [(n) => /(^|_)(width|height|depth|weight|length|quantity|qty)$/.test(n), (rng) => decimalString(rng, 1, 50)],
  // Seats, rows, gates and sections are short codes ("B", "12", "A4"), never words.
  [(n) => /(^|_)(seat|row|section|gate|platform|terminal|area|room|floor|level|block|zone|aisle|stand)s?(_number|_no|_code)?$/.test(n), (rng) => pickFrom(rng, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) + String(rng.int(1, 40))],
  // Counts held as strings ("viewCount": "1523") are numbers, not words.
  [(n) => /(count|views|subscribers|followers|likes|listeners|plays|downloads|members)$/.test(n) && !/(_type|_id|_name)$/.test(n), (rng) => String(rng.int(3, 250000))],
  [(n) => /(carrier|courier|shipping_provider)$/.test(n), (rng) => pickFrom(rng, CARRIERS)],
  [(n) => /(^|_)(img|image|images|poster|thumbnail|thumb|icon|logo|avatar|photo|picture|cover|banner)(_urls?|_uri|_link|_src)?$/.test(n), (rng) => `https://images.example.com/${alphanumeric(rng, 10, LOWER_ALNUM)}.jpg`],
  [(n) => /(^|_)(next|previous|prev)(_page|_url|_link)?$/.test(n), () => faker.internet.url()],
  [(n) => /(^|_)(rating|score|stars)$/.test(n), (rng) => (rng.int(10, 50) / 10).toFixed(1)],
  [(n) => /(^|_)(runtime|duration|length_minutes)$/.test(n), (rng) => `${rng.int(20, 180)} min`],
  [(n) => /(^|_)(year|release_year)$/.test(n), (rng) => String(rng.int(1970, 2025))],
  [(n) => /(^|_)(episode|season|page|chapter|track|volume|issue|step|version|round)_?(number|no|num|nr)$/.test(n), (rng) => String(rng.int(1, 24))],
  [(n) => /(^|_)(headline|subheadline|sub_headline|tagline)$/.test(n), (_rng, c, _n, parent) => headlineFor(c, parent)],
  [(n) => /(^|_)(subtitle|caption)$/.test(n), (_rng, c) => subtitleFor(c)],
  [(n) => /(first_name|firstname|given_name)/.test(n), () => faker.person.firstName()],
  [(n) => /(last_name|lastname|surname|family_name)/.test(n), () => faker.person.lastName()],
  [(n) => /(user_?name|login|handle|screen_name)/.test(n), (rng) => `${faker.person.firstName().toLowerCase()}${pickFrom(rng, ['_', '.', ''])}${rng.int(1, 99)}`],
  [(n) => /(phone|mobile|tel)/.test(n), () => `+1${faker.string.numeric(10)}`],
  // A link inside an image record (`images[].url`) is an image file, not a site's root.
  [(n, _t, _c, parent) => /(^|_)(url|uri|link|href|src)$/.test(n) && /(^|_)(img|images?|photos?|pictures?|posters?|thumbnails?|avatars?|logos?|icons?|screenshots?)$/.test(parent), (rng) => `https://images.example.com/${alphanumeric(rng, 10, LOWER_ALNUM)}.jpg`],
  [(n) => /(^|_)(url|uri|link|website|homepage|href)s?$/.test(n) && !/(^|_)(img|image|photo|picture|poster|thumbnail|avatar|logo|icon)_/.test(n), () => faker.internet.url()],
  [(n) => /(^|_)(city|town)(_name)?$/.test(n), (rng) => pickFrom(rng, CITIES)],
  [(n) => /(^|_)country(_name)?$/.test(n), () => faker.location.country()],
  [(n) => /(^|_)(state|region|province)$/.test(n), () => faker.location.state()],
  [(n) => /(address|street)/.test(n), localStreet],
  [(n) => /(company|organization|organisation|employer|brand|publisher)/.test(n), () => companyName()],
  [(n) => /(artist|singer|band|performer)/.test(n), () => artistName()],
  [(n, t, c, p) => /job/.test(n) || (t === 'title' && (/\b(jobs?|positions?|vacanc(y|ies)|careers?)\b/.test(c) || PEOPLE_PARENT.test(p))), () => faker.person.jobTitle()],
  [(n) => /(song|track)s?(_name|_title)?$/.test(n), () => songTitle()],
  [(n) => /album/.test(n), () => albumTitle()],
  [(n) => /genre/.test(n), (_rng, c, n) => genreFor(`${n.replace(/_/g, ' ')} ${c}`, false)],
  [(n) => /(author|writer)/.test(n), () => faker.person.fullName()],
  [(n, t, c) => (t === 'title' || t === 'name') && n !== t && kindOfName(n, c)?.titled === true, (_rng, c, n) => provisional((kindOfName(n, c) as NameKind).make(`${n.replace(/_/g, ' ')} ${c}`))],
  [(n, t, c) => /(book|novel)/.test(n) || (t === 'title' && /book/.test(c)), () => bookTitle()],
  [(n, t, c) => /(movie|film)/.test(n) || (t === 'title' && /(movie|film)/.test(c)), () => faker.book.title()],
  [(n) => /(^|_)industry$/.test(n), (rng) => pickFrom(rng, INDUSTRIES)],
  [(n) => /(^|_)(location|headquarters|hq|place)$/.test(n), (rng) => pickFrom(rng, CITIES)],
  [(_n, t, c) => t === 'title' && /(song|track|music)/.test(c), () => songTitle()],
  [(_n, t, c) => t === 'title' && kindIn(c, true) !== undefined, (_rng, c) => provisional(kindIn(c, true)!.make(c))],
  [(_n, t) => t === 'title', () => faker.book.title()],
  [(n) => /(product|item)(_name)?$/.test(n), (_rng, c) => productName(c)],
  [(n) => /(category|department|section)/.test(n), (_rng, c) => genreFor(c, true)],
  [(n) => /(tag|topic)s?$/.test(n), () => faker.helpers.arrayElement(TOPICS)],
  [(n) => /(color|colour)/.test(n), () => faker.color.human()],
  [(n) => /currency/.test(n), () => faker.finance.currencyCode()],
  [(n) => /(lang|language|locale)/.test(n), (rng) => pickFrom(rng, LANGUAGES)],
  [(n, _t, c) => /^(review_)?(text|body|content)$/.test(n) && /\breviews?\b/.test(c) && !/\b(comments?|posts?|messages?|tweets?)\b/.test(c), (rng) => pickFrom(rng, REVIEW_TEXTS)],
  // A comment on an API of a known domain (music on Deezer) is of that domain; other texts by what they sit under.
  [(n, _t, c) => /(^|_)text$/.test(n) && /\b(reviews?|comments?|posts?|messages?|notes?|tweets?|replies|reply)\b/.test(c), (rng, c) => {
    const own = /\b(comments?|tweets?|replies|reply)\b/.test(c) ? commentTexts(c) : undefined;
    return own ? pickFrom(rng, own) : commentAbout(c) ?? pickFrom(rng, COMMENTS);
  }],
  // A search is for a thing of the operation's resource; general search terms only where the resource is unknown.
  [(n) => /(^|_)(q|query|keyword|keywords|search|term|terms|text)$/.test(n), (rng, c) => searchValue(c) ?? pickFrom(rng, SEARCH_TERMS)],
  [(n, _t, c) => /(description|summary|condition|conditions|text|weather)$/.test(n) && /\b(weather|forecasts?)\b/.test(c), (rng) => pickFrom(rng, WEATHER_WORDS)],
  [(n) => /(library|school|university|hospital|museum|park|station|place|hotel|store|shop)(_name)?$/.test(n), (rng) => `${faker.location.street()} ${pickFrom(rng, ['Library', 'Park', 'Plaza', 'Market', 'Gallery', 'Hall', 'Center'])}`],
  // A route's instructions are turns, not a delivery note.
  [(n, _t, c) => /(^|_)(instructions?|maneuver|manoeuvre)$/.test(n) && /\b(directions?|routes?|routing|navigation|steps?|legs?)\b/.test(c), (rng) => `${pickFrom(rng, ['Turn left onto', 'Turn right onto', 'Continue straight on', 'Keep left onto', 'At the roundabout, take the second exit onto'])} ${pickFrom(rng, ['Main Street', 'Station Road', 'Park Avenue', 'the ring road', 'Riverside Drive', 'High Street'])}.`],
  [(n) => /(comments?|notes?|remarks?|reviews?|feedback|instructions?)$/.test(n), (rng, c, n) => (/instructions?$/.test(n) ? undefined : commentAbout(`${c} ${n.replace(/_/g, ' ')}`, /(notes?|remarks?)$/.test(n))) ?? pickFrom(rng, COMMENTS)],
  [(n) => /(message|msg|status_text|status_message)$/.test(n), (rng) => pickFrom(rng, SUCCESS_MESSAGES)],
  // Product text only for products (an Uber "product" is a ride option; an "item" is anything).
  [(n, _t, c) => /(description|summary|bio|overview|about|details|body|content|plot|synopsis)/.test(n) && kindIn(c)?.noun === 'product', () => provisional(productBlurb(), 'description:product')],
  // Other free text describes its own entity (a webhook, an episode), never with another kind's filler.
  [(n) => /(description|summary|bio|overview|about|details|body|content|plot|synopsis)/.test(n), (_rng, c, n, parent) => {
    const noun = entityNoun(parent, c);
    return provisional(describe(noun, undefined, undefined, n), `description:${noun}`);
  }],
  [(n) => /(^|_)status$/.test(n), (rng) => pickFrom(rng, ['ok', 'active', 'pending', 'completed', 'confirmed'])],
  [(n) => /(^|_)(sort|sort_by|order_by|ordering|orderby|sortby)$/.test(n), (rng) => pickFrom(rng, ['name', 'date', 'popularity'])],
  [(n) => /(^|_)(order|direction|dir)$/.test(n), (rng) => pickFrom(rng, ['asc', 'desc'])],
  [(n) => /(time_?zone|(^|_)tz)$/.test(n), () => faker.location.timeZone()],
  [(n) => /(^|_)(time|hour)$/.test(n), (rng) => `${pad(rng.int(6, 21))}:${pickFrom(rng, ['00', '15', '30', '45'])}`],
  // `valid_to` is a date; `move_issues_to` names where things go (a version, a component): an id, not a date.
  [(n) => /(^|_)(date|day|from|to|since|until|start|end|checkin|checkout|departure|arrival|birthday|dob)(_date)?$/.test(n) && !NOT_DATE_TO.test(n), (rng) => isoDate(rng)],
  [(n) => NOT_DATE_TO.test(n), (rng, _c, n) => idString(n, rng)],
  // A display name is a person's only where people are listed; a ride option's is its own name.
  [(n) => /(^|_)display_name$/.test(n), (_rng, c, n, parent) => (kindOfName(n.replace(/_?display_name$/, ''), c) ?? kindOfName(parent, c) ?? displayKind(c))?.make(c) ?? personName()],
  [(n) => /(^|_)(full_name|display_name|owner|customer|contact|person)$/.test(n), personName],
  [(n) => /(venue|stadium|arena|theat(er|re))(_name)?$/.test(n), (rng) => `${pickFrom(rng, [cityName(), faker.person.lastName(), 'Riverside', 'Royal', 'Grand', 'Union', 'Harbour'])} ${pickFrom(rng, ['Hall', 'Arena', 'Theatre', 'Center'])}`],
  [(n) => /(restaurant|cafe|bar)(_name)?$/.test(n), (rng) => `${faker.person.lastName()}'s ${pickFrom(rng, ['Kitchen', 'Bistro', 'Grill', 'Trattoria', 'Diner'])}`],
  [(n) => /(hotel|store|shop)(_name)?$/.test(n), (rng) => `${cityName()} ${pickFrom(rng, ['Hotel', 'Inn', 'Market', 'Store'])}`],
  [(n, _t, c) => /(event|concert|festival)(_name)?$/.test(n) || (n === 'name' && /\bevents?\b/.test(c)), (_rng, c) => eventName(c)],
  [(n) => /(performer|speaker|host)(_name)?$/.test(n), () => faker.person.fullName()],
  // `tournament_name` takes its kind from its own words, a bare `name` from its record's or the operation's (_named-by.ts).
  // The entries of a ranking, a leaderboard or a player's earnings in a sport of players (golf, tennis) are players.
  [(n, _t, _c, parent) => n === 'name' && /^(condition|conditions|condition_name)$/.test(parent), conditionName],
  [(n, _t, _c, parent) => /^((field|column)_)?name$/.test(n) && /^(fields|columns|searchable_fields)$/.test(parent), fieldName],
  [(n, _t, c, parent) => RANKED_NAME.test(n) && RANKED_LIST.test(parent) && (INDIVIDUAL_SPORT.test(c) || (PLAYERS.test(c) && !TEAM_SPORT.test(c))), personName],
  [(n, t, c) => (t === 'name' || t === 'title') && n !== t && (kindOfName(n, c)?.titled === true || (t === 'name' && kindOfName(n, c) !== undefined)), (_rng, c, n) => provisional((kindOfName(n, c) as NameKind).make(`${n.replace(/_/g, ' ')} ${c}`))],
  [(_n, t) => t === 'name', (_rng, c, _n, parent) => provisional(nameFor(parent, c))],
  // A type is a kind of its thing; "summary" and "full" are views, not types.
  [(n) => /(^|_)fuel_?type$/.test(n), (rng) => pickFrom(rng, ['petrol', 'diesel', 'electric', 'hybrid'])],
  [(n) => /(^|_)location_?type$/.test(n), (rng) => pickFrom(rng, ['city', 'airport', 'address', 'region'])],
  [(n) => /(^|_)(type|kind)$/.test(n), (rng, c, n, parent) => typeOfRecord(n, parent, c, rng) ?? pickFrom(rng, ['standard', 'default', 'basic', 'custom'])],
  [(n) => /(^|_)(mode|format|view)$/.test(n), (rng) => pickFrom(rng, ['default', 'full', 'summary', 'compact'])],
];

/** The kind of thing a display name names, unless it names people. */
function displayKind(context: string): NameKind | undefined {
  const kind = kindIn(context);
  return kind && !['person', 'guest'].includes(kind.noun) ? kind : undefined;
}

/** A rule chosen for a value, with the words it was chosen on (its maker reads them again). */
interface WordChoice {
  rule: WordRule;
  context: string;
  words: string;
  parent: string;
}

/** Which rule fits a (name, context): decided once per pair, since a run asks the same pairs again and again. */
const wordRuleCache = new Map<string, WordChoice | null>();

/** A vocabulary word for a string parameter or field, judged by its name; undefined when nothing fits. */
const wordRuleByObject = new WeakMap<object, WordChoice | null>();

function vocabularyString(name: string, rng: Rng, context: string, owner?: object, parent = ''): string | undefined {
  // A field or parameter object decides once; without one, (name, context) strings are the key.
  let choice = owner ? wordRuleByObject.get(owner) : undefined;
  const key = owner ? '' : `${name}\u0000${parent}\u0000${context}`;
  if (choice === undefined && !owner) choice = wordRuleCache.get(key);
  if (choice === undefined) {
    const n = lastNameWord(name);
    const tail = n.split('_').pop() ?? n;
    const rule = WORD_RULES.find(([test]) => test(n, tail, context, lastNameWord(parent)));
    choice = rule ? { rule, context, words: n, parent: lastNameWord(parent) } : null;
    if (owner) wordRuleByObject.set(owner, choice);
    else {
      if (wordRuleCache.size > 50000) wordRuleCache.clear();
      wordRuleCache.set(key, choice);
    }
  }
  return choice ? choice.rule[1](rng, choice.context, choice.words, choice.parent) : undefined;
}

function fitLength(value: string, schema: JsonSchema, rng: Rng): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  let v = value;
  if (v.length > max) v = v.slice(0, max).trimEnd() || v.slice(0, max);
  if (v.length < min) v += alphanumeric(rng, min - v.length, LOWER_ALNUM);
  return v;
}

/** One RandExp per pattern (parsing is the slow part); `randInt` is rebound to the caller's Rng each use. */
const randExps = new Map<string, { regex: RegExp; whole: RegExp; generator: InstanceType<RandExpClass> } | null>();

/** `regex` is the pattern as ajv reads it; `whole` must match all of a value made up to fit it ("VgVv8WTf" holds a road id "V8" but is none). */
function compiledPattern(pattern: string): { regex: RegExp; whole: RegExp; generator: InstanceType<RandExpClass> } | null {
  let entry = randExps.get(pattern);
  if (entry === undefined) {
    try {
      // ajv reads patterns with the `u` flag, so a pattern that fails here fails validation too.
      const regex = new RegExp(pattern, 'u');
      const generator = new RandExp(regex);
      generator.max = 6;
      entry = { regex, whole: new RegExp(`^(?:${pattern})$`, 'u'), generator };
    } catch {
      entry = null;
    }
    if (randExps.size > 5000) randExps.clear();
    randExps.set(pattern, entry);
  }
  return entry;
}

function patternString(pattern: string, schema: JsonSchema, rng: Rng): string | undefined {
  const entry = compiledPattern(pattern);
  if (!entry) return undefined;
  const { regex, generator } = entry;
  generator.randInt = (from: number, to: number) => rng.int(from, to);
  let fallback: string | undefined;
  try {
    for (let attempt = 0; attempt < 6; attempt++) {
      const value = generator.gen();
      const okLength =
        (typeof schema.minLength !== 'number' || value.length >= schema.minLength) &&
        (typeof schema.maxLength !== 'number' || value.length <= schema.maxLength);
      if (!okLength || !regex.test(value)) continue;
      // One- and two-letter values read like words ("i", "a") and leak into any sentence: prefer longer ones.
      if (value.length >= 3) return value;
      fallback ??= value;
    }
  } catch {
    return fallback;
  }
  return fallback;
}

export interface ValueHints {
  /** Parameter or field name (its last path segment for fields). */
  name: string;
  description?: string;
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
  /** Words around the value (operation summary, parent path) to pick a fitting vocabulary. */
  context?: string;
  /** Probability of using the spec's example/default when there is one (default 0.35). */
  exampleRate?: number;
  /** A stable object standing for this field or parameter (its schema): vocabulary choices are cached on it. */
  owner?: object;
  /** The value is part of a successful tool result: success flags are true, statuses are not errors. */
  inResult?: boolean;
  /** Key of the object the value sits in (`billing_address` for `billing_address.state`): part of its meaning. */
  parent?: string;
  /** The call's arguments, for a result's values (a file is in the format the call asked for). */
  args?: Readonly<Record<string, unknown>>;
}

/** Meanings that make a list about one place when a call is filtered by them. */
export const PLACE_MEANINGS = new Set<Meaning>(['city', 'region', 'region_code', 'country', 'country_code', 'latitude', 'longitude']);

const NOT_PERSON = /\b(providers?|vendors?|sources?|brands?|labels?|networks?|products?|rides?|apps?|applications?|playlists?|channels?|stores?|pages?|groups?|projects?|categor(y|ies)|items?|services?|plans?|devices?|files?|boards?|workspaces?)\b/;

/** A value from the dialogue's world for a string that means a place part, a person's detail or a status. */
function worldString(schema: JsonSchema, hints: ValueHints, rng: Rng): string | undefined {
  // A parameter's description says what it wants ("city name e.g.: q=Paris"); a result field's is not read.
  const about = hints.inResult ? hints.context ?? '' : `${hints.context ?? ''} ${(hints.description ?? '').toLowerCase()}`;
  let meaning = meaningOf(hints.name, hints.parent ?? '', about);
  // A value whose example is a city (`q` with default "London") is the dialogue's city; a country whose
  // example is a code ("us") is the dialogue's country code.
  const example = [hints.example, hints.default, schema.example, schema.default].find((v) => typeof v === 'string');
  if (!meaning && !hints.inResult && isCityName(example)) meaning = 'city';
  if (meaning === 'country' && typeof example === 'string' && /^[A-Za-z]{2}$/.test(example)) {
    const code = worldValue('country_code', false, () => '');
    if (typeof code === 'string') return example === example.toLowerCase() ? code.toLowerCase() : code;
  }
  if (!meaning) return undefined;
  // A display name is a person's only when people are shown: a product's or an app's is its own.
  if (meaning === 'full_name' && /display_?name/i.test(hints.name) && NOT_PERSON.test(`${lastNameWord(hints.name).replace(/_/g, ' ')} ${hints.parent ?? ''} ${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase())) return undefined;
  const value = worldValue(meaning, false, (words) => (hints.inResult && rng.chance(0.6) ? 'completed' : rng.pick(words)));
  if (value === undefined) return undefined;
  const text = meaning === 'region_code' ? isoRegionCode(String(value), schema, hints) : String(value);
  // A result's list of regions is not all the dialogue's region: an ISO code there comes from the real ones.
  if (hints.inResult && text !== String(value)) return undefined;
  if (typeof schema.maxLength === 'number' && text.length > schema.maxLength) return undefined;
  if (typeof schema.minLength === 'number' && text.length < schema.minLength) return undefined;
  if (typeof schema.pattern === 'string') {
    const compiled = compiledPattern(schema.pattern);
    if (compiled && !compiled.regex.test(text)) return undefined;
  }
  return text;
}

/** A region code as ISO 3166-2 ("US-CA") where the field says so or its pattern wants the country prefix; the bare code ("CA") otherwise. */
function isoRegionCode(code: string, schema: JsonSchema, hints: ValueHints): string {
  const country = worldValue('country_code', false, () => '');
  if (typeof country !== 'string' || code.includes('-')) return code;
  const iso = `${country}-${code}`;
  if (/3166-2/.test(`${hints.description ?? ''} ${typeof schema.description === 'string' ? schema.description : ''}`)) return iso;
  const compiled = typeof schema.pattern === 'string' ? compiledPattern(schema.pattern) : null;
  return compiled && !compiled.whole.test(code) && compiled.whole.test(iso) ? iso : code;
}

const FAMOUS_CITIES = new Set(['London', 'New York', 'Paris', 'Tokyo', 'Berlin', 'Madrid', 'Rome', 'Sydney', 'Los Angeles', 'San Francisco', 'Chicago', 'Toronto', 'Mumbai', 'Singapore', 'Dubai', 'Amsterdam', 'Barcelona', 'Lisbon', 'Seattle', 'Boston']);

/** A spec example that names a well-known city. */
function isCityName(value: unknown): boolean {
  return typeof value === 'string' && (FAMOUS_CITIES.has(value) || knownPlaces().some((p) => p.city === value));
}

/** Fields that report an error: a successful result leaves them out. */
export const ERROR_FIELD = /^(error|errors|err|error_?message|error_?msg|error_?code|error_?description|errmsg|fault|faults|exception|failure|failures)$/i;
const SUCCESS_FLAG = /^(success|succeeded|successful|is_?success|is_?successful|ok|is_?ok|status_?ok)$/i;
const ERROR_STATUS = /(error|fail|failed|failure|invalid|denied|rejected|declined|cancel+ed|expired|disputed|refunded|not_?found|unauthori[sz]ed|forbidden|timeout|aborted|blocked|suspended|deleted|inactive|disabled|zero_?results|no_?results|over_?(query_?)?limit|limit_?exceeded|quota|unavailable)/i;

function stringValue(schema: JsonSchema, hints: ValueHints, rng: Rng): string {
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  // A description that lists the allowed values ("Can either be "live" or "draft"") is an enum.
  // A RapidAPI ENUM whose values only the description gives ("only movie or tv show") is a kind, like a `type`.
  const listed = format === undefined ? enumInDescription(hints.description, schema['x-rapidapi-type'] === 'ENUM' ? 'type' : hints.name) : undefined;
  if (listed) {
    const fine = hints.inResult ? listed.filter((v) => !ERROR_STATUS.test(v)) : listed;
    return rng.pick(fine.length > 0 ? fine : listed);
  }
  const uri = format === undefined || format === 'uri' ? schemedUri(lastNameWord(hints.name), `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase(), exampleOf(schema, hints)[0], rng) : undefined;
  if (uri !== undefined) return uri;
  // A description that gives the value's shape ("e.g. "2d"", "in `whatsapp:<E.164>` format") is followed.
  const described = format === undefined ? describedExample(hints.description ?? (typeof schema.description === 'string' ? schema.description : undefined)) : undefined;
  if (described !== undefined && described.shape !== 'coded') {
    const value = likeDescribed(described, rng);
    if (typeof schema.pattern !== 'string' || compiledPattern(schema.pattern)?.whole.test(value) !== false) return value;
  }
  if (format === undefined || format === 'email' || format === 'idn-email') {
    const fromWorld = worldString(schema, hints, rng);
    if (fromWorld !== undefined) return fromWorld;
  }
  switch (format) {
    case 'date':
      return isoDate(rng);
    case 'date-time':
      // The first or last day of a span (`startDate`, `endDate` of a long weekend) is a day: no time of day.
      if (DAY_BOUND.test(lastNameWord(hints.name))) return `${isoDate(rng)}T00:00:00Z`;
      return `${isoDate(rng)}T${pad(rng.int(0, 23))}:${pickFrom(rng, ['00', '15', '30', '45'])}:00Z`;
    case 'time':
      return `${pad(rng.int(6, 21))}:${pickFrom(rng, ['00', '15', '30', '45'])}:00Z`;
    case 'email':
    case 'idn-email':
      return faker.internet.email().toLowerCase();
    case 'uuid':
      return faker.string.uuid();
    case 'uri':
    case 'url':
    case 'iri':
    case 'uri-reference':
      return faker.internet.url();
    case 'hostname':
      return faker.internet.domainName();
    case 'ipv4':
      return faker.internet.ipv4();
    case 'ipv6':
      return faker.internet.ipv6();
    case 'int32':
    case 'int64':
      return String(rng.int(1, 99999));
    case 'password':
      return faker.internet.password({ length: 12 });
    case 'byte':
    case 'base64': {
      // Encoded data (an uploaded image) is the spec's own sample, or encoded bytes; never prose.
      const sample = schema.example;
      return typeof sample === 'string' && /^[A-Za-z0-9+/=\s]{8,}$/.test(sample) ? sample : imageData(lastNameWord(hints.name), hints.context ?? '') ?? encodedBytes();
    }
    default:
      break;
  }
  let candidate: string;
  // A year the spec exemplifies is drawn near that example (a 2022 season, never 2005).
  const year = yearNearExample(hints.name, () => exampleOf(schema, hints), rng);
  if (year !== undefined) return String(year);
  const kind = kindFieldValue(lastNameWord(hints.name), schema, hints.description, exampleOf(schema, hints), lastNameWord(hints.parent ?? ''), hints.context ?? '', hints.inResult === true, rng);
  const fixed = kind ?? templateField(lastNameWord(hints.name), `${hints.context ?? ''} ${lastNameWord(hints.parent ?? '')}`.toLowerCase(), rng) ?? sectionName(lastNameWord(hints.name), lastNameWord(hints.parent ?? ''), hints.context ?? '', rng) ?? isoSubdivision(lastNameWord(hints.name), hints.description ?? (typeof schema.description === 'string' ? schema.description : ''), typeof schema.pattern === 'string' ? compiledPattern(schema.pattern)?.whole : undefined, rng) ?? uriInExampleScheme(lastNameWord(hints.name), exampleOf(schema, hints), (lo, hi) => rng.int(lo, hi));
  if (fixed !== undefined) return fitLength(fixed, schema, rng);
  // Products listed by a category the call named ("Kids") are goods of that category.
  const department = hints.inResult && hints.args ? departmentAsked(hints.name, hints.args, hints.context ?? '') : undefined;
  if (department !== undefined) return fitLength(productName(department), schema, rng);
  const meant = meaningString(lastNameWord(hints.name), `${hints.context ?? ''} ${hints.description ?? ''}`, lastNameWord(hints.parent ?? ''));
  if (meant !== undefined) {
    candidate = meant;
  } else if (isIdName(lastNameWord(hints.name))) {
    // `authorId` is an identifier, not an author's name; in the shape of the spec's example when it gives one.
    candidate = youtubeChannelId(lastNameWord(hints.name), `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase(), rng) ?? playPackage(lastNameWord(hints.name), `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase(), exampleOf(schema, hints)) ?? shapedLike(exampleOf(schema, hints), (lo, hi) => rng.int(lo, hi)) ?? (described !== undefined ? likeDescribed(described, rng) : undefined) ?? (NUMERIC_ID_PLATFORM.test(hints.description ?? '') ? String(rng.int(100000, 99999999)) : idString(hints.name, rng, `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase(), hints.parent));
  } else {
    const cached = hints.owner !== undefined && wordRuleByObject.has(hints.owner);
    const context = cached ? '' : `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase();
    const word = exampleOverBrand(mediaLength(lastNameWord(hints.name), hints.context ?? '', rng) ?? wordNotCode(lastNameWord(hints.name), hints.context ?? '', hints.inResult === true, rng, (noun) => vocabularyString(noun, rng, context)) ?? vocabularyString(hints.name, rng, context, hints.owner, hints.parent), String((hints.owner as { path?: unknown } | undefined)?.path ?? '').includes('[]') ? [] : exampleOf(schema, hints));
    // A list of plain values (`regions: ["…"]`) holds things its singular names ("region"), never codes.
    if (word === undefined && PLURAL_WORD.test(lastNameWord(hints.name)) && described === undefined && exampleOf(schema, hints).length === 0) return stringValue(schema, { ...hints, name: singular(lastNameWord(hints.name)), owner: undefined }, rng);
    candidate = word ?? (described !== undefined && exampleOf(schema, hints).length === 0 ? likeDescribed(described, rng) : isIdLike(hints.name, schema, hints.description) ? idString(hints.name, rng, `${hints.context ?? ''} ${hints.description ?? ''}`.toLowerCase(), hints.parent) : fallbackString(hints.name, hints.parent ?? '', exampleOf(schema, hints), rng, { personName, companyName, date: () => isoDate(rng) }, hints.context ?? ''));
  }
  candidate = fitLength(inRequestedFormat(candidate, hints.args, lastNameWord(hints.name), hints.parent ?? ''), schema, rng);
  // A realistic value that fits the pattern wins; otherwise the pattern makes one.
  if (typeof schema.pattern === 'string') {
    const compiled = compiledPattern(schema.pattern);
    if (compiled && !compiled.whole.test(candidate)) {
      const fromPattern = patternString(schema.pattern, schema, rng);
      if (fromPattern !== undefined) return fromPattern;
    }
  }
  return candidate;
}

const PLURAL_WORD = /^[a-z_]{3,}[^su_]s$/;
const ID_TAIL = /(^|_)(id|ids|uuid|guid|oid|object_id)$/;
/** Words ending in "id" that are no identifier (`webcamid`, `userid` are). */
const NOT_ID_WORDS = new Set(['paid', 'valid', 'invalid', 'android', 'void', 'avoid', 'grid', 'squid', 'rapid', 'fluid', 'hybrid', 'solid', 'liquid', 'acid', 'humid', 'vivid', 'timid', 'lipid', 'pyramid', 'druid', 'cupid', 'said', 'laid', 'raid', 'maid', 'aid', 'bid', 'kid', 'lid', 'mid', 'rid', 'did', 'hid', 'amid', 'unpaid', 'prepaid', 'braid', 'afraid', 'candid', 'splendid', 'rigid', 'vapid', 'tepid', 'torpid', 'morbid']);

/** An identifier's name: `order_id`, `$oid`, `uuid`, and run-together ones like `webcamid` or `userid`. */
function isIdName(words: string): boolean {
  if (ID_TAIL.test(words)) return true;
  const last = words.split('_').pop() ?? words;
  return last.length > 4 && last.endsWith('id') && !NOT_ID_WORDS.has(last);
}

function exampleOf(schema: JsonSchema, hints: ValueHints): unknown[] {
  const found: unknown[] = [];
  for (const v of [hints.example, hints.default, schema.example, schema.default]) if (v !== undefined && v !== null) found.push(v);
  if (Array.isArray(schema.examples)) found.push(...(schema.examples as unknown[]));
  return found.filter((v) => !isPlaceholderExample(v) && !moneyPlaceholder(schema as Record<string, unknown>, hints.name ?? '', hints.parent ?? '', v)).map(unencoded);
}

export function typeMatches(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

/** A value for `schema`; objects and arrays are built recursively up to a small depth. */
export function mockValue(rawSchema: JsonSchema, hints: ValueHints, rng: Rng, depth = 0): unknown {
  const schema = flatSchema(rawSchema);
  if ('const' in schema) return schema.const;
  const allChoices = (Array.isArray(schema.enum) ? schema.enum : hints.enum)?.filter((v) => v !== null);
  // An empty string is a valid enum member in some specs, but nobody can say it.
  const spoken = allChoices?.filter((v) => v !== '');
  const choices = spoken && spoken.length > 0 ? spoken : allChoices;
  if (choices && choices.length > 0) {
    // An enum of currencies or countries takes the dialogue's own when it lists it.
    const own = currentWorld() !== null ? worldString({}, { ...hints, inResult: true }, rng) : undefined;
    if (own !== undefined && choices.includes(own) && /(currency|country)/i.test(hints.name)) return own;
    // A successful call reports success: an OK-like status when the enum has one, never an error status.
    if ((hints.inResult || depth > 0) && /(status|state|result|outcome)$/i.test(hints.name)) {
      const ok = choices.find((v) => typeof v === 'string' && /^(ok|success|succeeded|active|confirmed|completed|available|open|scheduled|onsale|delivered)$/i.test(v));
      if (ok !== undefined && rng.chance(0.8)) return ok;
      const fine = choices.filter((v) => typeof v !== 'string' || !ERROR_STATUS.test(v));
      if (fine.length > 0) return rng.pick(fine);
    }
    return rng.pick(choices);
  }
  const type = schemaType(schema);
  // A place or person of the dialogue's world wins over the spec's example (Tokyo next to Lisbon's coordinates).
  const worldly = currentWorld() !== null && meaningOf(hints.name, hints.parent ?? '', hints.context ?? '') !== undefined;
  const examples = worldly ? [] : exampleOf(schema, hints).filter((v) => typeMatches(v, type) && (typeof v !== 'string' || v.length <= 80));
  if (examples.length > 0 && rng.chance(hints.exampleRate ?? 0.35)) {
    // A spec's example with a stray line break ("https://i.scdn.co/image/ab67…\n") is that value, trimmed.
    const example = rng.pick(examples);
    if (postcodeFits(hints.name, example)) return typeof example === 'string' ? example.trim() : example;
  }
  switch (type) {
    case 'integer':
      // An ok result's HTTP-like status says so.
      if (hints.inResult && /^(status|status_?code|http_?status|http_?code|response_?code)$/i.test(hints.name)) return clampNumber(schema, 200, true);
      {
        const year = yearNearExample(hints.name, () => exampleOf(schema, hints), rng);
        if (year !== undefined) return clampNumber(schema, year, true);
      }
      return numberFor(schema, numberName(hints.name, hints.description), rng, true, numberDescription(schema, hints.description), exampleOf(schema, hints));
    case 'number':
      // A number whose example or default is whole (`bound`, default 1) counts things: it is drawn whole too.
      return numberFor(schema, numberName(hints.name, hints.description), rng, exampleOf(schema, hints).some((v) => typeof v === 'number' && Number.isInteger(v) && v !== 0), numberDescription(schema, hints.description), exampleOf(schema, hints));
    case 'boolean':
      if (hints.inResult && SUCCESS_FLAG.test(hints.name)) return true;
      if (hints.inResult && RARE_STATE.test(hints.name)) return rng.chance(0.15);
      if (hints.inResult && /^(has_?)?(error|errors|failed|failure)$/i.test(hints.name)) return false;
      return rng.chance(0.5);
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? { type: 'string' };
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      const max = Math.max(min, Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 2, depth > 0 ? 2 : 2));
      const count = rng.int(Math.max(min, 1), Math.max(max, 1));
      const out: unknown[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < count * 3 && out.length < count; i++) {
        const item = mockValue(items, { name: singular(hints.name), context: hints.context ?? '', ...(hints.inResult ? { inResult: true } : {}) }, rng, depth + 1);
        const key = JSON.stringify(item);
        // An empty object is no record (past the depth cap, or no field drawn): the list is left shorter, even empty.
        if (seen.has(key) || isEmptyRecord(item)) continue;
        seen.add(key);
        out.push(item);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 3) return out;
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      for (const [key, sub] of Object.entries(properties)) {
        if (hints.inResult && ERROR_FIELD.test(key)) continue;
        if (required.has(key) || rng.chance(0.6)) out[key] = mockValue(sub, { name: key, parent: hints.name, context: hints.context ?? '', ...(hints.inResult ? { inResult: true } : {}) }, rng, depth + 1);
      }
      return out;
    }
    default:
      return stringValue(schema, hints, rng);
  }
}

export const singular = (name: string): string => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name);

/** Draw a value for a parameter, with Faker bound to `rng`. */
export function mockParamValue(schema: JsonSchema, hints: ValueHints, rng: Rng): unknown {
  return withRng(rng, () => mockValue(schema, hints, rng));
}

export { schemaViolations } from './_violations.ts';
