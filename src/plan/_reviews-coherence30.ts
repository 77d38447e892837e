/**
 * One review's parts agree, and reviewers differ (QUALITY.md E, disc rapidapi #136, #173 of the m30 reading): a
 * 2-star "Not worth it" never rates "Value for money" 5/5, a "Too many bugs" title heads a text about bugs, and two
 * reviewers of one list never post the same sentence (also where a review has no score to follow).
 */
import { REVIEW_TEXTS } from './_mock-words.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const SUB_LIST = /^(criterias?|criterion|sub_?ratings?|ratings?|aspects?|categories|scores?|details?|breakdown)$/;
const SUB_SCORE = /^(rating|score|value|stars)$/;

/** A title fits its text: "Too many bugs" only over a text about crashes or bugs; "Works perfectly" never over a film or a place. */
export function titleFits30(title: string, text: string, domain: string): boolean {
  if (/\bbugs?\b/i.test(title)) return /\b(crash\w*|bugs?|slow|freez\w*)\b/i.test(text);
  if (/^works\b/i.test(title)) return domain !== 'work' && domain !== 'place';
  return true;
}

/**
 * The sub-ratings listed under a review (`criterias: [{criteria, rating}]`) lie within a star of its score on a
 * 1–5 scale; each keeps its own drawn offset (its old value's remainder), so no draw is spent.
 */
export function agreeSubRatings30(record: Record<string, unknown>, fixed: readonly string[], score: number): void {
  if (score < 1 || score > 5) return;
  for (const [k, v] of Object.entries(record)) {
    if (!Array.isArray(v) || fixed.includes(k) || !SUB_LIST.test(snakeKey(k))) continue;
    for (const item of v) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const sub = item as Record<string, unknown>;
      const key = Object.keys(sub).find((s) => SUB_SCORE.test(snakeKey(s)) && typeof sub[s] === 'number');
      if (key === undefined) continue;
      const old = sub[key] as number;
      if (old < 0 || old > 5 || Math.abs(old - score) <= 1) continue;
      const near = Math.min(5, Math.max(1, Math.round(score) + (Math.round(old) % 3) - 1));
      sub[key] = near;
    }
  }
}

/** A review with no score to follow: its stock text, already posted by another reviewer of the list, is another one. */
export function distinctReviewText30(record: Record<string, unknown>, textKey: string, used: Set<string>): void {
  const text = record[textKey] as string;
  const at = REVIEW_TEXTS.indexOf(text);
  if (at >= 0 && used.has(text)) {
    for (let i = 1; i < REVIEW_TEXTS.length; i++) {
      const other = REVIEW_TEXTS[(at + i) % REVIEW_TEXTS.length]!;
      if (!used.has(other)) {
        record[textKey] = other;
        break;
      }
    }
  }
  used.add(record[textKey] as string);
}

/** Titles drawn only once a list has spent its mood's own (three 1-star reviews of a film need three titles). */
const SPARE_TITLES: Readonly<Record<'bad' | 'mixed' | 'good', readonly string[]>> = {
  bad: ['Would not recommend', 'Expected more', 'Not for me'],
  mixed: ['Mixed feelings', 'It is fine', 'Almost there'],
  good: ['Excellent', 'Five stars', 'Really impressed'],
};

/** The first spare title of a mood no review of the list has yet. */
export const spareTitle30 = (mood: 'bad' | 'mixed' | 'good', used: ReadonlySet<string>): string | undefined => SPARE_TITLES[mood].find((t) => !used.has(t));
