/**
 * The offers of one product differ (QUALITY.md E), wave 27: two offers alike in seller and condition were drawn
 * at one price ("$475.00" twice, every field the same) or at prices far apart ($253.11, $475.00, $548.25 from
 * Amazon.com, all refurbished). One seller's offers in one condition are priced a few percent apart, up from the
 * first (or from the one the chain reads).
 */
type Json = Record<string, unknown>;

const PRICE = /^(price|product_?price|offer_?price|sale_?price|amount)$/i;
const SELLER = /^(seller|seller_?name|merchant|merchant_?name|store|shop|sold_?by|vendor)$/i;
const CONDITION = /^(condition|product_?condition|item_?condition)$/i;
const MONEY = /^(\D*?)(\d[\d,]*)(?:\.(\d+))?(\D*)$/;

/** The number a price holds ("$1,475.00" → 1475), or undefined. */
function amountOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = MONEY.exec(v.trim());
  return m === null ? undefined : Number(`${m[2]!.replace(/,/g, '')}.${m[3] ?? '0'}`);
}

/** `amount` written as `like` is ("$475.00" → "$494.00"). */
function written(like: unknown, amount: number): unknown {
  if (typeof like === 'number') return Math.round(amount * 100) / 100;
  const m = MONEY.exec(String(like).trim())!;
  const decimals = m[3]?.length ?? 0;
  const body = amount.toFixed(decimals);
  const [whole, frac] = body.split('.');
  const grouped = m[2]!.includes(',') || (whole!.length > 3 && /,/.test(String(like))) ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole!;
  return `${m[1]}${grouped}${frac !== undefined ? `.${frac}` : ''}${m[4]}`;
}

/** Prices the offers in `items` (records of one list) as the file comment says; `kept`: values the chain reads. */
export function closeOfferPrices27(items: Json[], kept: (v: unknown) => boolean): void {
  const first = items[0]!;
  const keys = Object.keys(first);
  const priceKey = keys.find((k) => PRICE.test(k) && amountOf(first[k]) !== undefined);
  if (priceKey === undefined) return;
  const sellerKey = keys.find((k) => SELLER.test(k) && typeof first[k] === 'string');
  const conditionKey = keys.find((k) => CONDITION.test(k) && typeof first[k] === 'string');
  if (sellerKey === undefined && conditionKey === undefined) return;
  const groups = new Map<string, Json[]>();
  for (const item of items) {
    if (amountOf(item[priceKey]) === undefined) continue;
    const g = `${String(item[sellerKey ?? ''] ?? '')}\u0000${String(item[conditionKey ?? ''] ?? '')}`;
    groups.set(g, [...(groups.get(g) ?? []), item]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const anchor = group.find((i) => kept(i[priceKey])) ?? group[0]!;
    const base = amountOf(anchor[priceKey])!;
    let step = 0;
    for (const item of group) {
      if (item === anchor || kept(item[priceKey])) continue;
      step += 1;
      // 3–6% apart each: one seller's listings of one condition differ by shipping or packaging, not by half.
      item[priceKey] = written(item[priceKey], base * (1 + step * (0.03 + (step % 2) * 0.015)));
    }
  }
}
