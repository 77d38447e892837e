/**
 * Wording the template realizer got wrong in generated dialogues (issue 4, "read 20 dialogues as a user would"):
 * each case is one seen in a real run over ../shared/fixtures or api-specs, reduced to the operation it came from.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DialoguePlan, RecordOperation, Turn } from '../../src/plan/types.ts';
import { intentPhrase, realize, slotNoun } from '../../src/realize/index.ts';
import { responseIntro, sayDate, summarizeResult } from '../../src/realize/_response.ts';
import { Rng } from '../../src/random/index.ts';
import * as P from '../../src/realize/_phrases.ts';
import { apiName, domainPhrase, requestPhrase } from '../../src/realize/words.ts';
import { clearRequestPlan, overlapRetriever } from '../_dialogue-plans.ts';
import { systemBye, userBye, userByeOpenings } from '../../src/realize/_compose.ts';
import { subjectOf } from '../../src/realize/_variety-subject.ts';
import { SYSTEM_SUBJECT, SYSTEM_SUBJECT_FAILED } from '../../src/realize/_variety-bye.ts';
import { textAction } from '../../src/eval/classify.ts';

function op(fields: Partial<RecordOperation>): RecordOperation {
  return { name: 'op', api: 'demo', description: '', method: 'GET', path: '/x', parameters: { type: 'object', properties: {} }, ...fields };
}

/** Dangling pieces left where code or placeholders were removed. */
const DANGLING = /\s[,.;]|,\s*,|,\s*(and|or)?\s*$|\b(a|an|the|given|for|of|at|its)\s*$/i;

describe('intent phrases', () => {
  it('says common misspellings of a description right (gwells "seach for wells")', () => {
    const phrase = intentPhrase(op({ name: 'wellsTagsSearch', path: '/wells/tags', description: 'Seach for wells by tag or owner.' }));
    assert.doesNotMatch(phrase, /seach/i, phrase);
    assert.match(phrase, /search/i, phrase);
  });

  it('says identifiers in code as words and leaves no dangling commas (live_golf_data scorecards)', () => {
    const scorecards = op({ name: 'scorecards', description: 'Fetch a scorecard for a given `tournId`, `year`, `playerId`, and `roundId`.  Scorecards include shot-by-shot granularity.' });
    const phrase = intentPhrase(scorecards);
    assert.doesNotMatch(phrase, DANGLING, phrase);
    // The list of codes is no request a person says: the request is built from the operation ("… scorecards").
    assert.doesNotMatch(phrase, /\bgiven\b|ID year/, phrase);
    assert.match(phrase, /scorecard/);
  });

  it('skips boilerplate sentences and never repeats a word from a path-like name (webcams_travel)', () => {
    const name = '/webcams/list/exclude={webcamid}[,{webcamid}[,...]]';
    const described = op({ name, description: 'This is a modifier. Exclude the {webcamid} from a list. Multiple {webcamid} must be separated by comma.' });
    // "Exclude the {webcamid} from a list" documents a key: one acts on a webcam, never on its ID; the request is built ("list webcams …").
    assert.match(intentPhrase(described), /^list webcams\b/);
    assert.equal(intentPhrase(op({ name: 'webcams_list_exclude_webcamid_webcamid', path: '/webcams/list/exclude={webcamid}', description: 'This is a modifier. Exclude the {webcamid} from a list.' })), 'list webcams except one webcam');
    const bare = intentPhrase(op({ name, description: '' }));
    const words = bare.split(' ');
    assert.ok(words.every((w, i) => w !== words[i - 1]), bare);
    assert.doesNotMatch(bare, /webcamid/);
  });

  it('names a list of fields as the details of the thing, and ends no phrase half-way (api-specs)', () => {
    assert.equal(requestPhrase("Returns a movie's title, overview, runtime, genres, release date, budget and average rating."), "get a movie's details");
    assert.equal(requestPhrase('Returns the carrier, tracking number, delivery estimate and tracking events of an order\'s shipment.'), "get the details of an order's shipment");
    // A possessive followed by a prepositional phrase is no list.
    assert.equal(requestPhrase("Saves the user's rating of a movie, from 0.5 to 10 in steps of 0.5."), "save the user's rating of a movie");
    const reserve = requestPhrase('Reserves a table for a party at a restaurant at a date and time.');
    assert.equal(reserve, 'reserve a table for a party at a restaurant');
  });

  it('reads title-case, noun-phrase and API-sentence summaries as requests', () => {
    assert.equal(requestPhrase('All Episodes associated with a Title'), 'get all episodes associated with a title');
    assert.equal(requestPhrase('Create Playlist'), 'create a playlist');
    assert.equal(requestPhrase('Search or Autocomplete API returns matching cities and towns'), 'get matching cities and towns');
    assert.equal(requestPhrase('Open-Meteo weather forecast API'), 'get the Open-Meteo weather forecast');
    assert.equal(requestPhrase('unique stage seasons MotorsportApi'), 'get the unique stage seasons from the Motorsport API');
    assert.equal(requestPhrase('A track object'), 'get a track object');
    assert.equal(requestPhrase('Efficiently search for specific videos or playlists within a channel'), 'search for specific videos or playlists within a channel');
    // Another script is never given an English "get the" in front.
    assert.equal(requestPhrase('修改表结构'), '修改表结构');
  });
});

