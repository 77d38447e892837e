/**
 * The reason a user gives for not knowing a value fits what the value is: "Someone else set it up." or "It was never
 * sent to me." explain a missing ID, key or code, never a latitude and longitude (nobody "sets up" coordinates).
 */
type Bank = readonly string[];

/** Things handed to a person (an ID, a key, a code, a reference): they can be lost, never sent, set up by others. */
const HANDED = /\b(?:IDs?|ids?|keys?|tokens?|codes?|numbers?|references?|accounts?|slugs?|handles?|usernames?|passwords?|secrets?)\b/;
const COORDINATES = /\b(?:latitude|longitude|coordinates?|lat|lon|lng)\b/i;
/** The ID of an entry of a public catalogue (an artist, a car model, a genre): nobody set it up or sent it; the user knows its name. */
const CATALOGUE_ID = /\b(?:artist|album|track|song|genre|category|categories|model|brand|make|work|audiobook|book|author|movie|film|show|series|episode|title|place|company|product|item|game|player|league|match|fixture|sport|country|city|region|airport|airline|station|stop|route|hotel|restaurant|recipe|ingredient|podcast|playlist|video|stock|coin|symbol|topic|tag|anime|manga|character|location|venue|event|museum|school|course|word|language|breed|species|drug|food|person|celebrity|actor|news|article) IDs?\b/i;
/** Catalogue IDs are known by their entry's name only (rapidapi 137: "Someone else set it up" for a car model's ID). */
const BY_NAME: Bank = ['I only know it by name.', "I just know the name, not the ID."];

/** The reasons that fit `slots` ("the latitude and the longitude", "the store ID"), with the bank's blanks kept. */
export function whyUnknown(slots: string, bank: Bank): Bank {
  const blanks = bank.filter((b) => b === '');
  if (COORDINATES.test(slots)) return [...blanks, "I don't know the exact coordinates."];
  if (CATALOGUE_ID.test(slots)) return [...blanks, ...BY_NAME];
  return HANDED.test(slots) ? bank : blanks;
}
