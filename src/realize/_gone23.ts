/**
 * What a reply says after a removal or a body-less action (QUALITY.md E, F), wave 23. After "Done: I deleted the
 * tag." the deleted record's figures are past ("it had 237 clicks"), and a call that answered nothing (a 204) needs no
 * second sentence saying the request went through: the "Done: I …" already said it.
 */

/** The rest of a reply after its "Done: I …" note: nothing for an empty result, a gone record's figures in the past. */
export function afterDone(rest: string, result: unknown): string {
  if (result !== null && typeof result === 'object' && !Array.isArray(result) && Object.keys(result).length === 0) return '';
  return rest.replace(/\b([Ii]t|[Tt]hey) (has|have) (?=\d)/g, (_m, who: string) => `${who} had `);
}
