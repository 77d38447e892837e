/** Small arithmetic of figures: rates, precision/recall/F1, per-group tallies, operation names. */
import { createHash } from 'node:crypto';
import { baseFunctionName, type EvalItem } from '../export/index.ts';
import type { Figure } from './types.ts';

export function rate(hits: number, n: number, better: Figure['better'] = 'higher'): Figure {
  return { value: n > 0 ? hits / n : null, n, better };
}

/** Micro precision, recall and F1 from true positives and the sizes of the predicted and gold sets. */
export function prf(tp: number, predicted: number, gold: number): { precision: Figure; recall: Figure; f1: Figure } {
  const precision = predicted > 0 ? tp / predicted : gold === 0 ? 1 : 0;
  const recall = gold > 0 ? tp / gold : predicted === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const none = predicted === 0 && gold === 0;
  return {
    precision: { value: none ? null : precision, n: predicted, better: 'higher' },
    recall: { value: none ? null : recall, n: gold, better: 'higher' },
    f1: { value: none ? null : f1, n: Math.max(predicted, gold), better: 'higher' },
  };
}

/** Hits per group (gold action, flow family, error kind …), sorted by group name. */
export class Tally {
  private readonly groups = new Map<string, { hits: number; n: number }>();

  add(group: string, hit: boolean): void {
    const g = this.groups.get(group) ?? { hits: 0, n: 0 };
    g.n++;
    if (hit) g.hits++;
    this.groups.set(group, g);
  }

  figures(): Record<string, Figure> {
    const names = [...this.groups.keys()].sort();
    return Object.fromEntries(names.map((name) => [name, rate(this.groups.get(name)!.hits, this.groups.get(name)!.n)]));
  }
}

/** Does a function name (as a model would give it) stand for this operation id? */
export function namesOperation(name: string, operation: string): boolean {
  if (name === operation) return true;
  const base = baseFunctionName(operation);
  if (name === base) return true;
  // The export's collision form: a hash suffix of the operation id.
  return name === `${base.slice(0, 55)}_${createHash('sha256').update(operation).digest('hex').slice(0, 8)}`;
}

/** The `parameters` schema of an offered tool. */
export function toolParameters(item: EvalItem, functionName: string): Record<string, unknown> | undefined {
  return item.tools.find((t) => t.function.name === functionName)?.function.parameters;
}

/** The offered function that stands for an operation id. */
export function functionNameOf(item: EvalItem, operation: string): string | undefined {
  return item.tools.find((t) => namesOperation(t.function.name, operation))?.function.name;
}
