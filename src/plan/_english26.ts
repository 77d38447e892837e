/**
 * A language switch is sent in the dialogue's language (QUALITY.md I), wave 26: a required `lang` whose spec
 * default is another language (`lang: "de"`) goes as English for a user who never named one, in the default's own
 * shape ("de" → "en", "de-DE" → "en-US", "German" → "English"); a default the schema's list would not take stays.
 */
import type { PlanParam } from './_catalog-types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const LANGUAGE = /(^|_)(lang|language|locale|hl|ui_?lang|interface_?language)$/;
const ENGLISH = /^(en|eng|english)([-_][a-z]{2})?$/i;

const snake = snakeKey;

/** English in the shape of `value`, or undefined when its shape is not a language code or name. */
function english(value: string): string | undefined {
  const m = /^([a-z]{2,3})(?:([-_])([a-z]{2}))?$/i.exec(value);
  if (m === null) return /^[A-Z][a-z]+$/.test(value) ? 'English' : /^[a-z]+$/.test(value) && value.length > 3 ? 'english' : undefined;
  const code = m[1]!.length === 3 ? 'eng' : 'en';
  const lang = m[1] === m[1]!.toUpperCase() ? code.toUpperCase() : code;
  if (m[2] === undefined) return lang;
  const region = m[3] === m[3]!.toUpperCase() ? 'US' : 'us';
  return `${lang}${m[2]}${region}`;
}

/** The value a defaulted required parameter is sent with: its spec default, a language switch in English. */
export function sentDefault26(p: PlanParam): unknown {
  const value = p.default;
  if (typeof value !== 'string' || ENGLISH.test(value) || !LANGUAGE.test(snake(p.name))) return value;
  const en = english(value);
  if (en === undefined || (Array.isArray(p.enum) && !p.enum.includes(en))) return value;
  return en;
}
