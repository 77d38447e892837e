/**
 * What a goodbye thanks for, said short (QUALITY.md G): the request's thing without the description's trailing
 * phrase ("get the observed weather on a past date" → "get the observed weather"), as people thank for what they
 * got, not in the words the operation is documented with. Undefined when what is left names too little.
 */
// "for a title", "on a past date": a placeholder for what the user gave; "from the bible" names the thing and stays.
const TRAIL = / (?:on|for|by|with|from|in|at|near|of|within|during|to|since|between|over) (?:a|an|some|any|one|each)\b.*$/;
const BLAND = /^\S+(?: up)? (?:the |a |an |all |some |all the )?(?:information|info|data|details|results?|list|items?|things?|value|values|output|it|everything|something|one|all)$/i;

export function byeIntent(intent: string): string | undefined {
  const trail = TRAIL.exec(intent);
  // "remove a user from an issue's watcher list": where an action moves a thing is part of it, never cut off.
  // "check the status of a job application": whose status is the thing itself ("check the status" says nothing).
  if (trail && /^ (?:from|to|into|of)\b/.test(trail[0])) return undefined;
  const short = trail ? intent.slice(0, trail.index) : intent;
  const words = short.split(' ');
  // A long request is the documentation's sentence, and a short one without its thing says nothing.
  if (words.length < 2 || words.length > 7 || BLAND.test(short)) return undefined;
  return short;
}
