/**
 * The vocabulary rules of string mocks: a value picked by the words of its name, its record and the
 * operation (an email, a date by name, a city, a restaurant's name). Tried in order; the first that fits wins.
 */
import { jobTitle26 } from './_jobs26.ts';
import type { Rng } from '../random/index.ts';
import { faker } from './_faker.ts';
import { songTitle, albumTitle, bookTitle, artistName } from './_works.ts';
import { companyName, conditionName, fieldName, productName, eventName, cityName, localStreet, commentAbout, describe, searchValue, entityNoun, genreFor, kindIn, kindOfName, TOPICS, type NameKind } from './_names.ts';
import { nameFor } from './_named-by.ts';
import { headlineFor, PEOPLE_PARENT } from './_headlines15.ts';
import { ownerSurname } from './_owner-name.ts';
import { subtitleFor } from './_road-names.ts';
import { commentTexts } from './_comment-texts.ts';
import { SCRIPTURE, scriptureBook, scriptureTerm } from './_scripture17.ts';
import { alphanumeric, idString, LOWER_ALNUM } from './_id-string.ts';
import { markProvisional, worldValue } from '../world/index.ts';
import { AUTHZ_CONTEXT } from './_authz-stores22.ts';
import { productBlurb } from './_product-text.ts';
import { APP_MENU_ENTRIES, FOOD_CONTEXT } from './_kinds18.ts';
import { movieTitle } from './_films.ts';
import { placeStem24 } from './_institutions24.ts'; import { statusWord28 } from './_status28.ts';
import { MEDIA_WORD_RULES } from './_media.ts';
import { mediaSearchValue } from './_media-search25.ts';
import { gameSearchValue34 } from './_game-store-answers34.ts';
import { typeOfRecord } from './_field-values.ts';
import { kindWord35, misreadKindName35 } from './_kinds-fil35.ts';
import { CITIES, LANGUAGES, SEARCH_TERMS, WEATHER_WORDS, SUCCESS_MESSAGES, COMMENTS, INDUSTRIES, CARRIERS, REVIEW_TEXTS, COUNTRIES, NATIONALITIES, DELIVERY_TEXTS } from './_mock-words.ts';

