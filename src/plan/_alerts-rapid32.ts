/**
 * Weather alerts named and ordered as their service does (QUALITY.md E), wave 32:
 * - an alert in Europe is not named with the US weather service's words ("Winter Storm Warning", "Flash Flood
 *   Emergency" for Auvergne-Rhône-Alpes): European services warn by colour and hazard (Météo-France's and
 *   Meteoalarm's yellow, orange, red; the UK's and Ireland's yellow, amber, red), so it reads "Orange Snow and Ice
 *   Warning";
 * - a list documented "most severe first" comes most severe first (extreme, severe, moderate, minor).
 * Values the call sent or pinned never change.
 */
import { currentWorld, focusedPlace } from '../world/index.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

const SEVERITY_KEY = /^(severity|severity_?level)$/;
const EVENT_KEY = /^(event|event_?type|alert_?type|phenomenon)$/;
const RANK: Readonly<Record<string, number>> = { extreme: 4, severe: 3, moderate: 2, minor: 1, unknown: 0 };
const MOST_SEVERE_FIRST = /\bmost severe (ones? )?first\b|\bsorted by severity\b|\bhighest severity first\b/i;
const EUROPE = new Set(['FR', 'DE', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'AT', 'CH', 'DK', 'NO', 'SE', 'FI', 'IS', 'IE', 'GB', 'PL', 'CZ', 'SK', 'HU', 'SI', 'HR', 'RO', 'BG', 'GR', 'CY', 'MT', 'EE', 'LV', 'LT', 'RS']);
// A US type's hazard, as European services name it (most telling first).
const HAZARDS: readonly [RegExp, string][] = [
  [/winter|snow|ice|blizzard/i, 'Snow and Ice'], [/frost|freeze|cold|wind chill/i, 'Low Temperature'], [/heat/i, 'Heatwave'],
  [/thunderstorm/i, 'Thunderstorm'], [/violent storm/i, 'Storm'], [/wind/i, 'Wind'], [/rain/i, 'Heavy Rain'],
  [/flood|hydrologic/i, 'Flood'], [/fog/i, 'Fog'],
];
// Types only the US service issues, whatever their hazard ("Special Weather Statement").
const US_ONLY = /\b(special weather statement|hydrologic outlook|emergency|advisory|watch|winter storm|high wind)\b/i;

/** The country the call is about: a region code sent ("FR-ARA"), else the dialogue's place. */
function countryOf(args: Readonly<Json>): string | undefined {
  for (const v of Object.values(args)) if (typeof v === 'string' && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v)) return v.slice(0, 2);
  const world = currentWorld();
  return world ? focusedPlace(world).countryCode : undefined;
}

/** The alert lists of a result (the top list, or one list under the top record) settled. */
export function settleAlerts32(result: unknown, args: Readonly<Json>, texts: string, free: (v: unknown) => boolean, unpinned: boolean): void {
  const lists = Array.isArray(result) ? [result] : isRecord(result) ? Object.values(result).filter(Array.isArray) : [];
  for (const list of lists) {
    const first = list[0];
    if (!isRecord(first)) continue;
    const severityKey = Object.keys(first).find((k) => SEVERITY_KEY.test(keyWords(k)));
    const eventKey = Object.keys(first).find((k) => EVENT_KEY.test(keyWords(k)));
    if (severityKey === undefined || eventKey === undefined || !list.every((i) => isRecord(i) && typeof i[eventKey] === 'string')) continue;
    const country = countryOf(args);
    const used = new Set((list as Json[]).map((i) => i[eventKey] as string));
    if (country !== undefined && EUROPE.has(country)) for (const item of list as Json[]) europeanName(item, eventKey, severityKey, country, free, used);
    // Items move only where no later call points into them.
    if (unpinned && MOST_SEVERE_FIRST.test(texts)) {
      const rank = (i: unknown): number => RANK[String((i as Json)[severityKey]).toLowerCase()] ?? 0;
      const sorted = [...list].sort((a, b) => rank(b) - rank(a));
      list.splice(0, list.length, ...sorted);
    }
  }
}

function europeanName(item: Json, eventKey: string, severityKey: string, country: string, free: (v: unknown) => boolean, used: Set<string>): void {
  const event = item[eventKey] as string;
  if (!free(event) || !US_ONLY.test(event) && !/\bwarning$/i.test(event)) return;
  // Already a colour warning: nothing to do.
  if (/^(yellow|orange|amber|red) /i.test(event)) return;
  const hazard = HAZARDS.find(([re]) => re.test(event))?.[1];
  if (hazard === undefined) return;
  const rank = RANK[String(item[severityKey]).toLowerCase()] ?? 2;
  const colour = rank >= 4 ? 'Red' : rank === 3 ? (country === 'GB' || country === 'IE' ? 'Amber' : 'Orange') : 'Yellow';
  const named = `${colour} ${hazard} Warning`;
  // Two alerts of a list stay two (a Flood Watch and a Hydrologic Outlook are not both "Yellow Flood Warning").
  if (used.has(named)) return;
  used.add(named);
  for (const [k, v] of Object.entries(item)) if (typeof v === 'string' && v.includes(event) && (k === eventKey || free(v))) item[k] = v.split(event).join(named);
}
