/** Values shown to the user that are plausible (wave 34b): an offer list of several sellers at a product's price, a period's miles, a name search's counts; a car's units said. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settleRape34b } from '../../src/plan/_values-rape34b.ts';
import { unitName31 } from '../../src/realize/_unitless31.ts';

const offer = (price: string, condition = 'USED_VERY_GOOD', currency = 'USD') => ({
  product_price: price, product_condition: condition, ships_from: 'Amazon.com', seller: 'Amazon.com', seller_link: 'https://www.amazon.com/',
  seller_star_rating: '5.0', seller_star_rating_info: '14,487 ratings', currency,
});
const amount = (p: unknown): number => Number(String(p).replace(/[^\d.]/g, ''));

describe('wave 34b rape: plausible values', () => {
  it('offers of one product: sellers of the marketplace asked, near one plausible price, used cheaper than new', () => {
    const data = { asin: 'B0UVBM99VJ', country: 'ES', product_offers: [offer('€33665.63', 'NEW', 'EUR'), offer('€35180.58', 'USED_GOOD', 'EUR'), offer('€35685.57', 'NEW', 'EUR')] };
    settleRape34b({ status: 'OK', data }, { asin: 'B0UVBM99VJ', country: 'ES' }, new Set());
    const [a, b, c] = data.product_offers;
    assert.equal(a!.seller, 'Amazon.es');
    assert.equal(new Set(data.product_offers.map((o) => o.seller)).size, 3);
    assert.ok(data.product_offers.every((o) => o.seller_link.startsWith('https://www.amazon.es/')));
    assert.ok(amount(a!.product_price) < 2000 && amount(a!.product_price) > 5);
    assert.ok(amount(b!.product_price) < amount(a!.product_price) && amount(b!.product_price) < amount(c!.product_price));
    assert.ok(amount(c!.product_price) / amount(a!.product_price) < 1.15);
  });
  it('offers already of several sellers stay as drawn', () => {
    const list = [offer('$20.00'), { ...offer('$21.00'), seller: 'Gadget Outlet' }];
    const before = JSON.stringify(list);
    settleRape34b({ data: { product_offers: list } }, {}, new Set());
    assert.equal(JSON.stringify(list), before);
  });
  it("a period's miles are the yearly miles times the years, the cost per mile the total over them", () => {
    const r: Record<string, unknown> = { mileage_year: 15000, total_cost_sum: 72331, '5yr_mileage': 65000, cost_per_mile: 1.11 };
    settleRape34b(r, { vin: 'X' }, new Set());
    assert.equal(r['5yr_mileage'], 75000);
    assert.equal(r['cost_per_mile'], 0.96);
  });
  it('a name search lists what it found on its one page', () => {
    const r: Record<string, unknown> = { cities: [{ name: 'Santiago' }], items: 200, numberOfPages: 200, currentPage: 1 };
    settleRape34b(r, { name: 'Santiago' }, new Set());
    assert.deepEqual([r['items'], r['numberOfPages']], [1, 1]);
    const paged: Record<string, unknown> = { cities: [{ name: 'Lima' }], items: 200, numberOfPages: 200, currentPage: 3 };
    settleRape34b(paged, { name: 'Lima', page: 3 }, new Set());
    assert.deepEqual([paged['items'], paged['numberOfPages']], [200, 200]);
  });
  it("a car's figures are said with their units", () => {
    const leaves = [{ path: ['vin'], value: 'X' }, { path: ['total_cost_sum'], value: 72331 }, { path: ['certainty'], value: 99 }];
    assert.equal(unitName31('mileage year', 'mileage_year', 15000, leaves), 'yearly mileage in miles');
    assert.equal(unitName31('overall total cost', 'total_cost_sum', 72331, leaves), 'overall total cost in US dollars');
    assert.equal(unitName31('certainty', 'certainty', 99, leaves), 'certainty in percent');
    assert.equal(unitName31('overall total cost', 'total_cost_sum', 72331, [...leaves, { path: ['currency'], value: 'EUR' }]), 'overall total cost');
  });
});
