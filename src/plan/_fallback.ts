/**
 * A value for a string no vocabulary rule knows: the spec's example, else one shaped by its name (dimensions,
 * weight, a use, a link, encoded bytes, a frequency, a date bound, an organisation, a reference number), else a
 * neutral label of the field: a numbered label only where things of that kind are numbered ("Lot 12",
 * "Chapter 3"), a reference code otherwise ("ACT-4821"). Never the field's own name with a number posing as a
 * value ("frequency": "Frequency 22", "imageBytes": "Bytes 29"), nor a random dictionary word ("well_class": "sticker").
 */
import { lastNameWord } from './_params.ts';
import type { Rng } from '../random/index.ts';
import { describedWords30 } from './_codes30.ts';

const USES = ['Domestic use', 'Irrigation', 'Commercial use', 'Personal use', 'Testing', 'Research', 'Everyday use'];

const cap = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Values other generators make for the fallback (a person's or a company's name, a date). */
export interface FallbackMakers {
  personName: () => string;
  companyName: () => string;
  date: () => string;
}

/** Things that are numbered in the world: "Lot 35", "Suite 101", "Chapter 3" are real values of such fields. */
const NUMBERED = /^(lot|plan|township|range|suite|unit|apartment|room|floor|level|chapter|section|part|volume|issue|episode|season|page|step|phase|stage|round|week|day|gate|platform|terminal|table|row|seat|lane|track|block|building|bay|dock|ward|district|zone|area|box|version|release|sprint|milestone|module|lesson)$/;
/** Links: a link field holds an address. */
const LINK = /(^|_)(uri|url|link|href|permalink|homepage|website)s?$|(uri|url)$/;
/** Encoded content: bytes and base64 bodies. */
const BYTES = /(^|_)(bytes|base64|blob|binary|b64)$|_(data|content|body)_?base64$/;
const FREQUENCY = /(^|_)(frequency|recurrence|cadence|repeat_interval|schedule_interval)$/;
const DATE_BOUND = /(^|_)(after|before|since|until|not_before|not_after)$/;
const ORGANISATION = /(^|_)(registrar|provider|vendor|supplier|carrier|manufacturer|issuer|maker|operator|insurer|lender|bank|agency|institution|broker|distributor|retailer|merchant)(_name)?$/;
const REFERENCE = /(^|_)(no|nr|num|number|ref|reference|registration|certificate|licen[cs]e|permit|serial|policy|account|invoice|receipt|ticket|case|claim|order|voucher|coupon|tracking)s?$/;
const LEVEL = /(^|_)(demand|supply|productivity|quality|quality_concern|concern|vulnerability|risk|risk_level|severity|priority|importance|impact|urgency|difficulty|intensity|popularity|competition|volatility|liquidity|exposure|threat|threat_level)$/;
const VISIBILITY = /(^|_)(visibility|privacy|access|audience)$/;
const CONDITION = /(^|_)condition$/;

const IMAGE_BASE64 = ['iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk', '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL'];
const FILE_BASE64 = ['JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJl', 'UEsDBBQABgAIAAAAIQDfpNJsWgEAACAFAAATAAgCW0NvbnRlbnRfVHlwZXNd'];

/** A reference code from the field's name: "activity" -> "ACT-4821" (its first letter and next consonants). */
function referenceCode(noun: string, rng: Rng): string {
  const letters = noun.replace(/[^a-z]/g, '');
  const tail = letters.slice(1).replace(/[aeiou]/g, '');
  const prefix = `${letters.charAt(0)}${tail.slice(0, 2)}`.toUpperCase() || 'REF';
  return `${prefix.length >= 2 ? prefix : `${prefix}R`}-${rng.int(1000, 99999)}`;
}

/** Names that say nothing of their value: the operation's words say what it is ("get latest media uri" → a link). */
const GENERIC_NAME = /^(value|result|item|data|answer|output|response|m|v|r)$/;

