/**
 * Menus and catalogue items (QUALITY.md E and F), wave 24: the rules of src/check/_rules-menus24.ts broken on purpose
 * on the records the reading of 2026-12-07h found (bundled #119, a vegetarian menu with a dish labelled
 * [gluten_free]; bundled #36, variants said by SKU and colour with their sizes left out), and the generator's menus:
 * real dishes of their course, labels they fit, prices on their course's scale.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { settleMenu24 } from '../../src/plan/_menus24.ts';
import { knownDish } from '../../src/plan/_dishes24.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const unlabelled = violationsOf('filtered_item_unlabelled');
const untold = violationsOf('variants_untold');

/** Bundled #119 of the m23-final set, as the generator wrote it. */
const menu = (labels: string[]): unknown => ({
  restaurantId: 'rst_1fK9mQ3xLp',
  currencyCode: 'NZD',
  sections: [
    { title: 'Specials', items: [{ menuItemId: 'Wwuy8MMN', name: 'Parsnip Salad', price: 15.67, dietary: ['vegetarian', 'halal'] }] },
    { title: 'Mains', items: [{ menuItemId: 'dVzTatKN', name: 'Pasta And Beans', price: 42.88, dietary: labels }] },
  ],
});

/** Bundled #36 of the m23-final set: a product and its three variants. */
const product = {
  productId: 'prd_6kTz1QwE',
  name: 'Suede Loafers',
  price: { amount: 136.65, currencyCode: 'AUD' },
  variants: [
    { sku: 'SKU-14745', color: 'gold', size: '7', inStock: 31 },
    { sku: 'SKU-23929', color: 'tan', size: '8', inStock: 42 },
    { sku: 'SKU-22546', color: 'white', size: '9', inStock: 203 },
  ],
};

describe('menus24 rules', () => {
  test('filtered_item_unlabelled: a dish labelled [gluten_free] on a menu asked for dietary=vegetarian', () => {
    const opts = { name: 'getMenu', path: '/restaurants/{restaurantId}/menu' };
    assert.deepEqual(unlabelled(oneCall({ restaurantId: 'rst_1fK9mQ3xLp', dietary: 'vegetarian' }, menu(['gluten_free']), opts)), ['filtered_item_unlabelled']);
    // A vegan dish is vegetarian; a label of the filter's own is enough.
    assert.deepEqual(unlabelled(oneCall({ restaurantId: 'rst_1fK9mQ3xLp', dietary: 'vegetarian' }, menu(['gluten_free', 'vegan']), opts)), []);
    assert.deepEqual(unlabelled(oneCall({ restaurantId: 'rst_1fK9mQ3xLp', dietary: 'vegetarian' }, menu(['vegetarian']), opts)), []);
    // Without the filter, any label goes.
    assert.deepEqual(unlabelled(oneCall({ restaurantId: 'rst_1fK9mQ3xLp' }, menu(['gluten_free']), opts)), []);
  });

  test('variants_untold: "3 variants (sku SKU-14745, color gold; …)" with the sizes left out', () => {
    const opts = { name: 'getProduct', path: '/products/{productId}' };
    const bad = 'The name is Suede Loafers, the price is 136.65 AUD and there are 3 variants (sku SKU-14745, color gold; sku SKU-23929, color tan; sku SKU-22546, color white).';
    const good = 'The name is Suede Loafers, the price is 136.65 AUD and there are 3 variants (color gold, size 7; color tan, size 8; color white, size 9).';
    assert.deepEqual(untold(oneCall({ productId: 'prd_6kTz1QwE' }, product, { ...opts, response: bad })), ['variants_untold']);
    assert.deepEqual(untold(oneCall({ productId: 'prd_6kTz1QwE' }, product, { ...opts, response: good })), []);
  });

  test('a menu is settled: real dishes of their course, labels they fit, mains dearer than desserts', () => {
    const result = {
      currencyCode: 'JPY',
      sections: [
        { title: 'Specials', items: [{ name: 'Caprese Salad', price: 599, dietary: ['vegan', 'gluten_free', 'vegetarian'] }] },
        { title: 'Mains', items: [{ name: 'Lettuce And Pecan Nut Stew', price: 2998, dietary: ['vegan'] }, { name: 'Tomato Soup', price: 500, dietary: ['vegan'] }] },
        { title: 'Desserts', items: [{ name: 'Banana Pie', price: 4499, dietary: ['vegetarian', 'vegan'] }] },
      ],
    };
    settleMenu24(result, result.sections, new Set());
    const dishes = result.sections.flatMap((s) => s.items.map((d) => ({ ...d, section: s.title })));
    for (const d of dishes) {
      const known = knownDish(d.name);
      assert.ok(known, `${d.name} is a real dish`);
      // Every vegan dish here is vegan and vegetarian, by its own ingredients.
      assert.ok(known.flags.includes('V'), `${d.name} fits vegan`);
      assert.ok(d.dietary.includes('vegan') && d.dietary.includes('vegetarian'), `${d.name}: ${d.dietary.join(', ')}`);
      if (['Mains', 'Desserts', 'Soups', 'Starters', 'Salads'].includes(d.section)) assert.equal(known.course, d.section, `${d.name} under ${d.section}`);
    }
    const mains = dishes.filter((d) => knownDish(d.name)!.course === 'Mains').map((d) => d.price);
    const desserts = dishes.filter((d) => knownDish(d.name)!.course === 'Desserts').map((d) => d.price);
    assert.ok(mains.length > 0 && desserts.length > 0);
    assert.ok(Math.min(...mains) > Math.max(...desserts), `mains ${mains} above desserts ${desserts}`);
    assert.ok(dishes.every((d) => Number.isInteger(d.price) && d.price % 10 === 0), 'yen prices are whole tens');
  });
});