describe('API names and slot nouns', () => {
  it('drops version markers and doubled words, and writes vendors as names (bigcommerce__orders-v2)', () => {
    const o = op({ api: 'bigcommerce__orders-v2' });
    assert.equal(domainPhrase(o), 'BigCommerce orders');
    assert.equal(apiName(o), 'BigCommerce Orders');
    assert.equal(domainPhrase(op({ api: 'nager-date__api-v3' })), 'Nager date');
    assert.equal(domainPhrase(op({ api: 'x', category: 'Music' })), 'music');
  });

  it('names generic and counted parameters so a request reads naturally', () => {
    assert.equal(slotNoun('ids', op({ name: 'get-multiple-artists', path: '/artists' })), 'artist IDs');
    assert.equal(slotNoun('adults', op({ parameters: { type: 'object', properties: { adults: { type: 'integer' } } } })), 'number of adults');
    assert.equal(slotNoun('webcamid', op({})), 'webcam ID');
    assert.equal(slotNoun('netflix_id', op({})), 'Netflix ID');
    const q = op({ parameters: { type: 'object', properties: { q: { type: 'string', description: 'Query parameter based on which data is sent back.' } } } });
    assert.equal(slotNoun('q', q), 'search query');
    const venue = op({ parameters: { type: 'object', properties: { q: { type: 'string', description: 'Venue Name to search for' } } } });
    assert.equal(slotNoun('q', venue), 'venue name');
    const keyword = op({ parameters: { type: 'object', properties: { keyword: { type: 'string', description: 'Name of the venue' } } } });
    assert.equal(slotNoun('keyword', keyword), 'venue name');
  });
});

