/**
 * A value in the shape a description gives in words (QUALITY.md E): "the amount to reduce the estimate by
 * e.g. "2d"" wants a duration, "The ID of the sender in `whatsapp:<E.164_PHONE_NUMBER>` format" a prefixed phone
 * number, "for example jira.issue.editable" a dotted key, "version 1.1" a version. Only shapes that say what
 * the value is count; an example that is a plain word ("e.g. a user") says nothing and is left to the name rules.
 * Descriptions repeat across calls, so what each one gives is cached by its text.
 */
import type { Rng } from '../random/index.ts';
import { shapedLike } from './_examples.ts';

/** The kinds of shape a described example can have. */
export type DescribedShape = 'duration' | 'iso_duration' | 'version' | 'dotted_key' | 'prefixed' | 'coded';

export interface DescribedExample {
  shape: DescribedShape;
  example: string;
}

/** An example after "e.g." / "for example" / "such as", quoted or bare. */
const AFTER_CUE = /\b(?:e\.\s?g\.?|eg\.|for example|for instance|example|such as|like|the format|format)\s*[,:]?\s*(?:["'`“]([^"'`”\s]{1,60})["'`”]|(?!(?:e\.\s?g|i\.\s?e)\b)([A-Za-z0-9+][\w.:+*\-/]{0,58}[\w*]))/i;
const CUES = /\b(?:e\.\s?g\b|for example|for instance)|[a-z]:<(?!\/?(?:br|p|b|i|em|strong|code|ul|li|a|span|div)\b)[^>]+>/gi;
/** A format written with a placeholder: "in `whatsapp:<E.164_PHONE_NUMBER>` format", "format: tel:<number>". */
const PLACEHOLDER_FORMAT = /["'`]?\b([a-z][a-z0-9+.-]{1,20}:<(?!\/?(?:br|p|b|i|em|strong|code|ul|li|a|span|div)\b)[^>]{2,40}>)["'`]?/;
/** A duration as Jira-style time tracking writes it: "2d", "30m", "1w 2d 4h". */
const DURATION = /^\d{1,3}[wdhm](?:\s\d{1,3}[wdhm]){0,3}$/;
/** An ISO 8601 duration ("PT2H10M"). */
const ISO_DURATION = /^P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$/;
const VERSION = /^\d{1,2}\.\d{1,2}(?:\.\d{1,3})?$/;
/** A dotted key of lower-case words (`jira.issue.editable`, `com.example.setting`), globs allowed. */
const DOTTED_KEY = /^[a-z][a-z0-9_-]*(?:\.(?:[a-z0-9_-]+|\*)){1,5}$/;
/** An example with a scheme-like prefix before a value (`whatsapp:+15017122661`, `user:anne`). */
const PREFIXED = /^[a-z][a-z0-9+-]{1,20}:[^\s:]{2,40}$/;
/** An identifier-like code: letters and digits in a fixed shape (`MD-59406`, `ord_12345`). */
const CODED = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{3,30}$/;

const cache = new Map<string, DescribedExample | null>();

/** `versioned`: the description speaks of a version (else "12.50" is an amount, not version 12.50). */
function shapeOf(example: string, versioned: boolean): DescribedShape | undefined {
  if (DURATION.test(example)) return 'duration';
  if (ISO_DURATION.test(example)) return 'iso_duration';
  if (VERSION.test(example)) return versioned ? 'version' : undefined;
  if (PREFIXED.test(example) && !/^https?:/i.test(example)) return 'prefixed';
  if (DOTTED_KEY.test(example) && !/\.(com|org|net|io|json|xml|csv|txt|pdf|png|jpg)$/.test(example)) return 'dotted_key';
  if (CODED.test(example)) return 'coded';
  return undefined;
}

/** The example a description gives and its shape; undefined when it gives none with a telling shape. */
export function describedExample(description: string | undefined): DescribedExample | undefined {
  if (!description) return undefined;
  let found = cache.get(description);
  if (found === undefined) {
    found = null;
    const text = description.length > 600 ? description.slice(0, 600) : description;
    // A description that lists several forms ("city name e.g.: q=Paris … metar:<metar code> e.g: q=metar:EGLL")
    // gives alternatives, not the one form.
    const cues = text.match(CUES)?.length ?? 0;
    const format = cues <= 1 ? PLACEHOLDER_FORMAT.exec(text) : null;
    if (cues > 1) found = null;
    else if (format) found = { shape: 'prefixed', example: format[1]! };
    else {
      const cued = AFTER_CUE.exec(text);
      // A bare example followed by more of itself ("e.g. SW1A 1AA") is not whole: none.
      const whole = cued !== null && (cued[1] !== undefined || !/^\s[A-Z0-9]/.test(text.slice(cued.index + cued[0].length)));
      const example = cued && whole ? (cued[1] ?? cued[2] ?? '').replace(/[.,;:]+$/, '') : '';
      const shape = example !== '' ? shapeOf(example, /\bversion\b/i.test(text)) : undefined;
      if (shape !== undefined) found = { shape, example };
    }
    if (cache.size > 20000) cache.clear();
    cache.set(description, found);
  }
  return found ?? undefined;
}

const DURATIONS = ['30m', '1h', '2h', '4h', '1d', '2d', '3d', '1w'];

/** A phone number in E.164 form: a country code and a subscriber number. */
function e164(rng: Rng): string {
  const cc = rng.pick(['1', '44', '49', '33', '34', '351', '61']);
  let rest = String(rng.int(2, 9));
  const length = cc === '1' ? 10 : 9;
  while (rest.length < length) rest += String(rng.int(0, 9));
  return `+${cc}${rest}`;
}

/** A value of the described example's kind: another duration, the same version or key, the prefix with a fresh value. */
export function likeDescribed(described: DescribedExample, rng: Rng): string {
  const { shape, example } = described;
  switch (shape) {
    case 'duration':
      return rng.pick(DURATIONS);
    case 'iso_duration':
      return `PT${rng.int(1, 14)}H${rng.pick([5, 10, 15, 20, 30, 45, 50])}M`;
    case 'prefixed': {
      const colon = example.indexOf(':');
      const prefix = example.slice(0, colon + 1);
      const rest = example.slice(colon + 1);
      if (/^<.*(phone|e\.?164|number|msisdn).*>$/i.test(rest) || /^\+\d{6,}$/.test(rest)) return `${prefix}${e164(rng)}`;
      if (rest.startsWith('<')) return `${prefix}${rng.pick(['anne', 'bob', 'carla', 'dmitri', 'ema'])}`;
      return shapedLike([example], (lo, hi) => rng.int(lo, hi)) ?? example;
    }
    case 'coded':
      return shapedLike([example], (lo, hi) => rng.int(lo, hi)) ?? example;
    case 'dotted_key':
      // A glob in a filter example ("jira.lf.*") is kept; a key is the spec's own.
      return example;
    case 'version':
      return example;
  }
}
