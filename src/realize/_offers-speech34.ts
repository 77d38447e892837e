/**
 * Items that are kinds of one thing on sale, each with a price and a place (ticket offers by type, area and price),
 * are said as a person says them (QUALITY.md J, reading 33): "a standard ticket for 815 PLN in area H8", never the
 * fields read out as a template ("the ticket type is standard, the price is 815 PLN, the area is H8").
 */

/** "ticket type", "type", "seat class": the field that says which kind of the thing an item is, and the thing. */
const KIND = /^(?:([a-z]+) )?(?:type|kind|class|tier)$/;
const PRICE = /^(?:price|cost|fare|amount|fee)$/;
const PLACE = /^(?:area|section|zone|block|stand|row|level|sector)$/;

/** One item's facts ("the ticket type is standard, the price is 815 PLN") said as the thing, or undefined. */
function offer(part: string): string | undefined {
  const facts = part.split(/, (?=the )/).map((f) => /^the ([a-z][a-z ]*?) is (.+)$/.exec(f));
  if (facts.length < 2 || facts.length > 3 || facts.some((f) => f === null)) return undefined;
  const kind = facts.find((f) => KIND.test(f![1]!));
  const price = facts.find((f) => PRICE.test(f![1]!));
  const place = facts.find((f) => PLACE.test(f![1]!));
  if (!kind || !price || facts.length !== 2 + (place ? 1 : 0)) return undefined;
  // "vip" is said as the letters it is ("a VIP ticket").
  const value = kind[2]!.replace(/^vip$/i, 'VIP');
  // A kind said as a word ("standard", "VIP"): a code or a number is no adjective.
  if (!/^[A-Za-z][A-Za-z -]{1,24}$/.test(value) || !/\d/.test(price[2]!)) return undefined;
  const thing = KIND.exec(kind[1]!)![1] ?? 'one';
  const article = /^[aeiou]/.test(value) ? 'an' : 'a';
  return `${article} ${value} ${thing} for ${price[2]}${place ? ` in ${place[1]} ${place[2]}` : ''}`;
}

/** The list's parts said as offers where every one of them reads so; else the parts as they were. */
export function offerParts34(parts: readonly string[]): readonly string[] {
  if (parts.length === 0 || !parts.every((p) => p.includes(' is '))) return parts;
  const said = parts.map(offer);
  return said.every((s) => s !== undefined) ? (said as string[]) : parts;
}
