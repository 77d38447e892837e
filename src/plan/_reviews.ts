/**
 * A review reads as its score says (QUALITY.md E): one star with "Great service, thank you!" or a delivery note as
 * the developer's reply reads as noise. A review's text and title follow its score, a reply is a reply, its
 * counts (thumbs up, helpful votes) are whole numbers; an app listed by its developer has a package-like id.
 */
import { faker } from './_faker.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { developerOfPackage, drawnPackage } from './_app-ids22.ts';
import { appHitTitle } from './_app-hits23.ts';
import { agreeSubRatings30, distinctReviewText30, spareTitle30, titleFits30 } from './_reviews-coherence30.ts';

/** Keys as snake-case words, remembered: every review record tests each of its keys many times. */
const words = snakeKey;

const SCORE = /^(score|rating|stars|star_rating|review_rating|overall_rating)$/;
const TEXT = /^(text|body|content|comment|review|review_text|review_body)$/;
const TITLE = /^(title|headline|review_title)$/;
const AUTHOR = /^(user_?name|author|author_name|reviewer|reviewer_name|user|username|user_?id)$/;
const REPLY = /^(reply_?text|reply|response|response_text|developer_reply|owner_response|owner_reply|answer)$/;
const COUNT = /^(thumbs_?up|thumbs_?up_?count|likes|like_count|helpful|helpful_count|helpful_votes|upvotes|votes|vote_count)$/;

type Mood = 'bad' | 'mixed' | 'good';
/** What a review is of, from the operation's words: an app's review does not read like a restaurant's. */
export type ReviewDomain = 'app' | 'work' | 'product' | 'place' | 'any';

const TEXTS_BY_DOMAIN: Readonly<Record<ReviewDomain, Readonly<Record<Mood, readonly string[]>>>> = {
  app: {
    bad: ['Keeps crashing since the last update.', 'Did not work as described, very disappointed.', 'Slow and full of bugs, I gave up.', 'Support never answered my question.'],
    mixed: ['Does the job, but the interface feels dated.', 'Good idea, a few rough edges still.', 'Works most of the time; sync is sometimes slow.', 'Useful, though the ads get in the way.'],
    good: ['Works great, exactly what I needed.', 'Easy to use and very reliable.', 'Best one I have tried, highly recommended.', 'Great value, and support was quick to help.'],
  },
  work: {
    bad: ['Dragged on and never got going, a disappointment.', 'Flat characters and a plot full of holes.', 'Gave up halfway through, not worth the time.', 'The ending ruined it for me.'],
    mixed: ['A slow start, but the last third is strong.', 'Beautifully made, though the story wanders.', 'Some great moments, some dull stretches.', 'Good performances, but it runs too long.'],
    good: ['Gripping from start to finish.', 'A moving story, beautifully told.', 'One of the best I have read or seen this year, highly recommended.', 'Funny, clever and full of heart.'],
  },
  product: {
    bad: ['Broke after two weeks, very disappointed.', 'Not as described, and the return was a hassle.', 'Poor quality for the price.', 'Arrived damaged and support never answered.'],
    mixed: ['Decent quality, but it runs a bit small.', 'Does what it should, though shipping took long.', 'Good value, but the finish feels cheap.', 'Works fine, but the instructions are unclear.'],
    good: ['Exactly as described, very happy with it.', 'Great quality for the price.', 'Arrived quickly and works perfectly.', 'Sturdy and well made, would buy again.'],
  },
  place: {
    bad: ['Cold food and a long wait, not coming back.', 'Rude staff and a dirty room, very disappointed.', 'Overpriced and noisy, would not recommend.', 'Booked a table and still waited forty minutes.'],
    mixed: ['Lovely setting, but the service was slow.', 'Good food, though a bit pricey for the portions.', 'Friendly staff, but it gets very crowded.', 'Nice spot, but the wait for a table was long.'],
    good: ['Wonderful food and friendly staff.', 'A great place, we will be back.', 'Spotless, quiet and very central, highly recommended.', 'Best evening of our trip, great service.'],
  },
  any: {
    bad: ['Very disappointed, not worth it.', 'Did not live up to the description.', 'Poor experience overall, would not recommend.'],
    mixed: ['Fine overall, with a few flaws.', 'Good in parts, but I expected more.', 'Decent, though not for the price.'],
    good: ['Excellent, exactly what I hoped for.', 'Very happy, highly recommended.', 'Great experience from start to finish.'],
  },
};
const TEXTS = TEXTS_BY_DOMAIN.app;