describe('responses', () => {
  const rng = (): Rng => Rng.keyed('test');

  it('says dates readably and times with a verb (jobs.withdrawApplication)', () => {
    assert.equal(sayDate('2026-02-03T14:00:00Z'), 'February 3, 2026 at 14:00 UTC');
    assert.equal(sayDate('2024-03-27'), 'March 27, 2024');
    assert.equal(sayDate('2026-13-03'), undefined);
    const text = summarizeResult({ applicationId: 'a1', status: 'withdrawn', submittedAt: '2026-02-03T14:00:00Z' }, op({ method: 'POST' }), new Set(['a1']), rng());
    assert.match(text, /it was submitted on February 3, 2026 at 14:00 UTC/i);
    assert.doesNotMatch(text, /submitted at is|T14/);
  });

  it('reports what the user asked for: the list the operation is named for, a page of a total, a checked flag', () => {
    const webcams = op({ name: 'webcams_list_property', path: '/webcams/list/property={property}' });
    const listed = summarizeResult({ status: 'OK', result: { webcams: [{ id: 'QV1', title: 'Manchester: Main Street' }, { id: 'TY2', title: 'Edinburgh: Beach' }], regions: ['Regions 38', 'Regions 6'] } }, webcams, new Set(), rng(), 'list webcams');
    assert.match(listed, /2 webcams/, listed);
    assert.doesNotMatch(listed, /Regions 38/, listed);
    const orders = op({ name: 'listCustomerOrders', path: '/customers/{customerId}/orders' });
    const page = summarizeResult({ orders: [{ orderId: 'a', status: 'delivered' }, { orderId: 'b', status: 'pending' }], page: { page: 1, totalPages: 161, totalItems: 483 } }, orders, new Set(), rng());
    assert.match(page, /483 orders in all; these are the first 2/, page);
    const dns = op({ name: 'checkDomain', path: '/domains/{domain}/check' });
    const checked = summarizeResult({ created_at: '2025-09-16T01:00:00Z', dkim: { valid: false, valid_after: 'After 5' }, spf: { valid: false, valid_after: 'After 25' } }, dns, new Set(), rng(), 'Could you please check the SPF and DKIM settings?');
    // a fact may open its own sentence ("The DKIM is …"): wave 35
    assert.match(checked, /the DKIM is not valid/i, checked);
    assert.match(checked, /the SPF is not valid/i, checked);
  });

  it('leaves out database ids and a bare id, and expands abbreviations the description spells out', () => {
    const movies = op({ description: 'Lists the tournaments of a season.' });
    const text = summarizeResult({ _id: { $oid: 'bathrobe' }, id: 25, tournId: '033', name: 'The Open' }, movies, new Set(), rng());
    assert.doesNotMatch(text, /oid|bathrobe|the ID is 25/i, text);
    assert.match(text, /tournament ID/);
    const mongo = summarizeResult([{ _id: { $oid: 'x1' }, lastName: 'Effertz', number: { $numberInt: '7' } }, { lastName: 'B' }], op({}), new Set(), rng());
    assert.match(mongo, /the number is 7/, mongo);
    assert.doesNotMatch(mongo, /int|oid|x1/i, mongo);
    const history = summarizeResult({ status: 'withdrawn', history: [{ status: 'pending', at: '2024-02-02T19:30:00Z' }] }, op({ method: 'POST' }), new Set(), rng());
    assert.doesNotMatch(history, /the at is/, history);
    const exports = summarizeResult([{ id: 'aTp0ZCZkj', type: 'default', state: 'done' }, { id: 'b', type: 'x', state: 'done' }], op({ method: 'POST' }), new Set(), rng());
    assert.doesNotMatch(exports, /the ID is/, exports);
    // A call that creates something answers with its ID.
    assert.match(summarizeResult({ id: 25 }, op({ method: 'POST' }), new Set(), rng()), /ID is 25/);
  });

  it('says an amount with its currency, and a list by its first item', () => {
    const refund = summarizeResult({ refundId: 'r1', amount: { amount: 846.17, currencyCode: 'EUR' }, status: 'succeeded' }, op({ method: 'POST' }), new Set(), rng());
    assert.match(refund, /the amount is 846\.17 EUR/i);
    assert.doesNotMatch(refund, /currency code/);
    const events = summarizeResult({ data: { events: [{ name: 'Jazz Night', status: 'onsale' }, { name: 'Blues', status: 'onsale' }] } }, op({}), new Set(), rng());
    assert.match(events, /2 events/);
    assert.match(events, /Jazz Night/);
  });

  it('puts the fields the user asked for first and says which are missing (shop.getProduct, shop.getOrder)', () => {
    const product = { productId: 'p1', sku: 'riDYpj', name: 'Small Gold Car', price: { amount: 89.9, currencyCode: 'EUR' }, inStock: 68 };
    const asked = "I want to get a product's name, description, price, stock level and variants.";
    const text = summarizeResult(product, op({ name: 'getProduct', path: '/products/{id}' }), new Set(['p1']), rng(), asked);
    assert.match(text, /Small Gold Car/);
    assert.match(text, /89\.9 EUR/);
    assert.match(text, /68/);
    assert.match(text, /doesn't include the description or variants/, text);
    const order = {
      orderId: 'o1', status: 'delivered', total: { amount: 72.65, currencyCode: 'EUR' }, customerId: 'c9',
      lines: [{ lineId: 'l1', quantity: 3, unitPrice: { amount: 2.5, currencyCode: 'EUR' } }, { lineId: 'l2', quantity: 1, unitPrice: { amount: 9, currencyCode: 'EUR' } }],
      shippingAddress: { line1: '1 Canal St', city: 'Amsterdam', postalCode: '1011', countryCode: 'NL' }, paymentStatus: 'captured',
    };
    const said = summarizeResult(order, op({ name: 'getOrder', path: '/orders/{id}' }), new Set(['o1']), rng(), "Please get an order's lines, totals, status, shipping address and payment state.");
    for (const fact of [/delivered/, /72\.65 EUR/, /2 lines/, /Amsterdam/, /captured/]) assert.match(said, fact, said);
  });

  it('never reads out transport or place metadata (status 200, "Success", found, timezone, elevation)', () => {
    const text = summarizeResult({ status: 200, message: 'Success', found: true, title: 'The Idiot', year: 1869 }, op({}), new Set(), rng());
    assert.doesNotMatch(text, /200|Success|found/, text);
    assert.match(text, /The Idiot/);
    const weather = { location: { lat: -37.8, lon: 144.9, timezone: 'Australia/Melbourne', elevation: 87.39 }, observed: { date: '2026-03-13', tempMin: -1.9, tempMax: 14.9, precipitationMm: 63.99, condition: 'cloudy' } };
    const said = summarizeResult(weather, op({ name: 'getHistoricalWeather', path: '/weather/history' }), new Set(['-37.8', '144.9', '2026-03-13']), rng(), 'get the observed weather on a past date');
    assert.match(said, /cloudy/, said);
    assert.match(said, /14\.9/, said);
    assert.doesNotMatch(said, /timezone|elevation|Melbourne/i, said);
    // Nothing but what was sent: the user hears that nothing else came back, not "the found is yes".
    const bare = summarizeResult({ id: 571609, found: true }, op({}), new Set(['571609']), rng());
    assert.doesNotMatch(bare, /found is/, bare);
    assert.match(bare, /571609/);
    assert.match(bare, /no (other|further) details|nothing else/, bare);
  });

  it('after a change says what was made: its id, every item, the total and the expiry (events.holdTickets)', () => {
    const hold = { holdId: 'h-42', seats: [{ section: 'F35', row: 'D4', seat: 'G39' }, { section: 'C25', row: 'B16', seat: 'E2' }, { section: 'D6', row: 'C27', seat: 'H12' }], totalPrice: 82.74, expiresAt: '2026-04-23T18:15:00Z' };
    const text = summarizeResult(hold, op({ name: 'holdTickets', method: 'POST', path: '/events/{id}/holds' }), new Set(['evt_1', '8']), rng());
    for (const fact of [/h-42/, /3 seats/, /F35/, /C25/, /D6/, /82\.74/, /April 23, 2026/]) assert.match(text, fact, text);
    // An update says the values it set as the new state.
    const task = summarizeResult({ taskId: 't1', name: 'Strict fit', rate: 11.16, found: true }, op({ name: 'updateTask', method: 'PUT', path: '/tasks/{taskId}' }), new Set(['t1', 'Strict fit', '11.16']), rng());
    assert.match(task, /is now Strict fit/, task);
    assert.doesNotMatch(task, /found/);
  });

  it('a read on POST (a delivery quote) never opens as if something changed', () => {
    const quote = op({ name: 'getDeliveryQuote', method: 'POST', path: '/restaurants/{id}/delivery-quote', description: 'Get a delivery fee and time estimate.' });
    for (let i = 0; i < 30; i++) assert.ok(P.RESPONSE_INTRO.includes(responseIntro('ok', quote, Rng.keyed(`q${i}`))));
  });

  it('varies the sentence shape of a result', () => {
    const shapes = new Set<string>();
    for (let i = 0; i < 40; i++) shapes.add(summarizeResult({ title: 'Dune', status: 'released' }, op({}), new Set(), Rng.keyed(`s${i}`)).replace(/the title.*$/i, ''));
    assert.ok(shapes.size >= 3, [...shapes].join(' / '));
  });

  it('never opens a failed result with "Done!" and fits the opening to lookups and actions', () => {
    for (let i = 0; i < 30; i++) {
      const failed = responseIntro('failed', op({ method: 'POST' }), Rng.keyed(`f${i}`));
      assert.ok(P.RESPONSE_INTRO_FAILED.includes(failed), failed);
      assert.ok(P.RESPONSE_INTRO.includes(responseIntro('ok', op({ method: 'GET' }), Rng.keyed(`g${i}`))));
    }
  });
});

describe('responses say what the result holds, in words (wave 3)', () => {
  const keyed = (i: number): Rng => Rng.keyed(`w3-${i}`);

  it('names every item it counts, and gives the first item details under its own name', () => {
    for (let i = 0; i < 20; i++) {
      const text = summarizeResult({ populars: [{ id: 'a1', name: 'Eko Fresh' }, { id: 'b2', name: 'Eko Fresh Today' }, { id: 'c3' }] }, op({ path: '/search/popular' }), new Set(['Eko Fresh']), keyed(i));
      // Two names for three items is never said as if it were all of them.
      assert.doesNotMatch(text, /3 \w+( came back)?: Eko Fresh and Eko Fresh Today\./, text);
      assert.doesNotMatch(text, /populars/, text);
      assert.doesNotMatch(text, /For Eko Fresh Today/, text);
      const named = summarizeResult([{ id: 'p1', display_name: 'Ivan' }, { id: 'p2', display_name: 'Sofia' }], op({ path: '/products' }), new Set(), keyed(i));
      // The count leads, with the noun of the list ("Ivan and Sofia: 2 products" read backwards).
      assert.match(named, /\b2 products\b/, named);
      assert.doesNotMatch(named, /^Ivan/, named);
    }
  });

  it('skips the request echoed back and transport fields', () => {
    const text = summarizeResult({ result: { request: { device: 'Pixel 8', format: 'full', pk: '888984' }, response: { title: 'Flight 12' } } }, op({}), new Set(), keyed(1));
    assert.doesNotMatch(text, /Pixel|format|pk/, text);
    assert.match(text, /Flight 12/);
    assert.doesNotMatch(summarizeResult({ locale: 'en-US', word: 'switchboard', requestId: 'r1' }, op({}), new Set(), keyed(2)), /locale|request ID/);
  });

  it('says codes, flags, counts and units in words', () => {
    const text = summarizeResult({ title: 'Dune', original_language: 'en', origin_country: 'CO' }, op({}), new Set(), keyed(3));
    assert.match(text, /the original language is English/);
    assert.match(text, /Colombia/);
    assert.match(summarizeResult({ title: 'Mix', total_tracks: 12 }, op({}), new Set(), keyed(4)), /it has 12 tracks/i);
    assert.match(summarizeResult({ title: 'Cab', eta_in_minutes: 7 }, op({}), new Set(), keyed(5)), /the ETA is 7 minutes/i);
    assert.match(summarizeResult({ is_open: true, has_parking: false }, op({}), new Set(), keyed(6)), /\bit is open.*it has no parking/i);
    assert.match(summarizeResult({ title: 'Post', timestamp: 1688445029 }, op({}), new Set(), keyed(7)), /July 4, 2023/);
    assert.match(summarizeResult({ title: 'Day', condition: 'partly_cloudy' }, op({}), new Set(), keyed(8)), /partly cloudy/);
  });

  it('says the name of a record before its status, and a merge does not claim to set its inputs', () => {
    assert.match(summarizeResult({ status: 'active', country: 'Colombia', name: 'Blue Shirt', price: 12 }, op({}), new Set(), keyed(9)), /^(?:[A-Z][^,]*?)?the name is Blue Shirt/i);
    const merged = summarizeResult({ username: 'priya_romero', merged_at: '2026-01-02T10:00:00Z' }, op({ method: 'POST', name: 'mergeUsers', path: '/users/merge' }), new Set(['priya_romero']), keyed(10));
    assert.doesNotMatch(merged, /is now/, merged);
  });
});

function textOf(turns: Turn[], action: string): string | undefined {
  const turn = turns.find((t) => t.speaker !== 'tool' && t.action === action);
  return turn && turn.speaker !== 'tool' ? turn.text : undefined;
}

describe('goodbyes after a failure', () => {
  const retriever = overlapRetriever();

  function withResult(result: unknown, index: number): DialoguePlan {
    const plan = clearRequestPlan(index);
    return { ...plan, turns: plan.turns.map((t): Turn => (t.speaker === 'tool' ? { ...t, result } : t)) };
  }

  /** A composed goodbye starts with one of the opening sentences of its kind. */
  const opensWith = (text: string, openings: string[]): boolean => openings.some((o) => text === o || text.startsWith(`${o} `));

  it('a tool result with success: false gets a regretful response and goodbye, a good one a happy goodbye', () => {
    for (let index = 0; index < 25; index++) {
      const failed = realize(withResult({ success: false, statusMessage: 'Invalid session' }, index), { retriever });
      const response = textOf(failed.turns, 'response');
      const bye = textOf(failed.turns, 'user_bye');
      assert.ok(response && !/^(Done|All set|Good news)/.test(response), response);
      assert.ok(bye && opensWith(bye, userByeOpenings(true)), bye);
      const fine = textOf(realize(clearRequestPlan(index), { retriever }).turns, 'user_bye');
      assert.ok(fine && opensWith(fine, userByeOpenings(false)), fine);
    }
  });

  it('after response_fail the user does not thank for the help', () => {
    const plan: DialoguePlan = {
      ...clearRequestPlan(3),
      flow: 'cannot_fulfil_01',
      family: 'cannot_fulfil',
      chain: [],
      slots: [],
      turns: [
        { speaker: 'user', action: 'inform_intent_clear' },
        { speaker: 'assistant', action: 'retriever_call', query: 'defrost the freezer', retrieved: [], state: { api_confirmed: false, api_status: 'none' } },
        { speaker: 'assistant', action: 'response_fail', state: { api_confirmed: false, api_status: 'none' } },
        { speaker: 'user', action: 'user_bye' },
        { speaker: 'assistant', action: 'system_bye', state: { api_confirmed: false, api_status: 'none' } },
      ],
    };
    for (let index = 0; index < 15; index++) {
      const bye = textOf(realize({ ...plan, index }).turns, 'user_bye');
      assert.ok(bye && opensWith(bye, userByeOpenings(true)) && !opensWith(bye, userByeOpenings(false)), bye);
    }
    assert.ok(userByeOpenings(true).length >= 5);
  });
});

describe('goodbyes name what the dialogue did (issue 10 item 4)', () => {
  const topic = { intent: 'list the jazz events' };
  it('user and assistant goodbyes often name the answer or the intent, so they are the dialogue\'s own', () => {
    let named = 0;
    for (let n = 0; n < 200; n++) {
      const style = (['terse', 'casual', 'formal'] as const)[n % 3]!;
      const bye = userBye(Rng.keyed(`u${n}`), style, topic, false, n % 2 ? 'Jazz Night' : undefined);
      if (/Jazz Night|list the jazz events/.test(bye)) named++;
      // "Noted, thanks. Jazz Night, noted.": the reaction repeats no cue word of the thanks.
      for (const cue of ['noted', 'got it', 'okay', 'nice', 'good', 'what i needed']) assert.ok((bye.toLowerCase().match(new RegExp(`\\b${cue}\\b`, 'g')) ?? []).length <= 1, bye);
      assert.ok(opensWithAny(bye, userByeOpenings(false)), bye);
    }
    assert.ok(named >= 100, `only ${named} of 200 goodbyes name the answer or the intent`);
  });
  it('the assistant does not echo "Thanks for helping me …" back, nor say "any time" twice', () => {
    for (let n = 0; n < 200; n++) {
      const said = 'Thanks for helping me list the jazz events.';
      const bye = systemBye(Rng.keyed(`s${n}`), topic, false, n % 2 ? 'Jazz Night' : undefined, said);
      assert.ok(!bye.includes('list the jazz events'), bye);
      assert.ok((bye.toLowerCase().match(/\bany ?time\b/g) ?? []).length <= 1, bye);
    }
  });
});

function opensWithAny(text: string, openings: string[]): boolean {
  return openings.some((o) => text === o || text.startsWith(`${o} `));
}

describe('goodbyes name the record the user gave (issue 10 item 4)', () => {
  const getOrder: RecordOperation = { name: 'getOrder', api: 'shop', description: 'Get an order.', method: 'GET', path: '/orders/{orderId}', parameters: { type: 'object', properties: { orderId: { type: 'integer', description: 'The order ID.' } }, required: ['orderId'] } };
  const findStore: RecordOperation = { name: 'findStore', api: 'shop', description: 'Find stores.', method: 'GET', path: '/stores', parameters: { type: 'object', properties: { store_name: { type: 'string' }, keywords: { type: 'string', description: 'Job title keywords.' }, city: { type: 'string' }, term: { type: 'string' } } } };
  const plan = (param: string, value: unknown, source: 'asked' | 'chained' = 'asked') => {
    const operation = param === 'orderId' ? 'shop.getOrder' : 'shop.findStore';
    return { operations: { 'shop.getOrder': getOrder, 'shop.findStore': findStore }, slots: [{ operation, param, value, source, required: true }], said: new Set([`${operation}\u0000${param}`]) };
  };
  it('a short key is said with its record noun, a proper name as it is; opaque, unsaid and chained values are not', () => {
    const order = plan('orderId', 820005);
    assert.equal(subjectOf(order, order.said), 'order 820005');
    const store = plan('store_name', 'Porto Hardware');
    assert.equal(subjectOf(store, store.said), 'Porto Hardware');
    assert.equal(subjectOf(store, new Set()), undefined);
    const opaque = plan('orderId', '7ouMYWpwJ422jRcDASZB7P');
    assert.equal(subjectOf(opaque, opaque.said), undefined);
    const code = plan('orderId', 'PROJ-12');
    assert.equal(subjectOf(code, code.said), 'order PROJ-12');
    const longCode = plan('orderId', 'TN-952732635');
    assert.equal(subjectOf(longCode, longCode.said), undefined);
    const chained = plan('orderId', 820005, 'chained');
    assert.equal(subjectOf(chained, chained.said), undefined);
    const lower = plan('store_name', 'the corner shop');
    assert.equal(subjectOf(lower, lower.said), undefined);
    // A place the request is about is its subject; beside other words it is a filter ("Happy to help with Seoul again").
    const city = plan('city', 'Lisbon');
    assert.equal(subjectOf(city, city.said), 'Lisbon');
    const filtered = { ...city, slots: [...city.slots, { operation: 'shop.findStore', param: 'term', value: 'coffee roasters', source: 'asked' as const, required: true }] };
    assert.equal(subjectOf(filtered, new Set([...city.said, 'shop.findStore\u0000term'])), undefined);
  });
  it('most goodbyes with a record name it, open as goodbyes do, and the assistant does not name it again after the user', () => {
    const topic = { intent: 'get an order', subject: 'order 820005' };
    let user = 0;
    let system = 0;
    for (let n = 0; n < 200; n++) {
      const style = (['terse', 'casual', 'formal'] as const)[n % 3]!;
      const failed = n % 4 === 0;
      const bye = userBye(Rng.keyed(`v${n}`), style, topic, failed);
      if (bye.includes('order 820005')) user++;
      assert.ok(opensWithAny(bye, userByeOpenings(failed)), bye);
      const reply = systemBye(Rng.keyed(`w${n}`), topic, failed, undefined, bye);
      if (reply.includes('order 820005')) system++;
      if (bye.includes('order 820005')) assert.ok(!reply.includes('order 820005'), `${bye} / ${reply}`);
      if (failed && reply.includes('order 820005')) assert.ok(/^(Sorry|I hope|I wish)/.test(reply), reply);
    }
    assert.ok(user >= 130, `only ${user} of 200 user goodbyes name the record`);
    assert.ok(system >= 20, `only ${system} of 200 assistant goodbyes name the record`);
  });
  it('the assistant\'s goodbyes naming the record read as goodbyes to the eval classifier', () => {
    for (const frame of [...SYSTEM_SUBJECT, ...SYSTEM_SUBJECT_FAILED]) assert.equal(textAction(frame('order 820005'), { tools: [] } as never), 'system_bye', frame('order 820005'));
  });
});
