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
/** What a buyer writes about what they bought: a review, never a delivery note. */
export const REVIEW_TEXTS = [
  'Does exactly what it says, very happy with it.',
  'Good quality for the price.',
  'Stopped working after two weeks, disappointed.',
  'Smaller than I expected, but works well.',
  'Excellent, would buy again.',
  'Decent, though the instructions were unclear.',
  'Solid build and fast shipping.',
  'Not worth the money.',
  'Comfortable and easy to set up.',
  'The colour is a little different from the photos.',
  'Works fine, packaging could be better.',
  'Bought a second one for my parents.',
];
export const INDUSTRIES = ['Software', 'Healthcare', 'Retail', 'Logistics', 'Financial services', 'Education', 'Manufacturing', 'Hospitality'];
export const CARRIERS = ['UPS', 'FedEx', 'DHL', 'USPS', 'Royal Mail', 'Canada Post'];