const APP = /\b(apps?|applications?|software|extensions?|plugins?|play store|google play|app store|games?)\b/;
const WORK = /\b(books?|novels?|films?|movies?|shows?|series|episodes?|albums?|podcasts?|titles?|tv|anime|manga)\b/;
const PRODUCT = /\b(products?|items?|listings?|asins?|orders?|purchases?|goods|amazon|ebay|skus?)\b/;
const PLACE = /\b(places?|restaurants?|hotels?|venues?|businesses|business|cafes?|bars?|attractions?|shops?|stores?|locations?|properties|property|stays?|pois?|yelp|tripadvisor)\b/;
/** The kind of thing an operation's reviews are of, from its words (summary, name, path). */
export function reviewDomainOf(context: string): ReviewDomain {
  return APP.test(context) ? 'app' : WORK.test(context) ? 'work' : PLACE.test(context) ? 'place' : PRODUCT.test(context) ? 'product' : 'any';
}

const TITLES: Readonly<Record<'bad' | 'mixed' | 'good', readonly string[]>> = {
  bad: ['Disappointing', 'Not worth it', 'Too many bugs'],
  mixed: ['Decent, with flaws', 'Okay for now', 'Room for improvement'],
  good: ['Love it', 'Works perfectly', 'Highly recommended'],
};
const REPLIES: Readonly<Record<'bad' | 'mixed' | 'good', readonly string[]>> = {
  bad: ['Sorry to hear this. Please write to our support team so we can fix it.', 'Thanks for reporting this; a fix is on its way in the next update.'],
  mixed: ['Thanks for the feedback, we are working on these improvements.', 'Thank you! Your suggestions are on our list.'],
  good: ['Thank you for the kind words!', 'Glad you like it, thanks for the review!'],
};

const NEGATIVE = /\b(not worth|would not|disappoint|stopped working|crash|bugs?\b|gave up|never answered|waste|broke|poor|terrible|awful)/i;
const POSITIVE = /\b(works (great|well|fine|perfectly)|excellent|would recommend|highly recommended|better than i expected|very happy|happy with|five stars|no complaints|easy to use|great|good value|best one|love it|reliable)\b/i;

/** The mood a review's words carry: 'bad', 'good', 'mixed' (both or hedged), or undefined when they say neither. */
export function textMood(text: string): 'bad' | 'mixed' | 'good' | undefined {
  const bad = NEGATIVE.test(text);
  const good = POSITIVE.test(text.replace(/\bwould not recommend\b/gi, ''));
  if (bad && good) return 'mixed';
  return bad ? 'bad' : good ? (/\b(though|but|most of the time|sometimes)\b/i.test(text) ? 'mixed' : 'good') : undefined;
}

/** A review text of a mood (a rating of 1 never reads "Works fine most of the time."). */
export const reviewTextOf = (mood: 'bad' | 'mixed' | 'good'): string => faker.helpers.arrayElement(TEXTS[mood]);

/** The mood of a score on its scale (1–5 stars, or 1–10). */
export function moodOf(score: number, scale: number): 'bad' | 'mixed' | 'good' {
  const share = score / scale;
  return share <= 0.45 ? 'bad' : share < 0.75 ? 'mixed' : 'good';
}

