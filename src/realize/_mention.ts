/**
 * Values a person states, said as they would say them (QUALITY.md B): a yes/no flag is a phrase about the
 * thing ("it should not be public", "it should be base64-encoded"), not "the public is no"; a count named by
 * an adjective phrase carries its noun ("321 copies available", "77.43 kilometers away").
 */

/** A yes/no value as a clause ("yes, it should be public", "it should not be public"), from the flag's display name. */
export function sayFlag(noun: string, value: boolean): string {
  noun = noun.replace(/ option$/, '');
  const words = noun.toLowerCase().replace(/\bbase (\d+)\b/g, 'base$1').split(/\s+/);
  const first = words[0] ?? '';
  const rest = words.slice(1).join(' ');
  // A true flag says "yes" too: the checker hears a flag's value in yes/no/on/off/not.
  if (first === 'is' && rest) return value ? `yes, it should be ${rest}` : `it should not be ${rest}`;
  if (/^(has|have)$/.test(first) && rest) return value ? `yes, it should have ${rest}` : `it should not have ${rest}`;
  if (/^(include|includes|show|allow|enable|use|return|send|notify|force|skip|keep|exclude|hide|disable)$/.test(first) && rest) {
    const verb = first.replace(/s$/, '');
    return value ? `yes, please ${verb} ${rest}` : `please do not ${verb} ${rest}`;
  }
  // "delivers to location" → "yes, it should deliver to the location": a verb in the third person is a clause.
  if (/^(delivers|supports|accepts|allows|requires|includes|offers|contains|ships|serves|takes|provides)$/.test(first) && rest) {
    const verb = first.replace(/(?<=[^aeiou]h|x|ss)es$|s$/, '');
    const object = /^(to|from|in|at|on)\s+([a-z]+)$/.exec(rest);
    const said = object ? `${object[1]} the ${object[2]}` : rest;
    return value ? `yes, it should ${verb} ${said}` : `it should not ${verb} ${said}`;
  }
  // "base64 encoded" → "base64-encoded"; "public", "verified", "dry run"-like adjectives.
  const last = words[words.length - 1] ?? '';
  // "open now": a state said with "be".
  if (words.length === 2 && /^(open|closed|available)$/.test(first) && rest === 'now') return value ? `yes, it should be ${noun.toLowerCase()}` : `it should not be ${noun.toLowerCase()}`;
  if (words.length <= 3 && (/(ed|able|ible|ive|ic|al|ous|ful|less)$/.test(last) || /^(public|private|free|active|live|open|visible|hidden|draft|enabled|disabled|verified|available|online|paid|default|primary|archived|deleted|completed|read|favorite|favourite)$/.test(last))) {
    const said = words.length > 1 && /ed$/.test(last) ? words.join('-') : words.join(' ');
    return value ? `yes, it should be ${said}` : `it should not be ${said}`;
  }
  return `the ${noun} option should be ${value ? 'on' : 'off'}`;
}

/** "copies available" = 321 → "321 copies available"; "distance in kilometers" = 77.43 → "77.43 kilometers away". */
export function sayCount(noun: string, value: number): string | undefined {
  const distance = /^distance in (\w+)$/.exec(noun);
  if (distance) return `${value} ${distance[1]} away`;
  if (/^\w+s (available|remaining|left|used|sold|booked|found|included)$/.test(noun)) return `${value} ${noun}`;
  return undefined;
}

/** "The it should …" / "the it should …" made a sentence of its own when a flag is the only value stated. */
export function withoutArticleBeforeClause(text: string): string {
  return text.replace(/\b([Tt])he (it should|please|yes, |the )/g, (_m, t: string, rest: string) => (t === 'T' ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest));
}

/** The user's request in the assistant's mouth: "teach my parrot" → "teach your parrot", "help me" → "help you". */
export function asAssistantSays(request: string): string {
  const swap: Record<string, string> = { my: 'your', mine: 'yours', me: 'you', myself: 'yourself', i: 'you', "i'm": "you're", "i've": "you've", our: 'your', us: 'you', ours: 'yours', ourselves: 'yourselves', we: 'you' };
  return request.replace(/\b(my|mine|me|myself|I|I'm|I've|our|us|ours|ourselves|we)\b/gi, (word) => swap[word.toLowerCase()] ?? word);
}
