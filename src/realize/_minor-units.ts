/**
 * Amounts a result holds in minor units (Adyen's `amount.value` 136000 with `currency` CAD is 1360.00 CAD) are said
 * in major units: the reply reads the result as converted here, never "-136000 CAD".
 */
import type { ToolTurn } from '../plan/types.ts';
import { minorUnits } from '../plan/_money.ts';

const CURRENCY = /^(currency|currency_?code|currency_?iso|iso_?currency)$/i;

/** The tool's result with its minor-unit amounts in major units (a copy), or the result itself when it has none. */
export function inMajorUnits(tool: Pick<ToolTurn, 'result' | 'minor_units'>): unknown {
  const keys = tool.minor_units;
  if (keys === undefined || keys.length === 0) return tool.result;
  const minor = new Set(keys);
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (!node || typeof node !== 'object') return node;
    const obj = node as Record<string, unknown>;
    const currency = Object.entries(obj).find(([k, v]) => CURRENCY.test(k) && typeof v === 'string' && /^[A-Za-z]{3}$/.test(v))?.[1] as string | undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      out[k] = currency !== undefined && minor.has(k) && typeof v === 'number' && Number.isInteger(v) ? v / 10 ** minorUnits(currency.toUpperCase()) : convert(v);
    }
    return out;
  };
  return convert(tool.result);
}
