/**
 * Numbers said with their unit and meaning, or not at all (QUALITY.md E, J): "the mileage start is 50000" and "the
 * duration is 180" read a field name and a bare number aloud; a track's disc number or an image's height is where
 * a thing sits or how it is drawn, no fact a person asked for.
 */
import { carUnitName34b } from './_units-rape34b.ts';

type Leaf = { path: string[]; value: string | number | boolean };

// {disc_number: 2}, {trackNumber: 7}: where a track sits on its album.
const PLACEMENT_KEY = /^(disc|track)_?(number|no|num)$/i;
const SIZE_KEY = /^(height|width)$/i;
// {images: [{url, height, width}]}, {multimedia: {resource: {src, height}}}: the size a picture is drawn at.
const PICTURE_PATH = /image|thumb|multimedia|media|photo|picture|cover|icon|logo|avatar|poster|banner|artwork|resource/i;
const PICTURE_SIBLING = /^(url|src|href|uri|source|link)$/i;

/** A position or drawing size of a track or picture, said only when the user named it. */
export function placementNumber31(leaf: Leaf, leaves: readonly Leaf[]): boolean {
  if (typeof leaf.value !== 'number') return false;
  const key = leaf.path[leaf.path.length - 1] ?? '';
  if (PLACEMENT_KEY.test(key)) return true;
  if (!SIZE_KEY.test(key)) return false;
  const owner = leaf.path.slice(0, -1);
  if (owner.some((p) => PICTURE_PATH.test(p))) return true;
  // {url: "…/a.png", width: 128, height: 24}: a picture's own fields beside its address.
  return leaves.some((l) => l.path.length === leaf.path.length && owner.every((p, i) => l.path[i] === p) && PICTURE_SIBLING.test(l.path[l.path.length - 1] ?? '') && typeof l.value === 'string');
}

const secondsBeside = new WeakMap<readonly Leaf[], boolean>();
// {offset_seconds, window_seconds, start_of_fade_out}: a record that counts its times in seconds.
const SECONDS_KEY = /seconds|(^|_)secs?$|fade_?(in|out)/i;

/**
 * The field's name with its unit, where the result says it only by its neighbours: a bare {duration: 180} beside
 * {offset_seconds} is "3 minutes"; {mileage_start: 50000} is "the starting mileage is 50000 miles".
 */
export function unitName31(name: string, key: string, value: unknown, leaves: readonly Leaf[]): string {
  if (typeof value !== 'number') return name;
  if (/^(duration|length)$/i.test(key)) {
    let seconds = secondsBeside.get(leaves);
    if (seconds === undefined) secondsBeside.set(leaves, (seconds = leaves.some((l) => SECONDS_KEY.test(l.path[l.path.length - 1] ?? ''))));
    return seconds ? `${name} in seconds` : name;
  }
  // "mileage start" → "starting mileage": a start or end is said before the measure it bounds.
  const bound = /^([a-z]+) (start|end)$/.exec(name);
  let out = bound && !/^(time|date|day|hour|minute|second|page|index|offset|position|line|row|point)$/.test(bound[1] ?? '') ? `${bound[2] === 'start' ? 'starting' : 'ending'} ${bound[1]}` : name;
  out = carUnitName34b(out, key, value, leaves); // a car's yearly mileage, its money in dollars (_units-rape34b.ts)
  // A mileage is a count of miles (a car's odometer reading), unless the result counts in kilometers.
  if (/\bmileage$/.test(out) && !leaves.some((l) => /km|kilomet/i.test(l.path[l.path.length - 1] ?? ''))) out = `${out} in miles`;
  return out;
}
