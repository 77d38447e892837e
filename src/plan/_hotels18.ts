/**
 * A hotel is a hotel (QUALITY.md E): a record identified as one (`hotelId`, `hotel_id`) never has the subtype
 * "hair salon" or "bakery" drawn from a generic place's field, and is not named only by a landmark a base schema's
 * example gave ("Eiffel Tower", Amadeus's Location example): it is "Hotel Eiffel Tower". Kept values never change.
 */
const HOTEL_ID = /^(hotel_?id|hotelId|hotel_?code|hotelCode)$/;
const SUBTYPE = /^(subtype|sub_?type|place_?type|placeType|location_?type|locationType)$/;
const HOTEL_WORD = /\b(hotels?|inn|hostel|motel|resort|lodge|guesthouse|suites?|rooms|apartments?|residence|b&b|bed and breakfast|the grand|palace|plaza)\b/i;
const HOTEL_KIND = /\b(hotels?|hotel_level|hotel_gds|lodging|accommodation|hostel|motel|resort|inn)\b/i;

/** Keys of a booking or a guest that names a hotel it is for: its `name` is no hotel's. */
const NOT_HOTEL = /guest|first_?name|last_?name|email|booking|reservation|check_?in|check_?out|traveller|traveler|room_?type/i;

export function hotelKind(record: Record<string, unknown>, isKept: (v: unknown) => boolean): void {
  if (!Object.keys(record).some((k) => HOTEL_ID.test(k) && (typeof record[k] === 'string' || typeof record[k] === 'number'))) return;
  if (Object.keys(record).some((k) => NOT_HOTEL.test(k))) return;
  for (const [key, value] of Object.entries(record)) {
    if (!SUBTYPE.test(key) || typeof value !== 'string' || isKept(value) || HOTEL_KIND.test(value.replace(/_/g, ' '))) continue;
    record[key] = value === value.toUpperCase() && /[A-Z]/.test(value) ? 'HOTEL' : /^[A-Z]/.test(value) ? 'Hotel' : 'hotel';
  }
  const name = record.name;
  if (typeof name === 'string' && name !== '' && !isKept(name) && !HOTEL_WORD.test(name)) record.name = `Hotel ${name}`;
}
