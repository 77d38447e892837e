/**
 * A temperature is said with its unit (QUALITY.md E/F): "25.7 degrees Celsius", never a bare "25.7 degrees" a user
 * cannot read (rapidapi weather, seed 77 #33, #109; bundled #43). The planner draws temperatures in °C unless the
 * call asked for Fahrenheit (`units=imperial`) or kelvin (`units=standard`) or the key names its unit (`temp_f`,
 * which is said without "degrees"): the unit follows the call the same way.
 */
import type { Rng } from '../random/index.ts';
import type { RecordOperation } from '../plan/types.ts';
import { summarizeResult as summarize } from './_response.ts';
import { withSearched28 } from './_quote-lists28.ts';
import { resultFailed } from './_response.ts';
import { gridSaidGrid29 } from './_grid-said-grid29.ts';
import { withEmbeddedFile34 } from './_specvals34.ts';

export { outcomeOf, removesThing, responseIntro, type Outcome } from './_response.ts';

const UNIT_ARG = /unit|^u$|^temp_?scale$/i;
const BARE_DEGREES = /(-?\d+(?:\.\d+)?) degrees\b(?! (?:Celsius|Fahrenheit|of\b))/g;

/** The unit the call asked temperatures in. */
function unitOf(sent: Readonly<Record<string, unknown>>): 'Celsius' | 'Fahrenheit' | 'kelvin' {
  for (const [k, v] of Object.entries(sent)) {
    if (!UNIT_ARG.test(k) || typeof v !== 'string') continue;
    if (/^(imperial|fahrenheit|f|us)$/i.test(v)) return 'Fahrenheit';
    if (/^(standard|kelvin|k)$/i.test(v)) return 'kelvin';
  }
  return 'Celsius';
}

/** `summarizeResult` of ./_response.ts, its temperatures said with their unit. */
export function summarizeResult(result: unknown, operation: RecordOperation | undefined, echoes: ReadonlySet<string>, rng: Rng, asked = '', sent: Readonly<Record<string, unknown>> = {}): string {
  const summary = withSearched28(sent, () => summarize(result, operation, echoes, rng, asked, sent));
  // "I used a 3 by 3 grid with points 1.5 kilometers apart.": drawn after the summary, so that stays as it was.
  const grid = summary !== '' && !resultFailed(result) ? gridSaidGrid29(sent, operation, (items) => rng.pick(items)) : undefined;
  // A record whose content is an image (a captcha) says it holds one (_specvals34.ts).
  const told = resultFailed(result) ? summary : withEmbeddedFile34(result, summary, `${asked} ${operation?.description?.slice(0, 200) ?? ''}`);
  const text = grid ? `${grid} ${told}` : told;
  if (!text.includes(' degrees')) return text;
  const unit = unitOf(sent);
  return text.replace(BARE_DEGREES, (_m, n: string) => (unit === 'kelvin' ? `${n} kelvin` : `${n} degrees ${unit}`));
}
