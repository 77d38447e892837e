/**
 * Values a field's own description documents (QUALITY.md E, wave 26): Spotify's copyright `type` is "C" or "P"
 * ("`C` = the copyright, `P` = the sound recording (performance) copyright"), a track's `type` is "track" ("The
 * object type: "track""). Such a field never takes another field's vocabulary (the API's `type` filter: "artist",
 * "user"), whatever the API's inputs of its name allow.
 */
import { enumInDescription } from './_vocab.ts';
import { namedTypeIn } from './_field-values.ts';

/** True when `description` names the one value of a type field or lists the values of field `name`. */
export function documentsOwnValues26(description: unknown, name: string): boolean {
  if (typeof description !== 'string' || description === '') return false;
  return namedTypeIn(description) !== undefined || enumInDescription(description, name) !== undefined;
}
