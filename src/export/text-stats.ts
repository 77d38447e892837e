/**
 * Figures about the words of a dataset, for `dialforge stats`: how varied the utterances are (distinct-1/2,
 * share of exact repeats, the most repeated ones) and how many texts carry what no person says (markdown or
 * HTML, an operation id or API slug). Counts over every user and assistant `text`; the markup and identifier
 * checks also read the assistant's `thought` and the retriever `query`.
 */
import type { DialogueRecord } from '../plan/index.ts';
import { isEnglish } from '../language/plain.ts';

export interface TextStats {
  /** User and assistant texts counted. */
  utterances: number;
  /** Unique tokens / all tokens, unique token pairs / all pairs, over all utterances. */
  distinct1: number;
  distinct2: number;
  /** Share of utterances whose exact wording (case and spacing aside) occurs more than once in the dataset. */
  repeatedShare: number;
  /**
   * Where the word pairs are, per action (request, response, user_bye…), most pairs first: the action's
   * share of all pairs and its own distinct-2. An action with a large share and a low ratio is where stock
   * wording costs the dataset its variety.
   */
  byAction: { action: string; utterances: number; pairShare: number; distinct2: number }[];
  /** The wordings repeated most, with their counts. */
  mostRepeated: { text: string; count: number }[];
  /** Texts (utterances, thoughts) and retriever queries with markdown or HTML. */
  markup: { texts: number; queries: number; examples: string[] };
  /** Texts and queries that contain an operation id or API slug of their own record. */
  identifiers: { texts: number; queries: number; examples: string[] };
  /** Texts and queries in another language (a detector's verdict, or a non-Latin script). */
  notEnglish: { texts: number; queries: number; examples: string[] };
}

