/**
 * "Responds with JSON including some properties of the Quran", "Returns with a list of cities": the verb says how
 * the service answers, not what is wanted; read as a noun it gives "get the responds". The request is what comes
 * back: "Gets some properties of the Quran".
 */
const ANSWERS_WITH = /^(?:responds|replies|answers|returns|provides|comes back|gives back)\s+with\s+(?:(?:(?:a|an|the)\s+)?(?:json|xml|csv|html|plain text|text|data|object|array|response|payload|message)\s+(?:including|containing|with|of|listing|giving|that contains|which contains)\s+)?/i;

export function respondsWith29(sentence: string): string {
  const m = ANSWERS_WITH.exec(sentence.trim());
  if (!m) return sentence;
  const rest = sentence.trim().slice(m[0].length).trim();
  // "Responds with JSON." names nothing: what comes back is the data.
  return rest.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= 2 ? `Gets ${rest}` : 'Gets the data';
}
