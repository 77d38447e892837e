/** Misspellings common in API descriptions ("seach for wells"): said right, since the assistant speaks them. */
const TYPOS: Record<string, string> = { seach: 'search', serach: 'search', retreive: 'retrieve', recieve: 'receive', adress: 'address', occured: 'occurred', seperate: 'separate', lenght: 'length', availible: 'available', paramter: 'parameter', wich: 'which', specifc: 'specific', informations: 'information', teh: 'the', aircrafts: 'aircraft', spacecrafts: 'spacecraft' };
const TYPO_WORDS = new RegExp(`\\b(${Object.keys(TYPOS).join('|')})\\b`, 'gi');

export function withoutTypos(text: string): string {
  return text.replace(TYPO_WORDS, (word) => {
    const right = TYPOS[word.toLowerCase()] as string;
    return word[0] === word[0]?.toUpperCase() ? right.charAt(0).toUpperCase() + right.slice(1) : right;
  });
}
