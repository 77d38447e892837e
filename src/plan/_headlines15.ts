/**
 * Headlines and other texts drawn for one field alone fit the record's kind (wave 15): a financial news API reports on
 * companies and markets, a sports one on games, a weather alert's headline is an alert's, never a news story's; a
 * money amount exampled as 1.00 is a placeholder, not a price every item of a list shares.
 */
import { faker } from './_faker.ts';
import { alertHeadline } from './_alerts.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);
const FIGHTS = /\b(mma|ufc|fights?|fighters?|boxing|bouts?|wrestling|kickboxing|bellator)\b/;
const SPORTS = /\b(sports?|football|soccer|basketball|baseball|hockey|tennis|cricket|rugby|league|teams?|fixtures?|motorsports?|racing|formula)\b/;
/** Headlines are composed (who, what they did): five stock headlines would repeat across any sizeable dataset. */
const NEWSMAKERS = ['City council', 'Local library', 'Regional hospital', 'Harbour authority', 'University researchers', 'Transit agency', 'Farmers market', 'Youth orchestra', 'Water utility', 'City museum', 'Fire service', 'Housing board', 'Parks department', 'Chamber of commerce'];
const NEWS_DEEDS = ['announces new budget', 'wins national award', 'appoints new director', 'opens second site', 'reports record year', 'launches volunteer scheme', 'extends opening hours', 'marks 50th anniversary', 'unveils five-year plan', 'asks residents for feedback', 'cuts fees for students', 'delays summer works'];

/** A headline fits its API: a financial news API reports on companies and markets, a sports one on games, never a bike lane. */
export const headline = (context = ''): string => {
  if (MARKET_NEWS.test(context)) return faker.number.int({ min: 0, max: 2 }) === 0 ? `${pick(MARKETS)} ${pick(MARKET_DEEDS)}` : `${pick(COMPANIES)} ${pick(COMPANY_DEEDS)}`;
  if (SPORTS.test(context) || FIGHTS.test(context)) return `${pick(SPORTS_NEWSMAKERS)} ${pick(SPORTS_DEEDS)}`;
  // A game's news (Steam) is of its updates and events, never a town's library (rapidapi #31).
  if (GAMING.test(context)) return `${pick(GAME_NEWS)}`;
  // Always composed: five stock headlines drawn a quarter of the time met each other in one list of three.
  return `${pick(NEWSMAKERS)} ${pick(NEWS_DEEDS)}`;
};
const GAMING = /\b(gaming|steam|video ?games?)\b/;
const GAME_NEWS = ['Patch notes: balance changes and bug fixes', 'Weekend free-to-play event starts Friday', 'New season brings two maps and a ranked mode', 'Winter sale: up to 60% off', 'Developer update: roadmap for next year', 'Hotfix released for crash on startup', 'Community tournament sign-ups now open', 'Expansion pack announced for spring', 'Controller support arrives in latest update', 'Server maintenance scheduled for Tuesday'];
const MARKET_NEWS = /\b(financ\w*|business|stocks?|shares|markets?|tickers?|earnings|invest\w*|trading|econom\w*|crypto\w*|forex|nasdaq|nyse|wall street)\b/;
/** Companies do things (earn, buy, cut); markets move: each keeps its own verbs ("The dollar cuts jobs" reads as noise). */
const COMPANIES = ['JPMorgan Chase', 'Alphabet', 'Microsoft', 'Apple', 'Tesla', 'Goldman Sachs', 'Amazon', 'Nvidia', 'Coca-Cola', 'Walmart'];
const COMPANY_DEEDS = ['beats quarterly earnings estimates', 'raises full-year guidance', 'falls after weaker sales forecast', 'announces share buyback', 'cuts jobs to trim costs', 'agrees to acquire rival', 'faces regulatory probe', 'names new chief financial officer'];
const MARKETS = ['Oil prices', 'Treasury yields', 'Bank stocks', 'Tech shares', 'European stocks', 'Gold prices'];
const MARKET_DEEDS = ['climb as inflation cools', 'slip ahead of jobs report', 'rally on strong demand', 'reach record highs', 'fall as rate fears return', 'hold steady before central bank meeting'];
const SPORTS_NEWSMAKERS = ['Home side', 'Defending champions', 'League leaders', 'Veteran striker', 'Title contender', 'Rookie driver', 'Team captain', 'Head coach', 'Underdogs'];
const SPORTS_DEEDS = ['clinch late victory', 'sign new contract', 'return from injury', 'secure pole position', 'reach the final', 'suffer surprise defeat', 'break season record', 'announce retirement'];

/** A weather alert's text: its record is an alert (`alerts[]`) or the API speaks of weather alerts. */
const isAlertText = (context: string, parent: string): boolean => /^(alerts?|warnings?)$/.test(parent) || (/\b(alerts?|warnings?)\b/.test(context) && /\b(weather|storms?|severe|forecasts?|meteo\w*)\b/.test(context));

/** A headline for a field drawn alone, of its record's kind. */
export const headlineFor = (context: string, parent: string): string => (isAlertText(context, parent) ? alertHeadline() : REVIEWED.test(context) ? pick(REVIEW_HEADLINES) : headline(context));
/** A critic's review of a film, a book or a show is headed by a verdict, not a news story. */
const REVIEWED = /\breviews?\b.*\b(movies?|films?|books?|shows?|albums?|games?|plays?)\b|\b(movies?|films?|books?|shows?|albums?|games?|plays?)\b.*\breviews?\b/;
const REVIEW_HEADLINES = ['A quiet triumph', 'Ambitious but uneven', 'A crowd-pleaser with heart', 'Style over substance', 'Worth the wait', 'A bold, strange ride', 'Old tricks, new energy', 'Small story, big feelings', 'Lost in its own ambition', 'A sharp, funny surprise'];

const MONEY_NAME = /(amount|price|cost|deposit|balance)/i;
/** A money amount exampled as 1.00 or 0 (`x-is-money`, or named so): drawn as it is, every item of a list costs the same. */
export function moneyPlaceholder(schema: Readonly<Record<string, unknown>>, name: string, parent: string, value: unknown): boolean {
  return (value === 0 || value === 1) && (schema['x-is-money'] === true || MONEY_NAME.test(`${parent} ${name}`));
}

/** Records of people: a `title` of one of them (a news release's `contacts[]`) is a job title, never a headline. */
export const PEOPLE_PARENT = /^(contacts?|authors?|speakers?|members?|staff|people|persons?|employees?|officials?|representatives?|spokespe(rson|ople)|hosts?|panelists?|team_members?)$/;

const FINANCE_API = /\b(financ\w*|stocks?|markets?|trading|invest\w*|crypto\w*|forex|nasdaq|nyse|wall street|economy|economic)\b/;
const GAME_API = /\b(steam|games?|gaming|esports?|xbox|playstation|nintendo|epic games)\b/;
const NEWS_OP = /\b(news|articles?|headlines?|stories|story|press|feeds?)\b/;
/**
 * The domain word of a news operation of a financial API (rapidapi #280: a financial news feed ran "Local library opens
 * second site"): its context gains " financial" so its headlines are of companies and markets. Others gain nothing.
 */
export function newsDomainWord(o: { name: string; path: string; summary?: string; api: { name: string; title?: string; category?: string } }): string {
  const own = `${o.name} ${o.path} ${o.summary ?? ''}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  if (!NEWS_OP.test(own)) return '';
  const api = `${o.api.name} ${o.api.title ?? ''} ${o.api.category ?? ''}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return FINANCE_API.test(api) ? ' financial' : GAME_API.test(api) ? ' gaming' : '';
}
