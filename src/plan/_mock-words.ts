/** Word banks of the mock values (`_mock.ts`): cities, languages, search terms and short free texts by kind. */

export const CITIES = [
  'Lisbon', 'Toronto', 'Osaka', 'Nairobi', 'Buenos Aires', 'Melbourne', 'Berlin', 'Chicago', 'Seoul', 'Dublin',
  'Cape Town', 'Mumbai', 'Austin', 'Copenhagen', 'Vienna', 'Mexico City', 'Singapore', 'Prague', 'Boston', 'Oslo',
  'Madrid', 'Istanbul', 'Lima', 'Auckland', 'Montreal', 'Hamburg', 'Denver', 'Kyoto', 'Seattle', 'Edinburgh',
];
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ja', 'nl'];
export const SEARCH_TERMS = [
  'jazz', 'hiking boots', 'climate change', 'coffee', 'electric cars', 'vegan recipes', 'solar panels', 'chess',
  'running shoes', 'machine learning', 'street food', 'podcasts', 'yoga', 'photography', 'mountain bikes',
];
export const WEATHER_WORDS = ['light rain', 'clear sky', 'scattered clouds', 'overcast', 'sunny spells', 'light snow', 'thunderstorms'];
/** Short sentences for free-text fields, by kind of text; faker's catch phrases ("Sustainable global protocol") read as noise. */
export const SUCCESS_MESSAGES = ['Request completed successfully.', 'Operation successful.', 'OK', 'Success', 'The request was processed successfully.', 'Data retrieved successfully.'];
export const COMMENTS = [
  'Please leave the package at the front door.',
  'Great service, thank you!',
  'Arrived on time and in good condition.',
  'Please call me before delivery.',
  'Looking forward to it.',
  'Could you gift-wrap this one?',
  'Second order this month, still very happy.',
  'Ring the bell twice, please.',
];
/** What a user writes about a product or an app they used: a review, never a delivery note (and nothing only goods have, like a colour). */
export const REVIEW_TEXTS = [
  'Does exactly what it says, very happy with it.',
  'Good value for the price.',
  'Stopped working after two weeks, disappointed.',
  'Works well, though it took a while to set up.',
  'Excellent, would recommend.',
  'Decent, though the instructions were unclear.',
  'Easy to use and reliable.',
  'Not worth the money.',
  'Better than I expected.',
  'Works fine most of the time.',
  'Would not recommend.',
  'Five stars, no complaints.',
];
export const INDUSTRIES = ['Software', 'Healthcare', 'Retail', 'Logistics', 'Financial services', 'Education', 'Manufacturing', 'Hospitality'];
export const CARRIERS = ['UPS', 'FedEx', 'DHL', 'USPS', 'Royal Mail', 'Canada Post'];
/** Countries goods ship from or are made in. */
export const COUNTRIES = ['Germany', 'United States', 'China', 'United Kingdom', 'Japan', 'France', 'Italy', 'Spain', 'Canada', 'Netherlands'];
export const NATIONALITIES = ['Portuguese', 'Canadian', 'Japanese', 'Kenyan', 'Argentine', 'Australian', 'German', 'Irish'];
/** How long a delivery takes, as a shop says it. */
export const DELIVERY_TEXTS = ['Free delivery in 2-3 days', 'Delivered tomorrow', 'Standard delivery, 3-5 business days', 'Express delivery, next business day', 'Free delivery by Friday'];