/** Markdown emphasis, code, links, headings, list bullets at a line start; HTML tags and entities. */
const MARKUP = /\*\*|__\w|`|\[[^\]]*\]\([^)]*\)|(^|\n)\s{0,3}#{1,6}\s|(^|\n)\s*[-*+]\s|<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(amp|lt|gt|quot|nbsp|#\d+);/i;

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** An identifier a person would not say: has `_`, a `-` or `.` between words, or a capital inside a word. */
function isCodeName(token: string): boolean {
  return /[a-z0-9][_.][a-z0-9]|[a-z]-[a-z]|[a-z][A-Z]/.test(token) || token.includes('__');
}

/** Operation ids and API slugs of one record that would betray a text built from identifiers. */
export function identifierTokens(record: Pick<DialogueRecord, 'operations'>): string[] {
  const found = new Set<string>();
  for (const id of Object.keys(record.operations)) {
    found.add(id);
    const dot = id.indexOf('.');
    const slug = dot > 0 ? id.slice(0, dot) : '';
    const name = dot > 0 ? id.slice(dot + 1) : id;
    if (slug && isCodeName(slug)) found.add(slug);
    if (isCodeName(name)) found.add(name);
  }
  return [...found].filter((t) => t.length >= 4);
}

export function containsIdentifier(text: string, tokens: readonly string[]): boolean {
  for (const token of tokens) {
    const at = text.indexOf(token);
    if (at < 0) continue;
    const before = text[at - 1] ?? ' ';
    const after = text[at + token.length] ?? ' ';
    if (!/[\w-]/.test(before) && !/[\w-]/.test(after)) return true;
  }
  return false;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export class TextStatsCounter {
  private utterances = 0;
  private tokens = 0;
  private pairs = 0;
  private readonly unigrams = new Set<string>();
  private readonly bigrams = new Set<string>();
  private readonly wordings = new Map<string, number>();
  private readonly actions = new Map<string, { utterances: number; pairs: number; bigrams: Set<string> }>();
  private readonly markup = { texts: 0, queries: 0, examples: [] as string[] };
  private readonly identifiers = { texts: 0, queries: 0, examples: [] as string[] };
  private readonly notEnglish = { texts: 0, queries: 0, examples: [] as string[] };

  add(record: DialogueRecord): void {
    const ids = identifierTokens(record);
    for (const turn of record.turns) {
      if (turn.speaker === 'tool') continue;
      const text = turn.text;
      if (text) this.addUtterance(text, turn.action);
      const texts = [text, turn.speaker === 'assistant' ? turn.thought : undefined].filter((t): t is string => !!t);
      for (const t of texts) this.check(t, ids, 'texts', record.id);
      if (turn.speaker === 'assistant' && turn.query) this.check(turn.query, ids, 'queries', record.id);
    }
  }

  private addUtterance(text: string, action: string): void {
    this.utterances++;
    let own = this.actions.get(action);
    if (!own) this.actions.set(action, (own = { utterances: 0, pairs: 0, bigrams: new Set() }));
    own.utterances++;
    const normal = text.toLowerCase().replace(/\s+/g, ' ').trim();
    this.wordings.set(normal, (this.wordings.get(normal) ?? 0) + 1);
    const words = normal.match(TOKEN) ?? [];
    this.tokens += words.length;
    for (let i = 0; i < words.length; i++) {
      this.unigrams.add(words[i]!);
      if (i > 0) {
        const pair = `${words[i - 1]} ${words[i]}`;
        this.pairs++;
        this.bigrams.add(pair);
        own.pairs++;
        own.bigrams.add(pair);
      }
    }
  }

  private check(text: string, ids: readonly string[], where: 'texts' | 'queries', recordId: string): void {
    if (hasMarkup(text)) {
      this.markup[where]++;
      if (this.markup.examples.length < 5) this.markup.examples.push(`${recordId}: ${text.slice(0, 160)}`);
    }
    if (containsIdentifier(text, ids)) {
      this.identifiers[where]++;
      if (this.identifiers.examples.length < 5) this.identifiers.examples.push(`${recordId}: ${text.slice(0, 160)}`);
    }
    if (!isEnglish(text)) {
      this.notEnglish[where]++;
      if (this.notEnglish.examples.length < 5) this.notEnglish.examples.push(`${recordId}: ${text.slice(0, 160)}`);
    }
  }

  result(top = 10): TextStats {
    let repeated = 0;
    for (const count of this.wordings.values()) if (count > 1) repeated += count;
    const mostRepeated = [...this.wordings]
      .filter(([, c]) => c > 1)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, top)
      .map(([text, count]) => ({ text, count }));
    const ratio = (a: number, b: number): number => (b > 0 ? Math.round((a / b) * 1000) / 1000 : 0);
    return {
      utterances: this.utterances,
      distinct1: ratio(this.unigrams.size, this.tokens),
      distinct2: ratio(this.bigrams.size, this.pairs),
      repeatedShare: ratio(repeated, this.utterances),
      byAction: [...this.actions]
        .sort(([a, x], [b, y]) => y.pairs - x.pairs || (a < b ? -1 : 1))
        .map(([action, a]) => ({ action, utterances: a.utterances, pairShare: ratio(a.pairs, this.pairs), distinct2: ratio(a.bigrams.size, a.pairs) })),
      mostRepeated,
      markup: this.markup,
      identifiers: this.identifiers,
      notEnglish: this.notEnglish,
    };
  }
}

export function formatTextStats(t: TextStats): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `utterances: ${t.utterances}; distinct-1 ${t.distinct1}, distinct-2 ${t.distinct2}; repeated wordings ${pct(t.repeatedShare)} of utterances`,
    `texts with markdown/HTML: ${t.markup.texts} (retriever queries: ${t.markup.queries})`,
    ...t.markup.examples.map((e) => `  e.g. ${e}`),
    `texts with an operation id or API slug: ${t.identifiers.texts} (retriever queries: ${t.identifiers.queries})`,
    ...t.identifiers.examples.map((e) => `  e.g. ${e}`),
    `texts not in English: ${t.notEnglish.texts} (retriever queries: ${t.notEnglish.queries})`,
    ...t.notEnglish.examples.map((e) => `  e.g. ${e}`),
  ];
  if (t.byAction.length > 0) {
    lines.push('word pairs by action (share of all pairs, the action\'s own distinct-2):');
    for (const a of t.byAction) lines.push(`  ${a.action.padEnd(28)} ${String(a.utterances).padStart(6)} utterances  ${pct(a.pairShare).padStart(6)}  ${a.distinct2}`);
  }
  if (t.mostRepeated.length > 0) {
    lines.push('most repeated utterances:');
    for (const r of t.mostRepeated) lines.push(`  ${String(r.count).padStart(6)}  ${r.text}`);
  }
  return lines.join('\n');
}
