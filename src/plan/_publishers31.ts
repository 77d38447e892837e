/**
 * A publisher is one of its trade (QUALITY.md E), wave 31. A news article "published by Marty SAS" or an audiobook
 * of Things Fall Apart "published by Schoen Holdings" teaches that any company publishes anything: the made-up
 * company name a generic name field draws ("<surname> Holdings", "<surname> S.r.l.") becomes
 * - for a news article (a headline beside a publication time), a news outlet (a financial one for market news);
 * - for a book or an audiobook (an ISBN, an edition, narrators, `type: "audiobook"`), a publishing house of the
 *   record's language (English where it names none).
 * Real names (from the spec's examples: "Motley Fool", "Reuters") and values a later call reads (pinned) are kept.
 * The outlet is chosen by the headline, never by the rng, so nothing else of the dialogue moves.
 */
import type { Operation } from '../specs/types.ts';
import { PUBLISHERS_BY_LANGUAGE, languageCode25 } from '../world/index.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fields that name who published a record. */
const PUBLISHER = /^(publisher|publisher_?name|source|source_?name|outlet)$/i;
/** A company name as the mock makes them: a surname and a company word or legal form. */
const MADE_UP = /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)? (Group|Media|Labs|Partners|Holdings|Digital|Networks|& Co\.|Inc\.|LLC|Corp\.|Ltd\.?|plc|Plc|DAC|Pty Ltd|\(Pty\) Ltd|GmbH|AG|SA|SAS|SARL|NV|BV|B\.V\.|N\.V\.|S\.A\.|S\.à r\.l\.|S\.L\.|Lda\.|S\.p\.A\.|S\.r\.l\.|AB|AS|ASA|A\/S|ApS|Oy|Oyj|ehf\.|hf\.|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|Kft\.|Zrt\.|A\.Ş\.|Ltd\. Şti\.|K\.K\.|Co\., Ltd\.|Pte\. Ltd\.|Sdn\. Bhd\.|Bhd\.|JSC|PT|Tbk|Pvt\. Ltd\.|S\.A\.E\.|FZE|S\.A\. de C\.V\.|S\.R\.L\.)$/u;
const HEADLINE = /^(title|headline|name)$/i;
const PUBLISHED = /^(published|published_?(at|on|date|time)|publish_?(date|time)|pub_?date|date_?published|datetime_?published|provider_?publish_?time)$/i;
const BOOK_SIGN = /^(isbn(_?1[03])?|edition|editions|narrators?|authors?|number_of_pages|page_?count)$/i;
const BOOK_TYPE = /^(audiobook|book|ebook|edition)$/i;
const LANGUAGE = /^(language|lang|language_?code|languages)$/i;
const FINANCE = /financ|stock|market|quote|invest|trading|crypto|coin|ticker|earnings|forex|schwab|yahoo|bloomberg|seeking/i;

const GENERAL_OUTLETS = ['Reuters', 'Associated Press', 'BBC News', 'The Guardian', 'CNN', 'NPR'];
const FINANCE_OUTLETS = ['Reuters', 'Bloomberg', 'CNBC', 'MarketWatch', 'Financial Times', 'The Wall Street Journal'];

/** A stable small number of a text: which outlet or house a record gets. */
function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** The houses that publish a book of the record's language (English where it names none). */
function housesFor(record: Json): readonly string[] {
  const key = Object.keys(record).find((k) => LANGUAGE.test(k));
  const value = key !== undefined ? record[key] : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  const code = typeof first === 'string' ? languageCode25(first) : undefined;
  return (code !== undefined ? PUBLISHERS_BY_LANGUAGE[code] : undefined) ?? PUBLISHERS_BY_LANGUAGE.en!;
}

/** The trade's name for one record whose publisher is made up, or undefined when it is no article or book. */
function tradeName(record: Json, keys: readonly string[], finance: boolean, used: Set<string>): string | undefined {
  const headline = keys.find((k) => HEADLINE.test(k) && typeof record[k] === 'string');
  const label = headline !== undefined ? (record[headline] as string) : JSON.stringify(record).slice(0, 60);
  const book = keys.some((k) => BOOK_SIGN.test(k)) || (typeof record.type === 'string' && BOOK_TYPE.test(record.type));
  if (book) {
    return distinct(housesFor(record), hashOf(label), used);
  }
  if (headline === undefined || !keys.some((k) => PUBLISHED.test(k))) return undefined;
  return distinct(finance ? FINANCE_OUTLETS : GENERAL_OUTLETS, hashOf(label), used);
}

/** The name at `start`, else the next one this result has not given yet (three articles, three outlets). */
function distinct(names: readonly string[], start: number, used: Set<string>): string {
  let name = names[start % names.length]!;
  for (let i = 1; i < names.length && used.has(name); i++) name = names[(start + i) % names.length]!;
  used.add(name);
  return name;
}

/** Applies the rule of the file comment to a read's result (one walk; records without a publisher cost a key scan). */
export function settlePublishers31(result: unknown, operation: Pick<Operation, 'effect' | 'name' | 'path' | 'description' | 'api'>, pinned: ReadonlySet<string>): void {
  if (operation.effect !== 'read' || result === null || typeof result !== 'object') return;
  let finance: boolean | undefined;
  const used = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const keys = Object.keys(value);
    for (const key of keys) {
      const v = value[key];
      if (typeof v === 'string') {
        if (!PUBLISHER.test(key) || !MADE_UP.test(v) || pinned.has(JSON.stringify(v))) continue;
        finance ??= FINANCE.test(`${operation.api?.title ?? ''} ${operation.name} ${operation.path} ${operation.description ?? ''}`);
        const name = tradeName(value, keys, finance, used);
        if (name !== undefined) value[key] = name;
      } else if (v !== null && typeof v === 'object') visit(v, depth + 1);
    }
  };
  visit(result, 0);
}
