/**
 * A company's trade word and its industry agree (QUALITY.md E, wave 28): "Silva Media" is no manufacturer. The
 * trade words are those companyName() of _names.ts draws; a word that names no trade (Group, Holdings) fits any.
 */

/** Trade words and the industries (names or filter codes) each fits. */
const TRADE_FITS: readonly [RegExp, RegExp][] = [
  [/\bMedia$/, /media|entertain|publish|market|advertis|broadcast|film|music|news|communicat|creative|tech|internet|digital/i],
  [/\bLabs$/, /tech|software|research|science|bio|pharma|health|engineer|^it\b|information|internet|data/i],
  [/\bDigital$/, /tech|software|media|market|advertis|internet|digital|^it\b|information|commerce|communicat/i],
  [/\bNetworks$/, /telecom|network|tech|media|broadcast|communicat|internet|^it\b|information/i],
];
const NEUTRAL = ['Group', 'Holdings', 'Partners'];
/** Industries each trade word names, as filter codes, most common first. */
const TRADE_CODES: readonly string[][] = [['media', 'entertainment', 'marketing', 'publishing'], ['technology', 'software', 'research'], ['technology', 'software', 'marketing', 'media'], ['telecommunications', 'technology', 'media']];

/** An industry that fits the name's trade word, among `allowed` when the API lists them; undefined when it fits already or none does. */
export function industryForName(name: string, industry: string, allowed: readonly unknown[] | undefined): string | undefined {
  const at = TRADE_FITS.findIndex(([word]) => word.test(name));
  if (at < 0 || TRADE_FITS[at]![1].test(industry)) return undefined;
  if (allowed !== undefined) return allowed.find((v): v is string => typeof v === 'string' && TRADE_FITS[at]![1].test(v));
  const code = TRADE_CODES[at]![0]!;
  return /^[a-z_]+$/.test(industry) ? code : code[0]!.toUpperCase() + code.slice(1);
}

/** The company name with a trade word that fits `industry` (its trade word made neutral); undefined when it fits already. */
export function nameForIndustry(name: string, industry: string): string | undefined {
  const trade = TRADE_FITS.find(([word]) => word.test(name));
  if (trade === undefined || trade[1].test(industry)) return undefined;
  return name.replace(trade[0], NEUTRAL[name.length % NEUTRAL.length]!);
}

const NAME_ARG = /^(name|company|company_?name|companyName|employer|employer_?name|organization|organisation)$/;
const INDUSTRY_ARG = /^(industry|sector|industry_?name)$/i;

/** A call's company name and industry agree: the name's trade word gives way to the industry the user named. */
export function companyFitsIndustry28(values: Map<string, unknown>): void {
  let industry: string | undefined;
  for (const [k, v] of values) if (INDUSTRY_ARG.test(k) && typeof v === 'string') industry = v;
  if (industry === undefined) return;
  for (const [k, v] of values) {
    if (!NAME_ARG.test(k) || typeof v !== 'string') continue;
    const fixed = nameForIndustry(v, industry);
    if (fixed !== undefined) values.set(k, fixed);
  }
}