export function fallbackString(name: string, parent: string, examples: readonly unknown[], rng: Rng, makers: FallbackMakers, context = ''): string {
  const example = examples.find((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 80);
  if (example !== undefined) return example;
  const n = lastNameWord(name);
  const last = n.split('_').filter((w) => w !== '').pop() ?? 'item';
  // A count kept as a string ("estimatedResults") is digits, never a code read out as "the estimated results are ITM-17260".
  if (/(^|_)(estimated|total|approximate|num|number_of)_(results?|hits?|match(es)?|items?|records?)$|(^|_)(result|hit|match)_count$/.test(n)) return String(rng.int(12, 48000));
  const letter = rng.pick(['A', 'B', 'C', 'D']);
  // An activity, a practice, a group's name is words, never a code ("ACT-39370").
  const words = describedWords30(n, lastNameWord(parent), context, rng);
  if (words !== undefined) return words;
  if (/dimensions?|size$/.test(n)) return `${rng.int(5, 60)} x ${rng.int(5, 40)} x ${rng.int(2, 20)} cm`;
  if (/weight/.test(n)) return `${(rng.int(2, 150) / 10).toFixed(1)} kg`;
  if (/(^|_)uses?$|usage$|purpose$/.test(n)) return rng.pick(USES);
  if (/(_by|author|creator|editor|assignee|reporter|reviewer|approver|requester|sender|recipient)$/.test(n)) return makers.personName();
  // A mailbox is an address; an ISRC is a country, registrant, year and number ("USUM71703861"); a snippet or an
  // excerpt is words, never a code ("snippet": "SNP-73839").
  if (/(^|_)mailbox$/.test(n)) return `${rng.pick(['info', 'support', 'sales', 'hello', 'office'])}@${rng.pick(['example.com', 'example.org', 'example.net'])}`;
  if (/(^|_)isrc$/.test(n)) return `${rng.pick(['US', 'GB', 'DE', 'FR', 'SE'])}${rng.pick(['UM7', 'SM1', 'AT2', 'RC1', 'WB1'])}${rng.int(10, 25)}${rng.int(10000, 99999)}`;
  if (/(^|_)(snippet|excerpt|preview_text|teaser)$/.test(n)) return rng.pick(['A short guide with the main facts and where to learn more.', 'An overview of the topic, updated this year, with tips and answers to common questions.', 'Everything you need to know, explained step by step.']);
  if (/(attached|enabled|active|verified|required|available|flag)$/.test(n)) return rng.pick(['Yes', 'No']);
  if (/(^|_)tlds?$/.test(n)) return rng.pick(['.com', '.org', '.net', '.io', '.pt', '.de', '.co.uk']);
  // A score or count kept as text is still a number ("metascore": "72").
  if (/(score|rating|votes|count|total|percent|percentage)$/.test(n)) return String(rng.int(1, 99));
  // How many results a search found ("results_found": "1240"), never a code.
  if (/(^|_)(found|results_found|hits|matches|total_results|num_results)$/.test(n)) return String(rng.int(120, 98000));
  if (LINK.test(n) || (GENERIC_NAME.test(n) && /\b(uri|url|link|permalink)s?\b/.test(context.toLowerCase()))) return `https://${rng.pick(['media', 'cdn', 'files', 'www'])}.${rng.pick(['example.com', 'example.org', 'example.net'])}/${(lastNameWord(parent).split('_').pop() || 'item').replace(/[^a-z0-9]/g, '') || 'item'}/${rng.int(10000, 999999)}`;
  if (BYTES.test(n)) return rng.pick(/image|photo|picture|thumbnail|cover|avatar|icon/.test(`${n} ${lastNameWord(parent)}`) ? IMAGE_BASE64 : FILE_BASE64);
  if (FREQUENCY.test(n)) return rng.pick(['daily', 'weekly', 'monthly']);
  if (DATE_BOUND.test(n)) return makers.date();
  if (ORGANISATION.test(n)) return makers.companyName();
  if (VISIBILITY.test(n)) return rng.pick(['public', 'private']);
  if (CONDITION.test(n)) return rng.pick(/product|item|listing|offer|book|car|vehicle/.test(`${n} ${lastNameWord(parent)}`) ? ['New', 'Used', 'Refurbished'] : ['Good', 'Fair', 'Excellent']);
  // A measure's text for display ("distance": {"value": 12400, "text": "12.4 km"}).
  if (/(^|_)(display|formatted|text|readable|human)(_value|_text)?$/.test(n)) {
    const measure = lastNameWord(parent);
    if (/distance|length|radius|range/.test(measure)) return `${(rng.int(5, 400) / 10).toFixed(1)} km`;
    if (/duration|time|eta|travel/.test(measure)) return `${rng.int(5, 95)} mins`;
  }
  if (/(class|type|kind|category|grade|tier|level|group)$/.test(n)) return `${cap(last)} ${letter}`;
  if (/(label|tag)s?$/.test(n)) return rng.pick(['Priority', 'Review', 'Archive', 'Follow-up', 'Important']);
  const noun = last.length >= 3 && !/^(value|string|data|text|info|field|item|result)$/.test(last) ? last : lastNameWord(parent).split('_').pop() || 'item';
  if (NUMBERED.test(noun.replace(/s$/, ''))) return `${cap(noun.replace(/s$/, ''))} ${rng.int(1, 40)}`;
  if (REFERENCE.test(n)) return referenceCode(n.split('_')[0] ?? noun, rng);
  // A measure of how much (demand, risk, a quality concern) is a level, a material a material, a copyright a
  // notice: never a code ("the vulnerability is VLN-40817").
  if (LEVEL.test(n)) return rng.pick(['High', 'Medium', 'Low']);
  // The parts of a `sentiment` record are each a sentiment ("sentiment": {"article": "positive"}).
  if (/(^|_)sentiments?$/.test(n) || /(^|_)sentiments?$/.test(lastNameWord(parent))) return rng.pick(['positive', 'neutral', 'negative']);
  if (/(^|_)awards?$/.test(n)) return `${rng.int(1, 12)} wins & ${rng.int(2, 30)} nominations`;
  if (/(^|_)(criteria|criterias|criterion)$/.test(n)) return rng.pick(['Ease of use', 'Value for money', 'Features', 'Customer support', 'Reliability']);
  if (/(^|_)materials?$/.test(n)) return rng.pick(['Cotton', 'Stainless steel', 'Oak', 'Leather', 'Aluminium', 'Glass', 'Recycled plastic']);
  if (/(^|_)copyright$/.test(n)) return `© ${rng.int(2005, 2025)} ${makers.companyName()}`;
  return referenceCode(noun, rng);
}
