/**
 * Amounts said with their currency (QUALITY.md J): {product_price: "361.16", currency: "PEN"} is "361.16 PEN" as
 * {price: 361.16, currency: "PEN"} is, never a bare "361.16" that teaches dropping the currency. A price drawn as
 * text is an amount when it is digits alone (a "$279.82" already says its currency).
 */
const PLAIN_AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/;

/** A number, or a text of digits alone ("361.16"), that a currency beside it prices. */
export function amount30(v: unknown): v is number | string {
  return typeof v === 'number' || (typeof v === 'string' && PLAIN_AMOUNT.test(v.trim()));
}
