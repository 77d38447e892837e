/**
 * A bounding box, an extent or a polyline ("7.876519,52.147824,7.897519,52.163824") is for a map, never read out
 * (QUALITY.md J, wave 22): the reply says the place or leaves the field.
 */

// Three or more decimals in a row, split by commas, semicolons or spaces: a pair is a point and may be said.
// A list of numbers under a shape's key ([7.87, 52.14, 7.89]) is joined "7.87, 52.14 and 7.89" before it gets here.
const NUMBER_RUN = /^\s*\[?\s*-?\d{1,3}\.\d+(?:(?:\s*[,;]\s*|,? and |\s+)-?\d{1,3}\.\d+){2,}\s*\]?\s*$/;
const FINE_RUN = /-?\d{1,3}\.\d{3,}\s*[,; ]\s*-?\d{1,3}\.\d{3,}\s*[,; ]\s*-?\d{1,3}\.\d{3,}/;
const SHAPE_KEY = /bbox|bounds|bounding|extent|envelope|polyline|geometry|coordinates|viewport|shape|outline|polygon/i;
// An encoded polyline ("_p~iF~ps|U_ulLnnqC"): only a map reads it.
const ENCODED_POLYLINE = /^[\x3f-\x7e]{16,}$/;

export function coordinateList(key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // Joined from an array, only under a shape's key ("the positions are 0.14, 0.15 and 0.17" is no map); as one
  // string, a run of finely placed decimals is a shape whatever its key.
  if (value.length >= 11 && NUMBER_RUN.test(value) && (SHAPE_KEY.test(key) || (!value.includes(' and ') && FINE_RUN.test(value)))) return true;
  return /polyline/i.test(key) && ENCODED_POLYLINE.test(value) && SHAPE_KEY.test(key);
}

/** {tz_id: "Europe/London"}: an ID by its name, but a time zone's name, which the user asking for "time zone" wants said. */
export const ZONE_ID = /^(?:tz|time_?zone|timezone)_?(?:id|Id|ID|name)$/i;
