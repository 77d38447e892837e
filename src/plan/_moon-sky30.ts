/**
 * A record's moon phase and lit share agree with the moon's age on its day (QUALITY.md E): no "Waxing Crescent"
 * at 37 % on the eve of a new moon. Each value keeps its drawn form (a name in its case, a number or a numeric
 * string, a percentage or a fraction); values a chain reads (`free` false) stay.
 */
import { moonIllumination, moonPhaseName } from '../world/moon-sky30.ts';

const PHASE = /(^|_)moon_?phase(_?name)?$/;
const LIT = /(^|_)(moon_?)?illumination(_?percent(age)?)?$/;

export function settleMoonPhase30(obj: Record<string, unknown>, keys: ReadonlyMap<string, string>, free: (k: string) => boolean, age: number): void {
  for (const [w, k] of keys) {
    if (!free(k)) continue;
    const v = obj[k];
    if (PHASE.test(w) && typeof v === 'string' && /[a-z]/i.test(v)) {
      const name = moonPhaseName(age);
      obj[k] = v === v.toUpperCase() ? name.toUpperCase() : v === v.toLowerCase() ? name.toLowerCase() : name;
    } else if (LIT.test(w) && (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?%?$/.test(v)))) {
      const percent = moonIllumination(age);
      if (typeof v === 'number') obj[k] = v <= 1 && !Number.isInteger(v) ? percent / 100 : percent;
      else obj[k] = v.endsWith('%') ? `${percent}%` : String(percent);
    }
  }
}
