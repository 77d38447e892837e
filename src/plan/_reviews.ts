/**
 * A review reads as its score says (QUALITY.md E): one star with "Great service, thank you!" or a delivery note as
 * the developer's reply reads as noise. A review's text and title follow its score, a reply is a reply, its
 * counts (thumbs up, helpful votes) are whole numbers; an app listed by its developer has a package-like id.
 */
import { faker } from './_faker.ts';
import { memoized } from '../text/memo.ts';

/** Keys as snake-case words, remembered: every review record tests each of its keys many times. */
const words = memoized((key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());

const SCORE = /^(score|rating|stars|star_rating|review_rating|overall_rating)$/;
const TEXT = /^(text|body|content|comment|review|review_text|review_body)$/;
const TITLE = /^(title|headline|review_title)$/;
const AUTHOR = /^(user_?name|author|author_name|reviewer|reviewer_name|user|username|user_?id)$/;
const REPLY = /^(reply_?text|reply|response|response_text|developer_reply|owner_response|owner_reply|answer)$/;
const COUNT = /^(thumbs_?up|thumbs_?up_?count|likes|like_count|helpful|helpful_count|helpful_votes|upvotes|votes|vote_count)$/;

const TEXTS: Readonly<Record<'bad' | 'mixed' | 'good', readonly string[]>> = {
  bad: ['Keeps crashing since the last update.', 'Did not work as described, very disappointed.', 'Slow and full of bugs, I gave up.', 'Support never answered my question.'],
  mixed: ['Does the job, but the interface feels dated.', 'Good idea, a few rough edges still.', 'Works most of the time; sync is sometimes slow.'],
  good: ['Works great, exactly what I needed.', 'Easy to use and very reliable.', 'Best one I have tried, highly recommended.', 'Great value, and support was quick to help.'],
};
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
export function agreeReview(record: Record<string, unknown>, fixed: readonly string[]): void {
  const keys = Object.keys(record);
  const free = (k: string): boolean => !fixed.includes(k);
  for (const k of keys) if (COUNT.test(words(k)) && free(k) && typeof record[k] === 'number' && !Number.isInteger(record[k])) record[k] = Math.round(record[k] as number);
  const scoreKey = keys.find((k) => SCORE.test(words(k)) && typeof record[k] === 'number');
  const textKey = keys.find((k) => TEXT.test(words(k)) && typeof record[k] === 'string');
  if (scoreKey === undefined || textKey === undefined) return;
  const score = record[scoreKey] as number;
  if (score < 0 || score > 10) return;
  const mood = moodOf(score, score > 5 ? 10 : 5);
  // A record with no author is a review only when its text reads as one; then a text that says otherwise follows the score.
  if (!keys.some((k) => AUTHOR.test(words(k)) || /^review_?id$/.test(words(k)))) {
    const said = textMood(record[textKey] as string);
    if (said === undefined || said === mood || !free(textKey)) return;
  }
  if (free(textKey)) record[textKey] = faker.helpers.arrayElement(TEXTS[mood]);
  const titleKey = keys.find((k) => TITLE.test(words(k)) && typeof record[k] === 'string');
  if (titleKey !== undefined && free(titleKey)) record[titleKey] = faker.helpers.arrayElement(TITLES[mood]);
  const replyKey = keys.find((k) => REPLY.test(words(k)) && typeof record[k] === 'string');
  if (replyKey !== undefined && free(replyKey)) record[replyKey] = faker.helpers.arrayElement(REPLIES[mood]);
}

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '').slice(0, 16) || 'app';

/** An app listed with its developer has a package-like id (com.developer.app), not a video-like token. */
export function packageId(record: Record<string, unknown>, fixed: readonly string[]): void {
  const idKey = Object.keys(record).find((k) => /^(app_?id|package_?name|package|bundle_?id)$/.test(words(k)) && typeof record[k] === 'string');
  const developer = Object.keys(record).find((k) => /^(developer|developer_?name|publisher)$/.test(words(k)) && typeof record[k] === 'string');
  const title = Object.keys(record).find((k) => /^(title|name|app_?name)$/.test(words(k)) && typeof record[k] === 'string');
  if (idKey === undefined || developer === undefined || fixed.includes(idKey) || /\./.test(record[idKey] as string) || /^\d+$/.test(record[idKey] as string)) return;
  record[idKey] = `com.${slug(record[developer] as string)}.${slug(title ? (record[title] as string) : 'app')}`;
}

/** An app store listing's app id (a Google Play app, apps listed by developer) is its package name (com.developer.app); undefined elsewhere or where the spec's example shows the shape. */
export function playPackage(name: string, context: string, example: unknown): string | undefined {
  if (!/(^|_)(app_?id|package_?name|package|bundle_?id)$/.test(name) || !/\b(google play|play store|playstore|android|apps|applications)\b/.test(context) || /\b(app store|itunes|ios|apple|steam|facebook|meta)\b/.test(context)) return undefined;
  if (typeof example === 'string' && /^[a-z][\w]*(\.[a-z][\w]*){1,}$/i.test(example)) return undefined;
  return `com.${slug(faker.company.name())}.${faker.helpers.arrayElement(['notes', 'tracker', 'weather', 'budget', 'reader', 'fitness', 'scanner', 'translate', 'maps', 'music'])}`;
}
