/**
 * "Get all product reviews on Amazon": a summary's "all … on <Platform>" is the catalogue's boast, never what one call
 * gets; one call reads one thing's list ("the reviews of a product", QUALITY.md G).
 */
const ALL_ON_PLATFORM = /^(\w+) all (?:the )?([a-z]+ )?([a-z]{3,}s) (?:on|from|at) (?:the )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?$/;

/** The request without the summary's "all … on <Platform>"; a compound's first noun becomes whose list it is. */
export function withoutAllOnPlatform(phrase: string): string {
  return phrase.replace(ALL_ON_PLATFORM, (_m, verb: string, owner: string | undefined, things: string) =>
    owner && !/^(?:the|all|new|top|best|latest|recent)\s$/.test(owner) ? `${verb} the ${things} of a ${owner.trim()}` : `${verb} the ${owner ?? ''}${things}`);
}
