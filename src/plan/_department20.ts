/**
 * The department a product listing was asked for (`category: "Kids"`): the products it lists are its goods.
 * Asked for every string of every result, so the test of the field's name is kept per name.
 */
import { memoized } from '../text/memo.ts';
import { kindIn } from './_names.ts';

const namesProduct = memoized((name: string): boolean => /^(name|title|product_name|product_title)$/.test(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('.').pop()!));

/** The category or department a product listing was asked for, lower-cased, when `name` is a product's name. */
export function departmentAsked(name: string, args: Record<string, unknown>, context: string): string | undefined {
  if (!namesProduct(name)) return undefined;
  const asked = Object.entries(args).find(([k, v]) => /(category|department)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  return asked !== undefined && kindIn(context)?.noun === 'product' ? asked.toLowerCase() : undefined;
}

