/**
 * Values for untyped strings by what their name or description says they hold: a number for `points`,
 * `purse` or `weekNum`, an IP address for `ip`, an ISO code for a `market`, "2d" for a Jira estimate, a
 * question for a quiz's `text`; and the values a description lists as allowed ("Can either be "live" or
 * "draft"", "one of: ready, building, error", "read/unread"). Faker is bound to the caller's Rng.
 */
import { codesForOptions } from './_arg-shapes23.ts';
import { bookTitle } from './_works.ts';
import { faker } from './_faker.ts';
import { FUTURES_ROOTS, worldValue } from '../world/index.ts';
import { keyKind, keyOfKind } from './_keys.ts';
import { localPostcode, localStreet } from './_names.ts';
import { MAIL_SERIES_RULES } from './_mail-series19.ts';
import { withIsbnCheck } from './_isbn23.ts';
import { realVin29 } from './_vin29.ts';

const CUISINES = ['Japanese', 'Italian', 'Mexican', 'Thai', 'Indian', 'French', 'Chinese', 'Greek', 'Lebanese', 'Vietnamese', 'Spanish', 'Korean', 'Seafood', 'Vegetarian'];
const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);
const int = (min: number, max: number): string => String(faker.number.int({ min, max }));
const decimal = (min: number, max: number, digits = 2): string => faker.number.float({ min, max, fractionDigits: digits }).toFixed(digits);
const FAKER_DRAW = { pick, int: (min: number, max: number): number => faker.number.int({ min, max }) };
const KEY_KINDS = ['issue', 'project', 'type', 'property', 'subject', 'slug'] as const;
const code = (length: number): string => faker.string.alphanumeric({ length, casing: 'upper' });

const QUESTIONS = ['Which planet is known as the Red Planet?', 'In which year did the Berlin Wall fall?', 'What is the capital of Canada?', 'Who painted the Mona Lisa?', 'What is the chemical symbol for gold?', 'How many sides does a hexagon have?'];
const ANSWERS = ['Mars', '1989', 'Ottawa', 'Leonardo da Vinci', 'Au', 'Six', 'Venus', 'Toronto', 'Jupiter'];
const PERMISSIONS = ['android.permission.CAMERA', 'android.permission.INTERNET', 'android.permission.ACCESS_FINE_LOCATION', 'android.permission.RECORD_AUDIO', 'android.permission.READ_CONTACTS'];

/** [test on the name's words (`week_num`) and the lower-case description, make]. First match wins. */
type MeaningRule = [test: (n: string, about: string, parent: string) => boolean, make: () => string];

