/**
 * A bare `name` is named by the record it sits in first (`productCategories[].name` is a category's,
 * `owner.name` a person's, `models[].name` in an aircraft API an aircraft type), then by the operation's
 * resource; only a thing of no known kind gets a brand-like word.
 */
import { kindIn, kindOfName, plainName } from './_names.ts';

const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|value|values|objects?|nodes?|edges?|attributes|meta|metadata|properties|details|info|fields?|sections?|groups?|rows?|docs?|documents?|elements?|children|others?|main|default|extra|root)$/;

export function nameFor(parent: string, context: string): string {
  const own = parent !== '' && !CONTAINER.test(parent) ? kindOfName(parent, context) : undefined;
  return (own ?? kindIn(context))?.make(context) ?? plainName(context);
}
