/**
 * Values the user chooses (QUALITY.md J): the name, title, description or text of a thing a create/update call
 * makes. They are asked as a choice ("What would you like to call the playlist?"), never "Do you know the playlist
 * name?", which treats a value the user invents as one to look up.
 */
import type { RecordOperation } from '../plan/types.ts';
import { identifiesRecord27 } from './_identity27.ts';

const MAKES = /^(?:create|add|new|make|post|insert|update|edit|rename|modify|set|save|write|compose|publish|upload)\b/i;
// Wave 23: the keywords an alert or a saved search is made to watch for are the user's choice too.
const CONTENT = /^(?:name|title|description|text|caption|label|summary|subject|body|content|bio|keywords?)$/i;

const words = (s: string): string[] => s.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/).filter(Boolean).map((w) => w.toLowerCase());

/** A content parameter ("name", "playlist_name") of an operation that makes or changes the thing it names. */
export function isChosenRef(op: RecordOperation | undefined, param: string): boolean {
  if (!op || !/^(?:post|put|patch)$/i.test(op.method)) return false;
  const ws = words(param);
  const last = ws[ws.length - 1];
  if (!last || !CONTENT.test(last)) return false;
  if (identifiesRecord27(op, param)) return false; // the template updated by its name: "which template?"
  const opWords = words(op.name);
  if (!MAKES.test(opWords[0] ?? '') && !MAKES.test(op.description.trim())) return false;
  // "playlist_name" of create_playlist is chosen; "artist_name" of add_track names something that exists.
  return ws.slice(0, -1).every((w) => opWords.includes(w) || op.description.toLowerCase().includes(w));
}

/** Questions that ask for a chosen value; "the playlist name" is also asked as "What would you like to call the playlist?". */
export function chosenAsks(slots: string): string[] {
  const named = /^the (?!new )(.+?) (?:name|title)$/.exec(slots); // an update's "the new X name" is no X to call
  const asks = [
    `What would you like ${slots} to be?`,
    `What would you like to use for ${slots}?`,
    `What should I put for ${slots}?`,
    `What do you want ${slots} to be?`,
  ];
  if (named) asks.push(`What would you like to call the ${named[1]}?`, `What should the ${named[1]} be called?`, `What would you like to call the ${named[1]}?`);
  return asks;
}