const WEATHER_WORDS = ['Light rain', 'Clear sky', 'Partly cloudy', 'Overcast', 'Sunny', 'Light snow', 'Thunderstorms', 'Mist'];
const VERSES = ['In the beginning God created the heaven and the earth.', 'The LORD is my shepherd; I shall not want.', 'He that loveth not knoweth not God; for God is love.', 'Blessed are the peacemakers: for they shall be called the children of God.'];
/** Short verses of the Qur'an (Sahih International): a Qur'an API's verses are its own, never the Bible's. */
const QURAN_VERSES = ['Indeed, with hardship will be ease.', 'So remember Me; I will remember you.', 'Indeed, Allah is with the patient.', 'And He found you lost and guided you.', 'Muhammad is not but a messenger.', 'And We have certainly made the Qur\'an easy for remembrance.'];
const TRADES = ['bakery', 'cafe', 'restaurant', 'book store', 'bicycle shop', 'florist', 'grocery store', 'hair salon'];
const SECTORS = ['Technology', 'Health Care', 'Financials', 'Energy', 'Industrials', 'Consumer Goods'];
const TICKERS = ['AAPL', 'MSFT', 'GOOGL', 'AMZN', 'TSLA', 'NVDA', 'JPM', 'KO'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November', 'December'];
const GAMES = ['Stardew Valley', 'Hollow Knight', 'Celeste', 'Hades', 'Portal 2', 'Terraria'];
const VIDEOS = ['How to brew better coffee at home', 'A walk through the old town', 'Beginner yoga in 15 minutes', 'Five tips for street photography'];

const BIBLE_BOOKS = ['Genesis', 'Exodus', 'Psalms', 'Proverbs', 'Isaiah', 'Matthew', 'Mark', 'Luke', 'John', 'Romans', 'Revelation'];

/** Rules read with the operation's words: a `text` in a weather API is a condition, in a Bible API a verse. */
const CONTEXT_RULES: readonly MeaningRule[] = [
  // A futures API's symbol is a contract root (CL, GC), never a stock ticker (futures of NVDA do not exist).
  [(n, d) => /(^|_)(symbols?|tickers?|ticker_symbol|root|root_symbol)$/.test(n) && /\bfutures?\b/.test(d) && !/\b(stocks?|shares?|equit(y|ies))\b/.test(d), () => pick(FUTURES_ROOTS)],
  [(n, d) => /(^|_)(q|query|lookup)$/.test(n) && /\b(ip lookup|ip address|ip geolocation|lookup ip)\b/.test(d), () => faker.internet.ipv4()],
  [(n, d) => /(^|_)(book|book_name|bookname)$/.test(n) && /\b(bible|verses?|scripture|psalms?|chapters?)\b/.test(d), () => pick(BIBLE_BOOKS)],
  [(n, d) => /(^|_)(text|condition|conditions|weather|summary|phrase|icon_phrase)$/.test(n) && /\b(weather|forecasts?|climate|temperature)\b/.test(d), () => pick(WEATHER_WORDS)],
  [(n, d) => /(^|_)(text|verse|verse_text|content|translation)$/.test(n) && /\b(quran|koran|qur an|surahs?|ayahs?)\b/.test(d), () => pick(QURAN_VERSES)],
  [(n, d) => /(^|_)(text|verse|verse_text|content)$/.test(n) && /\b(bible|verses?|scripture|psalms?)\b/.test(d), () => pick(VERSES)],
  [(n, d) => /(^|_)text$/.test(n) && /\bcopyrights?\b/.test(d), () => `© ${int(1995, 2025)} ${faker.company.name()}`],
];

const DRINK = /\b(drinks?|smoothies?|cocktails?|juices?|beverages?|shakes?)\b/;
const DRINK_INGREDIENTS = ['2 ripe mangoes', '1 cup of milk', '1 tablespoon of honey', '1 teaspoon of ginger', '1 cup of ice', '2 limes', '200 ml of coconut water'];
const FOOD_INGREDIENTS = ['200 g of rice', '1 onion, chopped', '2 tomatoes', '500 ml of stock', 'a pinch of salt', '2 cloves of garlic', '300 g of chicken'];
const DRINK_METHODS = ['Blend everything until smooth and serve cold.', 'Mix the juice with the ginger, chill for an hour and serve over ice.', 'Shake with ice and strain into a glass.'];
const FOOD_METHODS = ['Fry the onion, add the tomatoes and simmer for 20 minutes.', 'Boil the rice, stir in the sauce and serve hot.', 'Brown the chicken, add the stock and cook for 40 minutes.'];

/** A recipe's parts: ingredients with amounts and a method, never a customer note or a code. */
const RECIPE_RULES: readonly MeaningRule[] = [
  [(n, d) => /(^|_)(ingredients?|ingredient_list)$/.test(n) && DRINK.test(d), () => pick(DRINK_INGREDIENTS)],
  [(n) => /(^|_)(ingredients?|ingredient_list)$/.test(n), () => pick(FOOD_INGREDIENTS)],
  [(n, d) => /(^|_)(instructions|method|directions|preparation|steps)$/.test(n) && DRINK.test(d), () => pick(DRINK_METHODS)],
  [(n, d) => /(^|_)(instructions|method|directions|preparation|steps)$/.test(n) && /\b(recipes?|meals?|dish(es)?|food|cook(ing)?)\b/.test(d), () => pick(FOOD_METHODS)],
];

/** Fields of a link record that describe it rather than point somewhere. */
const LINK_WORDS = /(^|_)(type|kind|text|title|name|label|rel|method|description|caption|count|templated|hreflang|format|size|length)$/;

const MEANING_RULES: readonly MeaningRule[] = [
  // `external_urls.spotify` is a link, `copyrights[].text` a copyright line.
  // A link's own type, text or title is no link (`link.type` "article", `link.suggested_link_text`).
  [(n, _d, parent) => /(^|_)(urls?|links?|external_urls|hrefs?)$/.test(parent) && !LINK_WORDS.test(n), () => faker.internet.url()],
  [(n, _d, parent) => /(^|_)text$/.test(n) && /copyrights?/.test(parent), () => `© ${int(1995, 2025)} ${faker.company.name()}`],
  ...MAIL_SERIES_RULES,
  ...CONTEXT_RULES,
  ...RECIPE_RULES,
  [(n) => /(^|_)(number_int|number_long|number_double|number_decimal)$/.test(n), () => int(1, 5000)],
  [(n) => /(^|_)(subtypes?|business_type|trade)$/.test(n), () => pick(TRADES)],
  [(n) => /(^|_)(sectors?|industry|industries)$/.test(n), () => pick(SECTORS)],
  [(n) => /(^|_)(symbols?|tickers?|ticker_symbol|stock_symbol)$/.test(n), () => pick(TICKERS)],
  [(n) => /(^|_)vin$/.test(n), () => realVin29(faker.vehicle.vin())], // a real maker's WMI first (_vin29.ts)
  [(n) => /(^|_)(developer|developer_name|studio|manufacturer|maker)$/.test(n), () => faker.company.name()],
  [(n) => /(^|_)(best_months?_to_buy|months?)$/.test(n), () => pick(MONTHS)],
  [(n) => /(^|_)(dlcs?|games?)$/.test(n), () => pick(GAMES)],
  [(n) => /(^|_)videos?$/.test(n), () => pick(VIDEOS)],
  [(n) => /(^|_)(circuit|circuit_name|track_name)$/.test(n), () => `${faker.location.city()} Circuit`],
  [(n) => /(^|_)(flag|flag_url|emblem|crest)$/.test(n), () => `https://images.example.com/flags/${faker.string.alphanumeric(6).toLowerCase()}.png`],
  // What a service can do is said in words ("search", "batch evaluation"), never a code "CPB-47273"; its decision point is a URL.
  [(n) => /(^|_)capabilit(y|ies)$/.test(n), () => pick(['evaluation', 'batch evaluation', 'subject search', 'resource search', 'action search', 'webhooks', 'streaming', 'signed metadata'])],
  [(n) => /(^|_)(policy_decision_point|pdp|issuer)$/.test(n), () => `https://${pick(['pdp', 'authz', 'auth', 'policy'])}.${faker.internet.domainName()}`],
  [(n) => /(^|_)(endpoint|video_endpoint|target_path|path|permalink|canonical_url|relative_url|relative_path|relative_link)$/.test(n), () => `/${faker.helpers.slugify(faker.word.words(2)).toLowerCase()}`],
  // A key is one of its kind (an issue's "OPS-142", a property's "app.settings.theme"), a secret one a token.
  ...KEY_KINDS.map((kind): MeaningRule => [(n, d, parent) => keyKind(parent === '' ? n : `${parent}_${n}`, d) === kind, () => keyOfKind(kind, FAKER_DRAW)]),
  [(n) => /(^|_)(token|page_token|next_page_token|cursor|continuation_token|next_cursor|etag|hash|cid|key|keys|reference|ref)$/.test(n), () => faker.string.alphanumeric(12)],
  [(n) => /(^|_)(subject|email_subject)$/.test(n), () => pick(['Question about my order', 'Delivery update', 'Invoice attached', 'Change of address', 'Thank you'])],
  [(n) => /(^|_)(byline|reporter|credit)$/.test(n), () => faker.person.fullName()],
  // A reason is one for what the operation is about: a refund's is what went wrong with the order, a restriction's a code.
  [(n, _d, parent) => /(^|_)(reason|cause)$/.test(n) && /restrictions?$/.test(parent), () => pick(['market', 'product', 'explicit'])],
  [(n, d) => /(^|_)(reason|cause)$/.test(n) && /\b(refunds?|returns?|refunded|returned)\b/.test(d), () => pick(['damaged item', 'wrong item sent', 'changed mind', 'arrived late', 'not as described'])],
  [(n, d) => /(^|_)(reason|cause)$/.test(n) && /\b(cancel\w*|withdraw\w*)\b/.test(d), () => pick(['change of plans', 'schedule conflict', 'booked by mistake', 'found another option'])],
  [(n, d) => /(^|_)(reason|cause)$/.test(n) && /\b(declined?|rejected?|failed|failure|errors?)\b/.test(d), () => pick(['insufficient funds', 'card expired', 'invalid address', 'limit exceeded'])],
  [(n) => /(^|_)(reason|cause)$/.test(n), () => pick(['requested by customer', 'duplicate request', 'no longer needed', 'information updated'])],
  [(n) => /(^|_)(size|sizes|grid_size)$/.test(n), () => int(3, 15)],
  [(n) => /(^|_)(dataset|dataset_name)$/.test(n), () => pick(['sales-2024', 'customers', 'web-traffic', 'inventory', 'survey-results'])],
  // A grid's radius is the spacing of its points around one business (default 1 km): a local rank grid a few km wide, never 80 km.
  [(n, d) => /(^|_)radius$/.test(n) && /\b(grid|coordinate points)\b/.test(d), () => pick(['0.5', '0.8', '1.2', '1.5', '2.5', '3.5'])], // two characters at least: a masked value is told apart from other words (_draft.ts)
  [(n) => /(^|_)(radius|distance|range|syllables|iso_numeric|numeric_code)$/.test(n), () => int(1, 50)],
  [(n) => /(^|_)(radius_units?|distance_units?|units?)$/.test(n), () => pick(['km', 'mi'])],
  // A cuisine is named as kitchens are ("japanese"), never a random code ("6TUE3"); a code is its lower-case word.
  [(n) => /(^|_)cuisines?_(codes?|ids?|keys?)$/.test(n), () => pick(CUISINES).toLowerCase().replace(/ /g, '_')],
  [(n) => /(^|_)(cuisines?|cuisine_(names?|types?|labels?))$/.test(n), () => pick(CUISINES)],
  [(n) => /(^|_)(opens_at|closes_at)$/.test(n), () => `${String(faker.number.int({ min: 7, max: 22 })).padStart(2, '0')}:${pick(['00', '30'])}`],
  [(n) => /(^|_)(sunrise|sunset|moonrise|moonset)$/.test(n), () => `${String(faker.number.int({ min: 5, max: 20 })).padStart(2, '0')}:${pick(['05', '18', '32', '47'])}`],
  // A pattern is a postcode's only where the field is about postcodes; an inbound mail route's matches mailboxes.
  [(n, d) => /(^|_)(postal_code_regex|zip_regex)$/.test(n) || (/(^|_)(regex|pattern)$/.test(n) && /\b(postal|zip|post ?codes?|postcodes?)\b/.test(d)), () => pick(['^\\d{5}$', '^\\d{4}$', '^[A-Z]\\d[A-Z] \\d[A-Z]\\d$'])],
  [(n, d) => /(^|_)(regex|pattern)$/.test(n) && /\b(mail|email|inbound|mailbox|route|routes|recipients?)\b/.test(d), () => pick(['support', 'orders-*', 'billing', 'replies-*', 'info'])],
  [(n) => /(^|_)(regex|pattern)$/.test(n), () => pick(['^[a-z0-9-]+$', '^[A-Z]{3}-\\d{4}$', '^\\w+$'])],
  // A raw message is a MIME document (headers, a blank line, a body), never a status line.
  [(n) => /(^|_)(raw_message|raw_mime|mime_message|raw_email)$/.test(n), () => `From: ${pick(['orders', 'alerts', 'hello'])}@example.com\nTo: ${pick(['support', 'inbox', 'team'])}@example.net\nSubject: ${pick(['Order update', 'Weekly report', 'Welcome aboard'])}\n\n${pick(['Your order has shipped.', 'The report is attached.', 'Thanks for signing up.'])}`],
  // A webhook is described by what it feeds, never by a stock line about an unknown thing.
  [(n, d) => /(^|_)description$/.test(n) && /\bwebhooks?\b/.test(d), () => pick(['Order events for the shop backend', 'Bounce alerts for the support team', 'Delivery events for the CRM sync', 'Open and click tracking for the newsletter'])],
  // A mailbox of a domain is its local part ("postmaster"): the domain is given beside it.
  [(n) => /(^|_)mailbox$/.test(n), () => pick(['postmaster', 'admin', 'webmaster', 'hostmaster'])],
  [(n) => /(^|_)(pk|pid|uid)$/.test(n), () => int(1000, 999999)],
  [(n) => /(^|_)(near|nearby|around)$/.test(n), () => (worldValue('city', false, () => '') as string | undefined) ?? 'Lisbon'],
  [(n) => /(^|_)(counties|county|districts?)$/.test(n), () => (worldValue('region', false, () => '') as string | undefined) ?? faker.location.county()],
  [(n) => /(^|_)(timezone_abbreviation|tz_abbr|tz_abbreviation)$/.test(n), () => pick(['CET', 'GMT', 'EST', 'PST', 'JST', 'IST'])],
  [(n) => /(^|_)(style|justify|align|alignment)$/.test(n), () => pick(['left', 'center', 'right'])],
  [(n) => /(^|_)(callback|callback_url|webhook_url|redirect_uri|return_url)$/.test(n), () => faker.internet.url()],
  [(n) => /(^|_)(order_source|source|channel)$/.test(n), () => pick(['www', 'manual', 'mobile', 'api'])],
  [(n) => /(^|_)(shipping_method|delivery_method)$/.test(n), () => pick(['Standard Shipping', 'Express', 'Free Shipping', 'Pickup'])],
  // Dietary labels are words ("halal", "vegan"), never codes.
  [(n) => /(^|_)(dietary|diet|diets|dietary_labels?|dietary_tags?|dietary_restrictions?)$/.test(n), () => pick(['vegetarian', 'vegan', 'gluten_free', 'halal'])],
  // An image's type is an image type, never "text/plain".
  [(n, _a, parent) => /(^|_)image_(type|mime_type|content_type|format)$/.test(n) || (/(^|_)(media_type|content_type|mime_type|mimetype)$/.test(n) && /(image|photo|picture|poster|thumbnail|avatar|logo|icon)/.test(parent)), () => pick(['image/jpeg', 'image/png', 'image/webp'])],
  // An audiobook's or episode's media type is its medium, "audio" (Spotify's), never an image type (openapi #77, wave 26).
  [(n, d, parent) => /(^|_)media_type$/.test(n) && /\b(audiobooks?|episodes?|podcasts?|chapters?|shows?)\b/.test(`${d} ${parent}`) && !/(image|photo|picture|cover)/.test(parent), () => 'audio'],
  [(n) => /(^|_)(media_type|content_type|mime_type|mimetype)$/.test(n), () => pick(['image/jpeg', 'image/png', 'application/pdf', 'text/plain'])],
  [(n) => /(^|_)(title_type)$/.test(n), () => pick(['movie', 'series'])],
  [(n) => /(^|_)(season_detail|season_name)$/.test(n), () => `Season ${int(1, 8)}`],
  [(n) => /(^|_)(devices?|device_name|device_model)$/.test(n), () => pick(['iPhone 15', 'Pixel 8', 'Galaxy S23', 'iPad Air', 'MacBook Pro'])],
  [(n, d) => /(^|_)events?$/.test(n) && /\bwebhooks?\b/.test(d), () => pick(['send', 'open', 'click', 'bounce', 'reject', 'spam'])],
  [(n) => /(^|_)(action_label|button_label|button_text|cta|call_to_action|link_text)$/.test(n), () => pick(['Read more', 'Learn more', 'Watch now', 'Sign up'])],
  // An email's footer speaks to a subscriber; any other record's footer is a note on its data.
  [(n, d, p) => /(^|_)footer$/.test(n) && /(\b|_)(e-?mails?|newsletters?|campaigns?|mail(ing)?|templates?|messages?|subscri\w*)(\b|_)/.test(`${d} ${p}`), () => pick(['Thanks for reading.', 'You are receiving this because you subscribed.', 'Reply to this email with any questions.'])],
  [(n) => /(^|_)footer$/.test(n), () => pick(['Information without guarantee.', 'Subject to change at short notice.', 'Last updated a few minutes ago.'])],
  [(n) => /(^|_)expand$/.test(n), () => pick(['names', 'schema', 'changelog', 'renderedFields'])],
  [(n, d) => /(^|_)(user|subject)$/.test(n) && /\b(relations?|tuples?|authorization|fga|check)\b/.test(d), () => `user:${faker.person.firstName().toLowerCase()}`],
  [(n, d) => /(^|_)object$/.test(n) && /\b(relations?|tuples?|authorization|fga|check)\b/.test(d), () => `document:${pick(['roadmap', 'budget-2025', 'design-doc', 'notes'])}`],
  [(n, d) => /(^|_)relation$/.test(n) && /\b(relations?|tuples?|authorization|fga|check)\b/.test(d), () => pick(['viewer', 'editor', 'owner', 'member'])],
  [(n) => /(^|_)(subjects?|themes?)$/.test(n), () => faker.book.genre()],
  [(n) => /(^|_)(top_work|work_title|book_title)$/.test(n), () => bookTitle()],
  [(n) => /(^|_)(opening_hours|hours|business_hours|open_hours)$/.test(n), () => pick(['Mon-Fri 09:00-18:00', 'Daily 08:00-22:00', 'Tue-Sun 12:00-23:00', 'Mon-Sat 10:00-20:00'])],
  [(n) => /(^|_)(lyrics|words|lyric_line)$/.test(n), () => pick(['And the night goes on', 'Hold on to the light', 'We were young and free', 'Sing it like you mean it'])],
  [(n) => /(^|_)(requirements?|qualifications?|skills?)$/.test(n), () => pick(['3+ years of relevant experience', 'Fluent English', 'Experience with SQL', 'A valid driving licence', 'Strong communication skills'])],
  [(n) => /(^|_)(line1|address_line1|address1)$/.test(n), localStreet],
  [(n) => /(^|_)(line2|address_line2|address2)$/.test(n), () => pick(['Apt 4B', 'Floor 2', 'Suite 310', 'Unit 12'])],
  [(n) => /(^|_)(special_requests?|requests?|notes_for_staff)$/.test(n), () => pick(['A table by the window, please', 'Celebrating a birthday', 'High chair needed', 'Quiet table if possible'])],
  [(n) => /(^|_)(severity|priority|urgency)$/.test(n), () => pick(['minor', 'moderate', 'severe', 'low', 'medium', 'high'])],
  [(n) => /(^|_)(ip|ip_address|ipv4|client_ip|remote_ip)$/.test(n), () => faker.internet.ipv4()],
  [(n, d) => /(^|_)(markets?|alpha2|alpha_2|iso_alpha2)$/.test(n) || (/(^|_)(market|country|region)(_code)?$/.test(n) && /iso 3166|alpha-2 country code|country code/.test(d)), () => (worldValue('country_code', false, () => '') as string | undefined) ?? pick(['US', 'GB', 'DE', 'FR', 'ES'])],
  [(n) => /(^|_)asins?$/.test(n), () => `B0${code(8)}`],
  [(n) => /(^|_)skus?$/.test(n), () => `SKU-${int(10000, 99999)}`],
  [(n) => /(^|_)(isbn|isbn13|isbn_13)$/.test(n), () => withIsbnCheck(`978${faker.string.numeric(10)}`)],
  [(n) => /(^|_)(isbn10|isbn_10)$/.test(n), () => withIsbnCheck(faker.string.numeric(10))],
  [(n) => /(^|_)(barcode|ean|upc|gtin)$/.test(n), () => faker.string.numeric(13)],
  [(n) => /(^|_)(zip|zip_code|zipcode|postal|postal_code|postcode)$/.test(n), localPostcode],
  [(n) => /(^|_)(estimate|original_estimate|remaining_estimate|time_estimate|time_spent|timespent)$/.test(n), () => pick(['30m', '2h', '4h', '1d', '2d', '3d', '1w'])],
  [(n) => /(^|_)(api_version|apiversion)$/.test(n), () => pick(['2023-10-01', '2024-01-01', '2024-06-15'])],
  // A schema's, a format's or a protocol's version is a short major.minor ("1.1"), not a software release.
  [(n) => /(^|_)(schema|format|spec|specification|protocol|model|syntax|manifest)_version$/.test(n), () => pick(['1.0', '1.1', '1.1', '1.2', '1.2'])],
  [(n) => /(^|_)version$/.test(n), () => `${int(1, 4)}.${int(0, 12)}.${int(0, 9)}`],
  [(n) => /(^|_)(difficulty|degree|difficulty_level)$/.test(n), () => pick(['easy', 'medium', 'hard'])],
  [(n, d) => /(^|_)(question|question_text)$/.test(n) || (/(^|_)text$/.test(n) && /\b(questions?|quiz|trivia)\b/.test(d)), () => pick(QUESTIONS)],
  [(n) => /(^|_)(option|options|answer|answers|choice|choices|correct_answer|incorrect_answers?)(_text)?$/.test(n), () => pick(ANSWERS)],
  [(n) => /(^|_)(audio|audio_url|preview|preview_url|sound|mp3)$/.test(n), () => `https://cdn.example.com/audio/${faker.string.alphanumeric(10).toLowerCase()}.mp3`],
  [(n) => /(^|_)(video_url|video)$/.test(n), () => `https://cdn.example.com/video/${faker.string.alphanumeric(10).toLowerCase()}.mp4`],
  [(n) => /(^|_)permissions?$/.test(n), () => pick(PERMISSIONS)],
  [(n) => /^(is|has|can|allow|allows|enable|enabled)_/.test(n), () => pick(['true', 'false'])],
  [(n) => /(^|_)(exchange_rate|currency_exchange_rate|rate|ratio|factor)$/.test(n), () => decimal(0.5, 2, 4)],
  [(n) => /(^|_)(purse|prize|prize_money|earnings|winnings|salary|revenue|market_cap|budget)$/.test(n), () => int(50, 2000) + '000'],
  [(n) => /(^|_)(points|pts|fedex_points|total_points)$/.test(n), () => int(0, 3000)],
  [(n) => /(^|_)(rank|ranking|position|place_number|seed)$/.test(n), () => int(1, 100)],
  [(n) => /(^|_)(week|week_num|week_number|weeknum)$/.test(n), () => int(1, 52)],
  [(n) => /(^|_)(score|score_text|rating_text|stars_text)$/.test(n), () => decimal(1, 5, 1)],
  [(n) => /(^|_)(popularity|percent|percentage|pct|humidity|probability)$/.test(n), () => int(0, 100)],
  [(n, d) => /(^|_)(high|low|open|close|last|bid|ask|change|net_change|previous_close)(_?52_?week|_price)?$|52_?week_(high|low)|(high|low)_?52_?week/.test(n) && /\b(quotes?|stocks?|markets?|prices?|tickers?|trading|shares?|futures|symbols?|movers)\b/.test(d), () => decimal(5, 500)],
  [(n) => /(^|_)(volume|shares|population|views|plays|streams)$/.test(n), () => int(1000, 5000000)],
  [(n) => /(^|_)(age_restriction|min_age|minimum_age|age_rating)$/.test(n), () => pick(['0', '7', '12', '16', '18'])],
  [(n) => /(^|_)(elevation|altitude)$/.test(n), () => int(0, 2500)],
  [(n) => /(^|_)(duration_ms|length_ms)$/.test(n), () => int(150000, 300000)],
  [(n) => /(^|_)(temp|temperature|temp_c|temp_f|feels_like|high_temp|low_temp|max_temp|min_temp)$/.test(n), () => decimal(-5, 32, 1)],
  [(n) => /(^|_)(zoom|zoom_level)$/.test(n), () => int(10, 16)],
  [(n) => /(^|_)(season|episode|chapter|verse|verse_start|verse_end|disc|disc_number|lap)(_number|_num|_no|_nr)?$/.test(n), () => int(1, 20)],
  [(n) => /(^|_)(count|quantity|qty|amount_of)$/.test(n), () => int(1, 500)],
];

/**
 * Rules by description, then by name and parent: a description is the same string object call after call (its
 * hash is kept), so it is never lower-cased and joined into a key that would be built and hashed anew per value.
 */
const ruleCache = new Map<string, Map<string, MeaningRule | null>>();
let cachedRules = 0;

/** A service's endpoint (`access_evaluation_endpoint`) is an API path of what it does ("/access/v1/evaluation"), never "/bleakly-old-fashioned". */
const API_ENDPOINT = /^(?!video_)(\w+_)?endpoint$/;
function apiPath(words: string): string {
  const parts = words.split('_').slice(0, -1);
  if (parts.length === 0) return `/api/v1/${pick(['orders', 'users', 'events', 'reports', 'search', 'items'])}`;
  return parts.length === 1 ? `/api/v1/${parts[0]}` : `/${parts[0]}/v1/${parts.slice(1).join('/')}`;
}

/** A value for an untyped string that means a number, an address or a code; undefined when its name says none. */
export function meaningString(words: string, description = '', parent = ''): string | undefined {
  if (API_ENDPOINT.test(words)) return apiPath(words);
  let byName = ruleCache.get(description);
  if (!byName) {
    if (cachedRules > 20000) {
      ruleCache.clear();
      cachedRules = 0;
    }
    byName = new Map();
    ruleCache.set(description, byName);
  }
  const key = `${words}\u0000${parent}`;
  let rule = byName.get(key);
  if (rule === undefined) {
    const about = description.toLowerCase();
    rule = MEANING_RULES.find(([test]) => test(words, about, parent)) ?? null;
    byName.set(key, rule);
    cachedRules++;
  }
  return rule ? rule[1]() : undefined;
}

const WORD = `[A-Za-z][\\w-]*`;
/** A description that opens with one value and "or one of" others it does not list by value. */
const NAMED_OR_ONE_OF = /^\s*["'`]?([a-z][\w-]*)["'`]?\s+or\s+(?:one|any)\b(?:\s+\w+)?\s+of\b/i;
const QUOTED = new RegExp(`["'\`](${WORD})["'\`]`, 'g');
const CODED = new RegExp(`["'\`](${WORD})["'\`]\\s*=\\s*[A-Za-z]`, 'g');
/** A quoted term that a definition follows (`<li>"leave" - leaves the estimate as is`, `* "auto": ...`, `"hd" (high resolution)`). */
const DEFINED = new RegExp(`["'\`](${WORD})["'\`]\\s*(?:-|–|:|\\()`, 'g');

/**
 * The values a description lists for a string ("Can either be "live" or "draft"", "one of: ready, building,
 * error", "(read/unread)"): an enum the schema forgot. Undefined when it lists none.
 */
export function enumInDescription(description: string | undefined, name: string): string[] | undefined {
  if (!description || description.length > 1200) return undefined;
  // Kept per description (the spec's own string, the same object each time) and name: every value drawn asks.
  let byName = enumsByDescription.get(description);
  if (!byName) {
    if (enumsByDescription.size >= 20_000) enumsByDescription.clear();
    byName = new Map();
    enumsByDescription.set(description, byName);
  }
  if (!byName.has(name)) byName.set(name, listedValues(description, name));
  const values = byName.get(name);
  return values === undefined ? undefined : [...values];
}

const enumsByDescription = new Map<string, Map<string, readonly string[] | undefined>>();

const BULLET_VALUE = /^\s*[-*•]\s+`?([A-Za-z0-9][\w.-]*)`?\s*$/;
const CODE_MEANING = /^\s*[-*•]?\s*`?([A-Za-z0-9][\w.-]{0,20})`?\s+[-–:=]\s+\S/;
const LIST_HEAD = /\b(values?|enums?|available|options?|one of|following|supported|possible|allowed|from|choose)\b[^\n]*:\s*$/i;

/**
 * Values listed one per line after a heading ("get search results from:\n- yandex.com\n- yandex.ru", "enums
 * available:\nbe - belorussian\nde - german"): two or more lines in a row, each a bare value or a code and its meaning.
 */
function valuesByLine(description: string): string[] | undefined {
  const lines = description.split('\n');
  for (let i = 0; i < lines.length - 2; i++) {
    if (!LIST_HEAD.test(lines[i]!)) continue;
    const values: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const m = BULLET_VALUE.exec(lines[j]!) ?? CODE_MEANING.exec(lines[j]!);
      if (!m) break;
      values.push(m[1]!);
    }
    if (values.length >= 2 && values.length <= 30) return [...new Set(values)];
  }
  return undefined;
}

function listedValues(description: string, name: string): string[] | undefined {
  const lined = description.includes('\n') ? valuesByLine(description) : undefined;
  if (lined !== undefined) return lined;
  const d = description.replace(/\s+/g, ' ');
  const coded23 = codesForOptions(d);
  if (coded23 !== undefined) return coded23;
  // Quoted alternatives joined by "or": `Can either be "live" or "draft"`.
  if (/\bor\b/.test(d) && /\b(either|can be|must be|one of|values?|possible|allowed|valid|options?)\b/i.test(d)) {
    const quoted = [...d.matchAll(QUOTED)].map((m) => m[1]!);
    // Quoted names that include this parameter's own are the spec's other parameters ("Required if you don't
    // provide an `accountHolderId` or …"), not its values.
    if (quoted.length >= 2 && quoted.length <= 8 && !quoted.includes(name)) return [...new Set(quoted)];
  }
  // Emphasised alternatives: "Mediatype *movie* or *show* (default *movie*)".
  if (d.includes('*')) {
    const emphasised = /\*([A-Za-z][\w-]*)\*(?:\s*(?:,|\bor\b|\/)\s*\*([A-Za-z][\w-]*)\*)+/.exec(d);
    if (emphasised) {
      const items = [...emphasised[0].matchAll(/\*([A-Za-z][\w-]*)\*/g)].map((m) => m[1]!);
      if (items.length >= 2 && items.length <= 8) return [...new Set(items)];
    }
  }
  // A list of quoted terms, each with its definition, after "Valid values are".
  if (/\b(valid|possible|allowed|accepted) values\b|\boptions are\b/i.test(d)) {
    const defined = [...d.matchAll(DEFINED)].map((m) => m[1]!);
    if (defined.length >= 2 && defined.length <= 12) return [...new Set(defined)];
  }
  // Codes given with their meanings: "`C` = the copyright, `P` = the sound recording copyright".
  const coded = [...d.matchAll(CODED)].map((m) => m[1]!);
  if (coded.length >= 2 && coded.length <= 12) return [...new Set(coded)];
  // "a comma delimited list of the following values: `PRIME_ELIGIBLE,FREE_DELIVERY`": one code-quoted list.
  const codeList = /\b(?:following|these) values\s*:?\s*`([A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)+)`/i.exec(d);
  if (codeList) return [...new Set(codeList[1]!.split(/\s*,\s*/))];
  // A long text lists values only as defined terms (above).
  if (description.length > 400) return undefined;
  // "home or one of categories", "default or one key of the categories (…)": the one value named is sure.
  const named = NAMED_OR_ONE_OF.exec(d);
  if (named && !/^(a|an|the|any|either|all|none|one)$/i.test(named[1]!)) return [named[1]!];
  const listed = /\b(?:one of(?: the following)?|possible values(?: are)?|allowed values(?: are)?|valid values(?: are)?|accepted values(?: are)?|options are)\s*[:=]?\s*([^.;()]+)/i.exec(d);
  if (listed) {
    const items = listed[1]!.split(/\s*(?:,|\bor\b|\band\b|\|)\s*/).map((s) => s.replace(/["'`]/g, '').trim()).filter((s) => /^[A-Za-z][\w-]*$/.test(s));
    if (items.length >= 2 && items.length <= 12) return [...new Set(items)];
  }
  // "read/unread" beside a status-like name.
  if (/(status|state|mode|type|kind|format|sort|order|direction|filter)$/i.test(name)) {
    const slash = /\b([a-z]{3,})\/([a-z]{3,})(?:\/([a-z]{3,}))?\b/.exec(d);
    if (slash && !/^(and|or)$/.test(slash[1]!) && !/^(and|or)$/.test(slash[2]!) && !/https?:|www\./.test(d)) return [slash[1]!, slash[2]!, ...(slash[3] ? [slash[3]] : [])];
    const or = /\b(?:either )?([a-z]{3,}) or ([a-z]{3,})\b/.exec(d);
    if (or && d.split(' ').length <= 14 && /\b(either|can be|must be|is|only)\b/i.test(d)) return [or[1]!, or[2]!];
  }
  return undefined;
}
