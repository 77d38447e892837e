/**
 * What a goodbye thanks for, said short (QUALITY.md G): the request's thing without the description's trailing
 * phrase ("get the observed weather on a past date" → "get the observed weather"), as people thank for what they
 * got, not in the words the operation is documented with. Undefined when what is left names too little.
 */
// "for a title", "on a past date": a placeholder for what the user gave; "from the bible" names the thing and stays.
const TRAIL = / (?:on|for|by|with|from|in|at|near|of|within|during|to|since|between|over) (?:a|an|some|any|one|each)\b.*$/;
// "orders by email", "articles by date", "products from different categories": how the things were found or
// which kinds the list spans is the operation's summary; the user thanks for the things ("the orders").
const BARE_BY = / by (?!its\b|their\b|the\b|a\b|an\b)[a-z]+(?: [a-z]+)?$| from (?:different|various|multiple|several|many|all) [a-z]+$/;
function withoutHowFound30(intent: string): string {
  // "search companies by name": a search is said by what it is typed by, as people say it.
  return /^search\b/.test(intent) ? intent : intent.replace(BARE_BY, '');
}
const DANGLING31 = /(?: [a-z]+)? (?:or|and|nor)$/;
const BLAND = /^\S+(?: up)? (?:the |a |an |all |some |all the )?(?:information|info|data|details|results?|list|items?|things?|value|values|output|it|everything|something|one|all)$/i;

export function byeIntent(said: string): string | undefined {
  const intent = withoutHowFound30(said);
  const trail = TRAIL.exec(intent);
  // "remove a user from an issue's watcher list": where an action moves a thing is part of it, never cut off.
  // "check the status of a job application": whose status is the thing itself ("check the status" says nothing).
  if (trail && /^ (?:from|to|into|of)\b/.test(trail[0])) return undefined;
  // "list top songs globally or for a country": the trail was one half of an alternative; "globally or" left
  // dangling is no English, so the alternative goes whole ("list top songs").
  const short = trail ? intent.slice(0, trail.index).replace(DANGLING31, '') : intent;
  const words = short.split(' ');
  // A long request is the documentation's sentence, and a short one without its thing says nothing.
  if (words.length < 2 || words.length > 7 || BLAND.test(short)) return undefined;
  return short;
}
