/**
 * TF-IDF cosine between short documents (a field's path and description, a param's name and description).
 * Written here because the pairwise cosine of two given documents over the whole corpus' IDF is a few
 * lines, while the text-search libraries answer ranked queries, not pair scores.
 */
export class TfIdfSpace {
  private readonly termIds = new Map<string, number>();
  private readonly docTerms: Uint32Array[] = [];
  private readonly docCounts: Uint16Array[] = [];
  private docFrequency: number[] = [];
  private weights: Float32Array[] = [];
  private finalized = false;

  private readonly cached = new Map<string, { terms: Uint32Array; tf: Uint16Array }>();

  /**
   * Adds a document known by `key` (the same key, the same tokens): the second time, its term list is
   * reused instead of rebuilt. Same result as `add(tokens())`.
   */
  addKeyed(key: string, tokens: () => string[]): number {
    const known = this.cached.get(key);
    if (!known) {
      const id = this.add(tokens());
      this.cached.set(key, { terms: this.docTerms[id]!, tf: this.docCounts[id]! });
      return id;
    }
    for (const t of known.terms) this.docFrequency[t]!++;
    this.docTerms.push(known.terms);
    this.docCounts.push(known.tf);
    return this.docTerms.length - 1;
  }

  /** Adds a document (its tokens); returns its id. */
  add(tokens: string[]): number {
    const ids = new Array<number>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let id = this.termIds.get(token);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(token, id);
        this.docFrequency.push(0);
      }
      ids[i] = id;
    }
    ids.sort((a, b) => a - b);
    // Runs of equal ids are the term counts.
    let distinct = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) distinct++;
    const terms = new Uint32Array(distinct);
    const tf = new Uint16Array(distinct);
    let at = -1;
    for (let i = 0; i < ids.length; i++) {
      if (i === 0 || ids[i] !== ids[i - 1]) {
        at++;
        terms[at] = ids[i]!;
        this.docFrequency[ids[i]!]!++;
      }
      if (tf[at]! < 65535) tf[at]!++;
    }
    this.docTerms.push(terms);
    this.docCounts.push(tf);
    return this.docTerms.length - 1;
  }

  /** Computes the unit-length TF-IDF vectors; call once after the last `add`. */
  finalize(): void {
    const n = this.docTerms.length;
    this.weights = this.docTerms.map((terms, d) => {
      const counts = this.docCounts[d]!;
      const w = new Float32Array(terms.length);
      let norm = 0;
      for (let i = 0; i < terms.length; i++) {
        const idf = Math.log(1 + n / this.docFrequency[terms[i]!]!);
        const v = (1 + Math.log(counts[i]!)) * idf;
        w[i] = v;
        norm += v * v;
      }
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < w.length; i++) w[i]! /= norm;
      return w;
    });
    this.docCounts.length = 0;
    this.cached.clear();
    this.finalized = true;
  }

  /** The `k` terms of a document with the highest weight (its most telling words), as term ids. */
  topTerms(doc: number, k: number): number[] {
    const terms = this.docTerms[doc]!;
    const w = this.weights[doc]!;
    return [...terms.keys()].sort((i, j) => w[j]! - w[i]! || terms[i]! - terms[j]!).slice(0, k).map((i) => terms[i]!);
  }

  cosine(a: number, b: number): number {
    if (!this.finalized) throw new Error('TfIdfSpace.cosine before finalize');
    const ta = this.docTerms[a]!;
    const tb = this.docTerms[b]!;
    const wa = this.weights[a]!;
    const wb = this.weights[b]!;
    let i = 0;
    let j = 0;
    let sum = 0;
    while (i < ta.length && j < tb.length) {
      const x = ta[i]!;
      const y = tb[j]!;
      if (x === y) {
        sum += wa[i]! * wb[j]!;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return Math.min(1, sum);
  }
}
