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

  /** Adds a document (its tokens); returns its id. */
  add(tokens: string[]): number {
    const counts = new Map<number, number>();
    for (const token of tokens) {
      let id = this.termIds.get(token);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(token, id);
        this.docFrequency.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const terms = Uint32Array.from([...counts.keys()].sort((a, b) => a - b));
    const tf = Uint16Array.from(terms, (t) => Math.min(65535, counts.get(t)!));
    for (const t of terms) this.docFrequency[t]!++;
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
