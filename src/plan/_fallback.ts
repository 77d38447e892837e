/**
 * A value for a string no vocabulary rule knows: the spec's example, else one shaped by its name (dimensions,
 * weight, a use, a class), else a neutral label of the field ("Lot 12", "Class B"); never a random dictionary word
 * posing as a value ("well_class": "sticker").
 */
import { lastNameWord } from './_params.ts';
import type { Rng } from '../random/index.ts';

const USES = ['Domestic use', 'Irrigation', 'Commercial use', 'Personal use', 'Testing', 'Research', 'Everyday use'];

const cap = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export function fallbackString(name: string, parent: string, examples: readonly unknown[], rng: Rng, personName: () => string): string {
  const example = examples.find((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 80);
  if (example !== undefined) return example;
  const n = lastNameWord(name);
  const last = n.split('_').filter((w) => w !== '').pop() ?? 'item';
  const letter = rng.pick(['A', 'B', 'C', 'D']);
  if (/dimensions?|size$/.test(n)) return `${rng.int(5, 60)} x ${rng.int(5, 40)} x ${rng.int(2, 20)} cm`;
  if (/weight/.test(n)) return `${(rng.int(2, 150) / 10).toFixed(1)} kg`;
  if (/(^|_)uses?$|usage$|purpose$/.test(n)) return rng.pick(USES);
  if (/(_by|author|creator|editor|assignee|reporter)$/.test(n)) return personName();
  if (/(attached|enabled|active|verified|required|available|flag)$/.test(n)) return rng.pick(['Yes', 'No']);
  if (/(class|type|kind|category|grade|tier|level|group)$/.test(n)) return `${cap(last)} ${letter}`;
  if (/(label|tag)s?$/.test(n)) return rng.pick(['Priority', 'Review', 'Archive', 'Follow-up', 'Important']);
  const noun = last.length >= 3 && !/^(value|string|data|text|info|field)$/.test(last) ? last : lastNameWord(parent).split('_').pop() || 'item';
  return `${cap(noun)} ${rng.int(1, 40)}`;
}
