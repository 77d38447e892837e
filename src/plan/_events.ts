/**
 * An event's name fits the record it is in: an event with fights, a promotion or an enclosure is a fight card
 * ("Fight Night Lisbon: Gill vs. Fleck"), never a "Lisbon Design Week" drawn from words that did not say so.
 */
import { eventName, boutName } from './_names.ts';

const CARD_SIGN = /^(fights?|bouts?|fighters?|promotion|enclosure_[a-z_]+|main_event)$/;
const FIGHT_SIGN = /^(scheduled_rounds|rounds|weight_class|weight_division|fighter_[a-z_]+|red_corner|blue_corner)$/;
const COMBAT_SPORT = /^(mma|boxing|kickboxing|wrestling|muay thai)$/i;
const TITLE_KEY = /^(title|name|event_name)$/;
const DRAWN_EVENT = /\b(Festival|Night|Week|Fair|Live|Showcase)$/;

/** `words` gives a key's snake-case words; only unfixed keys change. */
export function agreeEvent(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const all = Object.keys(record);
  const fight = all.some((k) => FIGHT_SIGN.test(words(k)) || (words(k) === 'sport' && COMBAT_SPORT.test(String(record[k]))));
  if (!fight && !all.some((k) => CARD_SIGN.test(words(k)))) return;
  for (const key of keys) if (TITLE_KEY.test(words(key)) && typeof record[key] === 'string' && DRAWN_EVENT.test(record[key] as string)) record[key] = fight ? boutName() : eventName('mma');
}
