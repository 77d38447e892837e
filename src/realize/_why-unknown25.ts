/**
 * The reason a user gives for not knowing a value fits what the value is: "Someone else set it up." or "It was never
 * sent to me." explain a missing ID, key or code, never a latitude and longitude (nobody "sets up" coordinates).
 */
type Bank = readonly string[];

/** Things handed to a person (an ID, a key, a code, a reference): they can be lost, never sent, set up by others. */
const HANDED = /\b(?:IDs?|ids?|keys?|tokens?|codes?|numbers?|references?|accounts?|slugs?|handles?|usernames?|passwords?|secrets?)\b/;
const COORDINATES = /\b(?:latitude|longitude|coordinates?|lat|lon|lng)\b/i;

/** The reasons that fit `slots` ("the latitude and the longitude", "the store ID"), with the bank's blanks kept. */
export function whyUnknown(slots: string, bank: Bank): Bank {
  const blanks = bank.filter((b) => b === '');
  if (COORDINATES.test(slots)) return [...blanks, "I don't know the exact coordinates."];
  return HANDED.test(slots) ? bank : blanks;
}
