/**
 * What a goodbye thanks for, said short (QUALITY.md G): the request's thing without the description's trailing
 * phrase ("get the observed weather on a past date" → "get the observed weather"), as people thank for what they
 * got, not in the words the operation is documented with. Undefined when what is left names too little.
 */
const TRAIL = / (?:on|for|by|with|from|in|at|near|of|within|during|to|since|between) (?:a|an|the|some|any|all|one|its|their|each)\b.*$/;
const BLAND = /^\S+(?: up)? (?:the |a |an |all |some |all the )?(?:information|info|data|details|results?|list|items?|things?|value|values|output|it|everything|something|one|all)$/i;

export function byeIntent(intent: string): string | undefined {
  const short = intent.replace(TRAIL, '');
  const words = short.split(' ');
  // A long request is the documentation's sentence, and a short one without its thing says nothing.
  if (words.length < 2 || words.length > 6 || BLAND.test(short)) return undefined;
  return short;
}
