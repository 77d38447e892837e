/**
 * Documentation wording that a summary keeps but a person asking never says (QUALITY.md G), wave 22: "fetch a PGA
 * Tour player by his last name" (a person says "by last name"), "search for exact business unit by domain name"
 * (the documentation's promise, not the wish: "search for the business unit …"), "get the orders using the filter
 * query" (how the API filters is no part of what is asked: "get the orders").
 */

const POSSESSIVE_KEY = /\bby (?:his|her|their|its|his or her|his\/her) (?=[a-z])/gi;
const EXACT = /\b(for |find |search |get |fetch |look up )?(?:an? |the )?exact (?=[a-z])/gi;
const HOW_FILTERED = /\s+(?:using|with|by|based on|via|through|according to) (?:the |a |an )?(?:given |specified |provided |supplied |optional )?(?:filter query|filters?|query(?: string)?(?: parameters?)?|parameters?|criteria|search criteria)$/i;

export function spokenRequest22(phrase: string): string {
  if (!/\b(?:by|exact|using|with|based|via|through|according)\b/i.test(phrase)) return phrase;
  return phrase
    .replace(POSSESSIVE_KEY, 'by ')
    .replace(EXACT, (_m, verb: string | undefined) => (verb ? `${verb}the ` : ''))
    .replace(HOW_FILTERED, '');
}
