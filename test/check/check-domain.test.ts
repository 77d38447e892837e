/**
 * Single values plausible for their domain (QUALITY.md E): the rules of src/check/_rules-domain.ts (`price_scale`,
 * `image_link`, `other_product_text`, `menu_section`) broken on purpose, and the generator's fixes that keep them
 * (amounts on the scale of what they price, product texts of their product, menu sections by their dishes, image
 * links and data that are images), and `review_mood`, `quiz_answers`, `whole_count` with their fixes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { MEANING_INVARIANTS } from '../../src/check/_meaning.ts';
import { fitMoney } from '../../src/plan/_money.ts';
import { productBlurb } from '../../src/plan/_product-text.ts';
import { sectionOfDish, titleSection } from '../../src/plan/_menu.ts';
import { imageData, imageFile } from '../../src/plan/_media.ts';
import { agreeDomains } from '../../src/plan/_domain-pass.ts';
import { playPackage } from '../../src/plan/_reviews.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';

describe('price scale', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of ['price_scale', 'image_link', 'other_product_text', 'menu_section']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule));
  });

  test('a dish, a ticket, a car or a prize off its scale is caught (rule)', () => {
    const broken = violationsOf('price_scale');
    const menu = (price: number) => ({ currencyCode: 'EUR', sections: [{ title: 'Soups', items: [{ menuItemId: 'm1', name: 'Gazpacho', price }] }] });
    assert.deepEqual(broken(oneCall({}, menu(1827.14))), ['price_scale']);
    assert.deepEqual(broken(oneCall({}, menu(8.5))), []);
    assert.deepEqual(broken(oneCall({}, { offers: [{ ticketOfferId: 't1', ticketType: 'standard', price: 9000, currencyCode: 'CAD' }] })), ['price_scale']);
    assert.deepEqual(broken(oneCall({}, { carModels: [{ id: 1, name: 'Cobalt', price: 48434.4, currency: 'HUF' }] })), ['price_scale']);
    assert.deepEqual(broken(oneCall({}, { carModels: [{ id: 1, name: 'Cobalt', price: 12000000, currency: 'HUF' }] })), []);
    assert.deepEqual(broken(oneCall({}, { earnings: [{ name: 'Ana Lima', amount: 46700000, currency: 'VND' }] })), ['price_scale']);
  });

  test('the generator prices a dish, a car and a prize on their scales, in their currency', () => withRng(dialogueRng(1, 2, 'test'), () => {
    const menu = { currencyCode: 'EUR', sections: [{ title: 'Soups', items: [{ menuItemId: 'm1', name: 'Gazpacho', price: 1986 }] }] };
    fitMoney(menu, new Set(), 'get a restaurant menu');
    const dish = menu.sections[0]!.items[0]!.price;
    assert.ok(dish > 2 && dish < 35, `dish at ${dish} EUR`);
    const cars = { models: [{ id: 7, name: 'Cobalt', price: 134.54, currency: 'HUF' }] };
    fitMoney(cars, new Set(), 'cars get models');
    assert.ok(cars.models[0]!.price > 16000 * 300, `car at ${cars.models[0]!.price} HUF`);
    const golf = { earnings: [{ name: 'Ana Lima', amount: 1868, currency: 'VND' }] };
    fitMoney(golf, new Set(), 'player earnings');
    assert.ok(golf.earnings[0]!.amount >= 8000 * 25000, `prize at ${golf.earnings[0]!.amount} VND`);
    // A product object ({amount, currencyCode}) prices the record it sits in: a tuna is food.
    const product = { name: 'Homemade Tuna', price: { amount: 1190.87, currencyCode: 'CAD' } };
    fitMoney(product, new Set(), 'get a product');
    assert.ok(product.price.amount < 50, `tuna at ${product.price.amount} CAD`);
    // The same drawn amount gives the same price (a record seen twice shows one price); a kept value never moves.
    const again = { name: 'Homemade Tuna', price: { amount: 1190.87, currencyCode: 'CAD' } };
    fitMoney(again, new Set(), 'search products');
    assert.equal(again.price.amount, product.price.amount);
    const kept = { name: 'Homemade Tuna', price: { amount: 1190.87, currencyCode: 'USD' } };
    fitMoney(kept, new Set(['1190.87']), 'get a product');
    assert.equal(kept.price.amount, 1190.87);
    // An order line keeps its unit price on its drawn scale: quantity × price = total must hold.
    const line = { name: 'Homemade Tuna', quantity: 2, price: 500, total: 1000, currency: 'USD' };
    fitMoney(line, new Set(), 'get an order');
    assert.equal(line.total / line.quantity, line.price);
  }));
});

describe('product texts, menus and images', () => {
  test('a product described as another product is caught (rule)', () => {
    const broken = violationsOf('other_product_text');
    assert.deepEqual(broken(oneCall({}, { productId: 'p1', name: 'Recycled Wooden Mouse', description: 'The General Bike is the latest in a series of tall products.' })), ['other_product_text']);
    assert.deepEqual(broken(oneCall({}, { productId: 'p1', name: 'Recycled Wooden Mouse', description: 'Recycled Wooden Mouse: comes with a two-year warranty.' })), []);
  });

  test('the generator describes the product named', () => withRng(dialogueRng(3, 4, 'test'), () => {
    assert.match(productBlurb('Homemade Tuna'), /^Homemade Tuna: .*(fresh|batches|weight|pantry|servings)/);
    assert.match(productBlurb('Recycled Wooden Mouse'), /^Recycled Wooden Mouse: /);
    assert.doesNotMatch(productBlurb(), /\b(The|our) \w+ (Bike|Mouse|Chair|Tuna)\b/);
  }));

  test('a dish under a section of another kind is caught (rule)', () => {
    const broken = violationsOf('menu_section');
    const menu = (title: string, name: string) => ({ sections: [{ title, items: [{ menuItemId: 'm1', name, price: 9 }] }] });
    assert.deepEqual(broken(oneCall({}, menu('Soups', 'Pear Pie'))), ['menu_section']);
    assert.deepEqual(broken(oneCall({}, menu('Drinks', 'Caesar Salad'))), ['menu_section']);
    assert.deepEqual(broken(oneCall({}, menu('Desserts', 'Pear Pie'))), []);
  });

  test('the generator titles a section after its dishes', () => {
    assert.equal(sectionOfDish('Pear Pie'), 'Desserts');
    assert.equal(sectionOfDish('Gazpacho'), 'Soups');
    assert.equal(sectionOfDish('Edamame'), 'Starters');
    const soups = { title: 'Soups', items: [{ id: 'm1', name: 'Pear Pie' }] };
    titleSection(soups, []);
    assert.equal(soups.title, 'Desserts');
    const mixed = { title: 'Drinks', items: [{ id: 'm1', name: 'Gazpacho' }, { id: 'm2', name: 'Lamb Steak' }] };
    titleSection(mixed, []);
    assert.equal(mixed.title, 'Specials');
    const pinned = { title: 'Soups', items: [{ id: 'm1', name: 'Pear Pie' }] };
    titleSection(pinned, ['title']);
    assert.equal(pinned.title, 'Soups');
  });

  test('an image link at a site root or image data of encoded prose is caught (rule)', () => {
    const broken = violationsOf('image_link');
    assert.deepEqual(broken(oneCall({}, { results: [{ image_type: 'image/png', url: 'https://mad-charlatan.net' }] })), ['image_link']);
    assert.deepEqual(broken(oneCall({}, { results: [{ image_type: 'image/png', url: 'https://mad-charlatan.net/images/x1.png' }] })), []);
    assert.deepEqual(broken(oneCall({}, { image: Buffer.from('Suppono degero spiritus volaticus tardus.').toString('base64') })), ['image_link']);
    assert.deepEqual(broken(oneCall({}, { image: imageData('image', '')! })), []);
  });

  test('the generator links an image file of its type and encodes a real image', () => {
    const record: Record<string, unknown> = { image_type: 'image/webp', url: 'https://muffled-pigpen.name' };
    imageFile(record, []);
    assert.match(record.url as string, /^https:\/\/muffled-pigpen\.name\/images\/\w+\.webp$/);
    const kept: Record<string, unknown> = { image_type: 'image/png', url: 'https://x.example' };
    imageFile(kept, ['url']);
    assert.equal(kept.url, 'https://x.example');
    assert.equal(Buffer.from(imageData('stage_image', '')!, 'base64').subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(imageData('payload', 'upload a file'), undefined);
  });
});

describe('reviews, quizzes, drinks, rides', () => {
  test('a review off its score, a note as a reply, a fractional vote count, two correct options are caught (rules)', () => {
    const review = (score: number, text: string, extra: Record<string, unknown> = {}) => oneCall({}, { reviews: [{ id: 'r1', userName: 'danielb', score, text, ...extra }] });
    assert.deepEqual(violationsOf('review_mood')(review(1, 'Great service, thank you!')), ['review_mood']);
    assert.deepEqual(violationsOf('review_mood')(review(5, 'Keeps crashing since the last update.')), ['review_mood']);
    assert.deepEqual(violationsOf('review_mood')(review(1, 'Keeps crashing since the last update.', { replyText: 'Please call me before delivery.' })), ['review_mood']);
    assert.deepEqual(violationsOf('review_mood')(review(5, 'Works great, exactly what I needed.')), []);
    assert.deepEqual(violationsOf('whole_count')(review(5, 'Works great.', { thumbsUp: 8.21 })), ['whole_count']);
    assert.deepEqual(violationsOf('whole_count')(review(5, 'Works great.', { thumbsUp: 8 })), []);
    const quiz = (flags: boolean[]) => oneCall({}, { question: { text: 'Who painted the Mona Lisa?', options: flags.map((isCorrect, i) => ({ option: `O${i}`, isCorrect })) } });
    assert.deepEqual(violationsOf('quiz_answers')(quiz([false, true, true])), ['quiz_answers']);
    assert.deepEqual(violationsOf('quiz_answers')(quiz([false, true, false])), []);
  });

  test('the generator makes reviews, quizzes, drinks and rides agree', () => withRng(dialogueRng(5, 6, 'test'), () => {
    const review: Record<string, unknown> = { id: 'r1', userName: 'danielb', score: 1, title: 'Transit Now', text: 'Great service, thank you!', replyText: 'Please call me before delivery.', thumbsUp: 8.21 };
    agreeDomains(review, new Set());
    assert.deepEqual(violationsOf('review_mood')(oneCall({}, { reviews: [review] })), []);
    assert.equal(review.thumbsUp, 8);
    assert.notEqual(review.title, 'Transit Now');
    const question = { text: 'Who painted the Mona Lisa?', options: [{ option: 'Venus', isCorrect: false }, { option: '1989', isCorrect: true }, { option: 'Six', isCorrect: true }], category: { name: 'Film' } };
    agreeDomains(question, new Set());
    assert.equal(question.options.filter((o) => o.isCorrect).length, 1);
    assert.equal(question.options.find((o) => o.isCorrect)!.option, 'Leonardo da Vinci');
    assert.equal(question.category.name, 'Art');
    const drink = { id: 'd1', name: 'Hot Chocolate', ingredients: ['200 ml of coconut water'], instructions: 'Blend everything until smooth and serve cold.' };
    agreeDomains(drink, new Set());
    assert.match(drink.instructions, /serve hot/);
    assert.ok(drink.ingredients.some((x) => /cocoa/.test(x)));
    const rides = [{ product_id: 'p1', display_name: 'XL', description: 'Affordable rides for up to 4 people.', capacity: 2 }, { product_id: 'p2', display_name: 'Shared', description: 'Premium rides with top-rated drivers.', capacity: 7 }];
    agreeDomains(rides, new Set());
    assert.equal(rides[0]!.capacity, 6);
    assert.doesNotMatch(rides[1]!.description, /Premium/);
    // A value the chain reads stays.
    const kept = [{ product_id: 'p1', display_name: 'XL', description: 'x', capacity: 2 }];
    agreeDomains(kept, new Set(['2']));
    assert.equal(kept[0]!.capacity, 2);
  }));

  test('an app listed in an app store has a package-like id', () => withRng(dialogueRng(7, 8, 'test'), () => {
    assert.match(playPackage('app_id', 'get apps search apps', undefined)!, /^com\.[a-z0-9]+\.[a-z]+$/);
    assert.equal(playPackage('app_id', 'get app details from the app store ios', undefined), undefined);
    assert.equal(playPackage('app_id', 'get apps', 'com.dd.doordash'), undefined);
  }));
});
