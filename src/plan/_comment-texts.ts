/**
 * What people write under a thing, by what the API is about (QUALITY.md E): a comment on a music service is
 * about the music, one under a video about the video; a note on an order is a delivery note. A comment
 * whose API is about none of these is a plain reaction, never a shipping review.
 */

const MUSIC = [
  'This track has been on repeat all week.',
  'The bass line on this one is incredible.',
  'Saw them live last year, even better on stage.',
  'Best album of the year for me.',
  'The chorus stays in your head for days.',
  'Love the remix, but the original is still better.',
];
const VIDEO = [
  'Great video, really well explained.',
  'The editing on this one is excellent.',
  'Watched it twice, still picked up new things.',
  'Could you make a follow-up on this topic?',
  'The part at the end made my day.',
  'Clear and to the point, thanks for uploading.',
];
const ARTICLE = [
  'Well researched piece, thanks for writing it.',
  'I would have liked more detail on the second point.',
  'Sharing this with my team.',
  'Interesting angle, I had not thought of it that way.',
  'The figures in the third paragraph seem out of date.',
];
const RECIPE = [
  'Made this last night, the whole family loved it.',
  'I added a bit more garlic and it was perfect.',
  'Easy to follow and turned out great.',
  'Will try it with less sugar next time.',
];
const GAME = [
  'The final level is brutally hard but fair.',
  'Great soundtrack and the controls feel tight.',
  'Played it for hours this weekend.',
  'The last update fixed most of the bugs.',
];
const GENERAL = [
  'Thanks for sharing this!',
  'Really helpful, much appreciated.',
  'I agree with this completely.',
  'Interesting, I had not seen it this way before.',
  'Good point, well made.',
  'Looking forward to the next one.',
];

/** Texts by the first domain the context names; orders and deliveries keep their own notes (`COMMENTS`). */
const BY_DOMAIN: Array<[RegExp, readonly string[]]> = [
  [/\b(music|songs?|tracks?|albums?|artists?|playlists?|radio|lyrics?|podcasts?)\b/, MUSIC],
  [/\b(videos?|youtube|clips?|channels?|vlogs?|streams?)\b/, VIDEO],
  [/\b(recipes?|cooking|food|dishes|meals?)\b/, RECIPE],
  [/\b(games?|gaming)\b/, GAME],
  [/\b(news|articles?|blogs?|posts?|stories)\b/, ARTICLE],
];

const ORDER_CONTEXT = /\b(orders?|deliver(y|ies)|shipping|shipments?|carts?|checkout|purchases?|parcels?|packages?)\b/;

/** Comment texts that fit a context (the operation's words and its API's domain), or undefined where an order's notes fit. */
export function commentTexts(context: string): readonly string[] | undefined {
  if (ORDER_CONTEXT.test(context)) return undefined;
  for (const [re, texts] of BY_DOMAIN) if (re.test(context)) return texts;
  return GENERAL;
}

/** The domain word of an API, from its category, title and description ("Music" for Deezer), for a comment's context. */
export function apiDomainWord(text: string): string {
  const lower = text.toLowerCase();
  if (/\b(music|songs?|albums?|artists?|playlists?|radio|lyrics?)\b/.test(lower)) return 'music';
  if (/\b(videos?|youtube|vlogs?)\b/.test(lower)) return 'videos';
  if (/\b(recipes?|cooking|food)\b/.test(lower)) return 'recipes';
  if (/\b(games?|gaming)\b/.test(lower)) return 'games';
  if (/\b(news|articles?|blogs?)\b/.test(lower)) return 'news';
  return '';
}
