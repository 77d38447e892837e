/**
 * A path parameter with a bare name right after its collection (`/wells/{tag}/files`, `/projects/{key}`,
 * `/countries/{code}`) names that collection's record: "the well tag", "the project key", never a bare "the tag"
 * (a person asked "what is the tag?" would not know what of). Wave 35.
 */
import pluralize from 'pluralize';

const BARE = /^(tag|key|code|ref|slug|handle|number|no|num)$/;

export function pathOwnedNoun35(param: string, op: { path: string } | undefined): string | undefined {
  if (!op || !BARE.test(param)) return undefined;
  const m = new RegExp(`/([a-z][a-z-]*[a-z])/\\{${param}\\}(?:/|$)`).exec(op.path);
  const collection = m?.[1];
  if (collection === undefined || !pluralize.isPlural(collection)) return undefined;
  const owner = pluralize.singular(collection).replace(/-/g, ' ');
  return owner === param ? undefined : `${owner} ${param === 'no' || param === 'num' ? 'number' : param}`;
}