/** A review record (a score, a text and who wrote it): its text, title and reply follow its score. */
export function agreeReview(record: Record<string, unknown>, fixed: readonly string[], domain: ReviewDomain = 'app', used?: Set<string>): void {
  const keys = Object.keys(record);
  const free = (k: string): boolean => !fixed.includes(k);
  for (const k of keys) if (COUNT.test(words(k)) && free(k) && typeof record[k] === 'number' && !Number.isInteger(record[k])) record[k] = Math.round(record[k] as number);
  const scoreKey = keys.find((k) => SCORE.test(words(k)) && typeof record[k] === 'number');
  const textKey = keys.find((k) => TEXT.test(words(k)) && typeof record[k] === 'string');
  if (scoreKey === undefined && textKey !== undefined && used !== undefined && free(textKey) && keys.some((k) => AUTHOR.test(words(k)))) distinctReviewText30(record, textKey, used);
  if (scoreKey === undefined || textKey === undefined) return;
  const score = record[scoreKey] as number;
  if (score < 0 || score > 10) return;
  const mood = moodOf(score, score > 5 ? 10 : 5);
  // A record with no author is a review only when its text reads as one; then a text that says otherwise follows the score.
  if (!keys.some((k) => AUTHOR.test(words(k)) || /^review_?id$/.test(words(k)))) {
    const said = textMood(record[textKey] as string);
    if (said === undefined || said === mood || !free(textKey)) return;
  }
  if (free(textKey)) {
    // Reviews of one list differ (two reviewers do not write the same sentence); the pool is left only when spent.
    const pool = TEXTS_BY_DOMAIN[domain][mood];
    const unused = used === undefined ? pool : pool.filter((t) => !used.has(t));
    record[textKey] = faker.helpers.arrayElement(unused.length > 0 ? unused : pool);
    used?.add(record[textKey] as string);
  }
  const titleKey = keys.find((k) => TITLE.test(words(k)) && typeof record[k] === 'string');
  if (titleKey !== undefined && free(titleKey)) {
    const fits = TITLES[mood].filter((t) => titleFits30(t, record[textKey] as string, domain));
    const unused = used === undefined ? fits : fits.filter((t) => !used.has(t));
    const spare = unused.length === 0 && used !== undefined ? spareTitle30(mood, used) : undefined;
    record[titleKey] = spare ?? faker.helpers.arrayElement(unused.length > 0 ? unused : fits);
    used?.add(record[titleKey] as string);
  }
  const replyKey = keys.find((k) => REPLY.test(words(k)) && typeof record[k] === 'string');
  if (replyKey !== undefined && free(replyKey)) record[replyKey] = faker.helpers.arrayElement(REPLIES[mood]);
  agreeSubRatings30(record, fixed, score);
}

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '').slice(0, 16) || 'app';

/** An app listed with its developer has a package-like id (com.developer.app), not a video-like token. */
export function packageId(record: Record<string, unknown>, fixed: readonly string[]): void {
  const idKey = Object.keys(record).find((k) => /^(app_?id|package_?name|package|bundle_?id)$/.test(words(k)) && typeof record[k] === 'string');
  const developer = Object.keys(record).find((k) => /^(developer|developer_?name|publisher)$/.test(words(k)) && typeof record[k] === 'string');
  const title = Object.keys(record).find((k) => /^(title|name|app_?name)$/.test(words(k)) && typeof record[k] === 'string');
  if (idKey === undefined || developer === undefined) return;
  // A fixed id (chained, pinned) names the developer instead (_app-ids22.ts).
  const named = fixed.includes(idKey) && !fixed.includes(developer) ? developerOfPackage(record[idKey] as string) : undefined;
  if (named !== undefined && !sharesToken(record[idKey] as string, record[developer] as string)) record[developer] = named;
  // A one-word title a topic search gave ("Food") beside a fixed id it shares nothing with is named after both: "Food Translate".
  if (title !== undefined && fixed.includes(idKey) && !fixed.includes(title) && /^\p{L}+$/u.test(record[title] as string) && !(record[idKey] as string).toLowerCase().includes(slug(record[title] as string))) {
    record[title] = appHitTitle(record, record[title] as string, '') ?? record[title];
  }
  if (fixed.includes(idKey) || /\./.test(record[idKey] as string) || /^\d+$/.test(record[idKey] as string)) return;
  record[idKey] = `com.${slug(record[developer] as string)}.${slug(title ? (record[title] as string) : 'app')}`;
}

/** The id's developer segment is a word of the developer's name ("com.toyrutherfordand.x" and "Toy, Rutherford and Hyatt"). */
const sharesToken = (id: string, developer: string): boolean => {
  const segment = slug(id.split('.')[1] ?? '');
  return developer.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.length >= 3 && segment.includes(w));
};

/** An app store listing's app id (a Google Play app, apps listed by developer) is its package name (com.developer.app); undefined elsewhere or where the spec's example shows the shape. */
export function playPackage(name: string, context: string, example: unknown): string | undefined {
  if (!/(^|_)(app_?id|package_?name|package|bundle_?id)$/.test(name) || !/\b(google play|play store|playstore|android|apps|applications)\b/.test(context) || /\b(app store|itunes|ios|apple|steam|facebook|meta)\b/.test(context)) return undefined;
  if (typeof example === 'string' && /^[a-z][\w]*(\.[a-z][\w]*){1,}$/i.test(example)) return undefined;
  return drawnPackage();
}
