/**
 * {condition: "rain", description: "light rain"} beside a temperature: a person says the description alone, as the
 * weather ("the weather is light rain"), never both fields by name ("the condition is rain and the description is
 * light rain").
 */
import type { Fact } from './_fact-rank.ts';

interface PathLeaf { path: string[]; value: unknown }

const CONDITION = /^(condition|weather|main)$/i;

export function weatherWords29(facts: Fact[], leaves: readonly PathLeaf[], weatherParents: ReadonlySet<string>): Fact[] {
  if (weatherParents.size === 0) return facts; // cheap: no temperature, no weather
  const parentOf = (f: Fact): string | undefined => leaves[f.n]?.path.slice(0, -1).join('.');
  const desc = facts.find((f) => f.key === 'description');
  if (!desc) return facts;
  const descLeaf = leaves[desc.n];
  const value = descLeaf?.path[descLeaf.path.length - 1] === 'description' ? descLeaf.value : undefined;
  const parent = parentOf(desc);
  // A short phrase ("light rain", "overcast clouds"), not a forecast's sentence.
  if (typeof value !== 'string' || parent === undefined || !weatherParents.has(parent) || !/^[A-Za-z][A-Za-z ,-]{1,40}$/.test(value)) return facts;
  const cond = facts.find((f) => CONDITION.test(f.key) && parentOf(f) === parent);
  const text = `the weather is ${value.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
  if (!cond) return facts.map((f) => (f === desc ? { ...f, text } : f));
  return facts.filter((f) => f !== desc).map((f) => (f === cond ? { ...f, text } : f));
}
