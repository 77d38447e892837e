/**
 * A bare `name` is named by the record it sits in first (`productCategories[].name` is a category's,
 * `owner.name` a person's, `models[].name` in an aircraft API an aircraft type), then by the operation's
 * resource; only a thing of no known kind gets a brand-like word.
 */
import { faker } from './_faker.ts';
import { BRAND_WORDS, kindIn, kindOfName, plainName } from './_names.ts';
import { sportName } from './_sport18.ts';

const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|value|values|objects?|nodes?|edges?|attributes|meta|metadata|properties|details|info|fields?|sections?|groups?|rows?|docs?|documents?|elements?|children|others?|main|default|extra|root)$/;

/** A status's name is a state of work ("In Progress"), never a brand word. */
const STATUS_NAMES = ['To Do', 'In Progress', 'In Review', 'Done', 'Open', 'Closed', 'Blocked', 'Resolved'];

export function nameFor(parent: string, context: string): string {
  const known = parent !== '' && !CONTAINER.test(parent);
  if (known && /^(status|statuses|states?)$/.test(parent)) return faker.helpers.arrayElement(STATUS_NAMES);
  // A category's sport is the sport above it, not another category of the same API.
  if (known && /^(sport|sports|parent_sport)$/.test(parent)) return sportName(context);
  const own = known ? kindOfName(parent, context) : undefined;
  // A record of no known kind is named as its own noun says (`filters[].name` → "Support Filter"), not by the operation's.
  return (own ?? kindIn(context))?.make(context) ?? plainName(known ? `${context} ${parent.replace(/_/g, ' ')}` : context);
}

/**
 * A name of no known kind gives way to the spec's own example of the field ("Lithium Hydroxide" for a futures asset,
 * not "Beacon"); the caller passes none for list items, which would all share it.
 */
export function exampleOverBrand(word: string | undefined, examples: readonly unknown[]): string | undefined {
  if (word === undefined || !BRAND_WORDS.includes(word)) return word;
  const example = examples.find((v): v is string => typeof v === 'string' && v.trim().length > 1 && v.length <= 60 && !/^(string|name|test|example|sample)$/i.test(v.trim()));
  return example?.trim() ?? word;
}