/** A key naming a place of one kind (`school_name`, `schools[].name` as `school_name`). */
const PLACE_KEY = /(library|school|university|hospital|museum|park|station|place|hotel|store|shop)(?:_name)?$/;
const PLACE_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  library: ['Library', 'Public Library'], school: ['School', 'Primary School', 'High School', 'Academy'], university: ['University', 'College'],
  hospital: ['Hospital', 'Medical Centre'], museum: ['Museum', 'Gallery'], park: ['Park', 'Gardens'], station: ['Station'], hotel: ['Hotel', 'Inn'],
  store: ['Market', 'Store'], shop: ['Shop', 'Market'],
};
/** Items of a news feed (`newsitems`, `news_item`, `feed_items`): headlines. */
const NEWS_ITEM = /^(news|feed|press|story|stories|article|blog)_?items?(_name|_title)?$/;
/** Items of a menu (`menu_item`, `menuitems`). */
const MENU_ITEM = /^(sub_?)?menu(_?items?)?(_name|_title)?$/;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDate(rng: Rng): string {
  const year = rng.int(2024, 2026);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${pad(month)}-${pad(day)}`;
}

export const pickFrom = <T>(rng: Rng, items: readonly T[]): T => rng.pick(items);

/** Platforms whose ids are numbers (a Deezer track 3135556, a Steam app 570): an id described as theirs is digits. */
export const NUMERIC_ID_PLATFORM = /\b(deezer|steam|tmdb|themoviedb|discogs|itunes|geonames|woeid|telegram|vk)\b/i;
/** A ranked entry's name, a list of ranked entries, and the sports whose entries are people, not teams. */
const RANKED_NAME = /^(name|player_name|full_name|player|display_name)$/;
const RANKED_LIST = /^(rankings?|leaderboards?|standings?|earnings?|points?|players?|golfers?|entries|entry|rows?|results?|scores?|positions?)$/;
const INDIVIDUAL_SPORT = /\b(golf|golfers?|pga|liv|tennis|atp|wta|chess|fedexcup|darts|snooker)\b/;
const PLAYERS = /\b(players?|athletes?|golfers?)\b/;
const TEAM_SPORT = /\b(teams?|clubs?|constructors?|nations?|countries)\b/;
/** [test on (name words, last word, context), make from (rng, context, name words, parent words)]. */
export type WordRule = [test: (n: string, tail: string, context: string, parent: string) => boolean, make: (rng: Rng, context: string, n: string, parent: string) => string];

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
export function personName(): string {
  return (worldValue('full_name', false, () => '') as string | undefined) ?? faker.person.fullName();
}

const NOT_DATE_TO = /^(?!.*(^|_)(date|time|valid|created|updated|modified|published|period|day|start|end|effective|booking|check_?in|check_?out|departure|arrival|travel|stay|due|expiry|release|active|available|year|month|week)_(to|from)$).+_(to|from)$/;
const DATE_NAME = /(^|_)(date|datetime|timestamp|created|updated|modified|deleted|shipped|published|released|expires|expiry|expiration|birthdate)(_|$)|_(at|on)$/;

export const DAY_BOUND = /(^|_)(start|end|from|to|begin|first|last)_(date|day)$|^(date_from|date_to)$/;

export function isoDateTime(rng: Rng): string {
  return `${isoDate(rng)}T${pad(rng.int(0, 23))}:${pickFrom(rng, ['00', '15', '30', '45'])}:00Z`;
}

function decimalString(rng: Rng, lo: number, hi: number): string {
  return (rng.int(lo * 100, hi * 100) / 100).toFixed(2);
}

export const WORD_RULES: WordRule[] = [
  ...MEDIA_WORD_RULES,
  // A kind (`authorisation_type`, `address_type`) is a kind word, never the person or street its other words would draw.
  [(n) => misreadKindName35(n), (rng, c, n, parent) => (/_(type|kind)$/.test(n) ? typeOfRecord(n, parent, c, rng) : undefined) ?? kindWord35(n, rng)],
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
  [(n) => /(^|_)(price|cost|amount|total|subtotal|tax|fee|fees|balance|discount|shipping_cost)(_|$)|(price|cost|amount|total|tax)$/.test(n) && !/(_type|_class|_id|_code|_name|_method|_status|_platform)$/.test(n), (rng) => decimalString(rng, 1, 500)],
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
  [(n, _t, _c, parent) => /(^|_)(url|uri|link|href|src)$/.test(n) && /(^|_)(img|images?|photos?|pictures?|posters?|thumbnails?|avatars?|logos?|icons?|screenshots?|multimedia|media|artwork)$/.test(parent), (rng) => `https://images.example.com/${alphanumeric(rng, 10, LOWER_ALNUM)}.jpg`],
  [(n) => /(^|_)(url|uri|link|website|homepage|href|src)s?$/.test(n) && !/(^|_)(img|image|photo|picture|poster|thumbnail|avatar|logo|icon)_/.test(n), () => faker.internet.url()],
  [(n) => /(^|_)(city|town)(_name)?$/.test(n), (rng) => pickFrom(rng, CITIES)],
  [(n) => /(^|_)country(_name)?$/.test(n), () => faker.location.country()],
  [(n) => /(^|_)(state|region|province)$/.test(n), () => faker.location.state()],
  [(n) => /(address|street)/.test(n), localStreet],
  [(n) => /(company|organization|organisation|employer|brand|publisher)/.test(n), () => companyName()],
  [(n) => /(artist|singer|band|performer)/.test(n), () => artistName()],
  [(n, t, c, p) => /job/.test(n) || (t === 'title' && (/\b(jobs?|positions?|vacanc(y|ies)|careers?)\b/.test(c) || PEOPLE_PARENT.test(p))), () => jobTitle26()],
  [(n) => /(song|track)s?(_name|_title)?$/.test(n), () => songTitle()],
  [(n) => /album/.test(n), () => albumTitle()],
  [(n) => /genre/.test(n), (_rng, c, n) => genreFor(`${n.replace(/_/g, ' ')} ${c}`, false)],
  [(n) => /(author|writer)/.test(n), () => faker.person.fullName()],
  [(n, t, c) => (t === 'title' || t === 'name') && n !== t && kindOfName(n, c)?.titled === true, (_rng, c, n) => provisional((kindOfName(n, c) as NameKind).make(`${n.replace(/_/g, ' ')} ${c}`))],
  // A scripture API's books are books of the Bible and its searches words its verses hold (never a novel or "mountain bikes").
  [(n, _t, c) => /(^|_)book(_name|_title)?$/.test(n) && SCRIPTURE.test(c), (rng) => scriptureBook(rng)],
  [(n, _t, c) => /(^|_)(q|query|keyword|keywords|search|term|terms|text)$/.test(n) && SCRIPTURE.test(c), (rng) => scriptureTerm(rng)],
  [(n, t, c) => /(book|novel)/.test(n) || (t === 'title' && /book/.test(c)), () => bookTitle()],
  [(n, t, c) => /(movie|film)/.test(n) || (t === 'title' && /(movie|film)/.test(c)), () => movieTitle()],
  [(n) => /(^|_)industry$/.test(n), (rng) => pickFrom(rng, INDUSTRIES)],
  [(n) => /(^|_)(location|headquarters|hq|place)$/.test(n), (rng) => pickFrom(rng, CITIES)],
  [(_n, t, c) => t === 'title' && /(song|track|music)/.test(c), () => songTitle()],
  [(_n, t, c) => t === 'title' && kindIn(c, true) !== undefined, (_rng, c) => provisional(kindIn(c, true)!.make(c))],
  [(_n, t) => t === 'title', () => faker.book.title()],
  // A news or feed item is a headline, a menu item of an app a screen of it (never goods, rapidapi #31); other items and products are goods.
  [(n) => NEWS_ITEM.test(n), (_rng, c, _n, p) => headlineFor(c, p)],
  [(n, _t, c) => MENU_ITEM.test(n) && !FOOD_CONTEXT.test(c), (rng) => pickFrom(rng, APP_MENU_ENTRIES)],
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
  [(n) => /(^|_)(q|query|keyword|keywords|search|term|terms|text)$/.test(n), (rng, c) => searchValue(c) ?? mediaSearchValue(c) ?? gameSearchValue34(c) ?? pickFrom(rng, SEARCH_TERMS)],
  [(n, _t, c) => /(description|summary|condition|conditions|text|weather)$/.test(n) && /\b(weather|forecasts?)\b/.test(c), (rng) => pickFrom(rng, WEATHER_WORDS)],
  // A place is named as its own kind (a school "Elm Street Primary School"), never as another (a school "Maggio Court Gallery", rapidapi #41).
  [(n, _t, c) => PLACE_KEY.test(n) && !(/store/.test(n) && AUTHZ_CONTEXT.test(c)), (rng, _c, n) => `${placeStem24()} ${pickFrom(rng, PLACE_SUFFIXES[PLACE_KEY.exec(n)![1]!] ?? ['Plaza', 'Market', 'Hall', 'Center'])}`],
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
  [(n) => /(^|_)status$/.test(n), (rng, c, n, parent) => statusWord28(rng, ['ok', 'active', 'pending', 'completed', 'confirmed'], c, parent, n)],
  [(n) => /(^|_)(sort|sort_by|order_by|ordering|orderby|sortby)$/.test(n), (rng) => pickFrom(rng, ['name', 'date', 'popularity'])],
  [(n) => /(^|_)(order|direction|dir)$/.test(n), (rng) => pickFrom(rng, ['asc', 'desc'])],
  [(n) => /(time_?zone|(^|_)tz)$/.test(n), () => faker.location.timeZone()],
  // {formatted_relative_time}: how long ago ("3 days ago"), never a clock time.
  [(n) => /(^|_)(relative_time|time_ago|ago)$/.test(n), (rng) => pickFrom(rng, ['2 hours ago', '5 hours ago', '1 day ago', '3 days ago', '6 days ago', '2 weeks ago', '30+ days ago'])],
  [(n) => /(^|_)(time|hour)$/.test(n), (rng) => `${pad(rng.int(6, 21))}:${pickFrom(rng, ['00', '15', '30', '45'])}`],
  // `valid_to` is a date; `move_issues_to` names where things go (a version, a component): an id, not a date.
  [(n) => /(^|_)(date|day|from|to|since|until|start|end|checkin|checkout|departure|arrival|birthday|dob)(_date)?$/.test(n) && !NOT_DATE_TO.test(n), (rng) => isoDate(rng)],
  [(n) => NOT_DATE_TO.test(n), (rng, _c, n) => idString(n, rng)],
  // A display name shown to an audience (`display_name_customer`, `merchant_display_name`) labels the record for them
  // ("Service Fee"): it is not the customer's or the merchant's own name.
  [(n) => AUDIENCE_LABEL.test(n), (rng, c, _n, parent) => audienceLabel(rng, entityNoun(parent, c))],
  // A display name is a person's only where people are listed; a ride option's is its own name.
  [(n) => /(^|_)display_name$/.test(n), (_rng, c, n, parent) => (kindOfName(n.replace(/_?display_name$/, ''), c) ?? kindOfName(parent, c) ?? displayKind(c))?.make(c) ?? personName()],
  [(n) => /(^|_)(full_name|display_name|owner|customer|contact|person)$/.test(n), personName],
  [(n) => /(venue|stadium|arena|theat(er|re))(_name)?$/.test(n), (rng) => `${pickFrom(rng, [cityName(), faker.person.lastName(), 'Riverside', 'Royal', 'Grand', 'Union', 'Harbour'])} ${pickFrom(rng, ['Hall', 'Arena', 'Theatre', 'Center'])}`],
  [(n) => /(restaurant|cafe|bar)(_name)?$/.test(n), (rng) => `${ownerSurname()} ${pickFrom(rng, ['Kitchen', 'Bistro', 'Grill', 'Trattoria', 'Diner'])}`],
  [(n, _t, c) => /(hotel|store|shop)(_name)?$/.test(n) && !(/store/.test(n) && AUTHZ_CONTEXT.test(c)), (rng) => `${cityName()} ${pickFrom(rng, ['Hotel', 'Inn', 'Market', 'Store'])}`],
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

const AUDIENCE_LABEL = /(^|_)(display_name|label|title)_(customer|merchant|admin|buyer|seller|shopper|public|internal|storefront)$|(^|_)(customer|merchant|admin|buyer|seller|shopper|public|internal|storefront)_(display_name|label)$/;
const LABEL_QUALIFIERS = ['Service', 'Handling', 'Standard', 'Priority', 'Express', 'Basic', 'Premium'];
const PEOPLE_NOUNS = new Set(['person', 'people', 'user', 'customer', 'member', 'guest', 'contact', 'employee', 'author', 'player']);

/** A label of a record of kind `noun` ("Handling Fee"); a person's name where the records are people. */
function audienceLabel(rng: Rng, noun: string): string {
  if (PEOPLE_NOUNS.has(noun)) return personName();
  const word = noun.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return `${pickFrom(rng, LABEL_QUALIFIERS)} ${word}`;
}

/** The kind of thing a display name names, unless it names people. */
function displayKind(context: string): NameKind | undefined {
  const kind = kindIn(context);
  return kind && !['person', 'guest'].includes(kind.noun) ? kind : undefined;
}