describe('diet_tag_contradicted, wave 24 words', () => {
  const contradicted = violationsOf('diet_tag_contradicted');
  const menuOf = (name: string, dietary: string[]): unknown => ({ sections: [{ title: 'Mains', items: [{ name, price: 12.5, dietary }] }] });
  const opts = { name: 'getMenu', path: '/restaurants/{restaurantId}/menu' };
  test('a vegan Caprese Salad and a gluten-free pasta are contradicted; a gluten-free Ratatouille is not', () => {
    assert.deepEqual(contradicted(oneCall({ restaurantId: 'r1' }, menuOf('Caprese Salad', ['vegan']), opts)), ['diet_tag_contradicted']);
    assert.deepEqual(contradicted(oneCall({ restaurantId: 'r1' }, menuOf('Pasta And Beans', ['gluten_free', 'vegan']), opts)), ['diet_tag_contradicted']);
    assert.deepEqual(contradicted(oneCall({ restaurantId: 'r1' }, menuOf('Ratatouille', ['gluten_free', 'vegan']), opts)), []);
  });
});

describe('menu_course_price', () => {
  const dear = violationsOf('menu_course_price');
  const opts = { name: 'getMenu', path: '/restaurants/{restaurantId}/menu' };
  /** Bundled #37 of the m23-final set: a 4499-yen pie beside a 2998-yen main. */
  const menuPriced = (pie: number): unknown => ({
    currencyCode: 'JPY',
    sections: [
      { title: 'Mains', items: [{ name: 'Cauliflower Penne', price: 2998, dietary: ['vegan'] }] },
      { title: 'Desserts', items: [{ name: 'Banana Pie', price: pie, dietary: ['vegan'] }] },
    ],
  });
  test('a dessert dearer than a main breaks it; a cheaper one does not', () => {
    assert.deepEqual(dear(oneCall({ restaurantId: 'r1' }, menuPriced(4499), opts)), ['menu_course_price']);
    assert.deepEqual(dear(oneCall({ restaurantId: 'r1' }, menuPriced(890), opts)), []);
  });
});

describe('shop_headcount', () => {
  const big = violationsOf('shop_headcount');
  const opts = { name: 'getCompany', path: '/companies/{companyId}' };
  /** Bundled #329 of the m23-final set. */
  const company = (employees: string): unknown => ({ companyId: 161426, name: 'Woodlands Road Bike Shop', industry: 'retail', employees, headquarters: { city: 'Seoul', countryCode: 'KR' } });
  test('a bike shop with 201-1000 employees breaks it; with 11-50 it does not', () => {
    assert.deepEqual(big(oneCall({ companyId: 161426 }, company('201-1000'), opts)), ['shop_headcount']);
    assert.deepEqual(big(oneCall({ companyId: 161426 }, company('11-50'), opts)), []);
  });
});
