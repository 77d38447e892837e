/** Records that are the entity asked for (QUALITY.md E): src/check/_rules-echo16.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { echoSentTickers, namesOfTickers } from '../../src/plan/_honour-echo.ts';
import { emailOfName } from '../../src/plan/_agree-people16.ts';
import { honourArguments } from '../../src/plan/_honour.ts';
import { describeKnown } from '../../src/plan/_names.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const ticker = violationsOf('ticker_company_mismatch');
const lookup = violationsOf('symbol_lookup_not_echoed');
const email = violationsOf('email_not_of_name');
const filter = violationsOf('list_filter_missing');
const words = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

describe('records are the entity asked for', () => {
  test('are meaning invariants', () => {
    for (const id of ['ticker_company_mismatch', 'symbol_lookup_not_echoed', 'email_not_of_name', 'list_filter_missing']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test("a well-known ticker named for another company breaks it; its own company or an unknown name passes", () => {
    const quote = (name: string) => ({ Stocks: { QuoteOutput: { Symbol: 'AAPL', Name: name, LastPrice: '189.20' } } });
    assert.deepEqual(ticker(oneCall({ symbol: 'AAPL' }, quote('Tesla Inc'))), ['ticker_company_mismatch']);
    assert.deepEqual(ticker(oneCall({ symbol: 'AAPL' }, quote('Apple Inc.'))), []);
    assert.deepEqual(ticker(oneCall({ symbol: 'AAPL' }, quote('Bustos Flores & Co.'))), []);
  });
  test('a symbol lookup saying back another ticker breaks it; the sent one passes', () => {
    const reply = (t: string) => ({ SymbolLookupOutput: { IsValid: true, SymbolIn: t, SymbolOut: t } });
    assert.deepEqual(lookup(oneCall({ symbol: 'AAPL' }, reply('TSLA'))), ['symbol_lookup_not_echoed']);
    assert.deepEqual(lookup(oneCall({ symbol: 'AAPL' }, reply('AAPL'))), []);
  });
  test("a person's email naming someone else breaks it; their own, a firm's or a template's passes", () => {
    const minister = (mail: string, name = 'Marco Sato') => ({ headline: name, emailHtml: mail, post: 'Minister of Finance', photo: 'https://images.example.com/a.jpg' });
    assert.deepEqual(email(oneCall({ key: 'x1' }, minister('travis.vonrueden52@hotmail.com'))), ['email_not_of_name']);
    assert.deepEqual(email(oneCall({ key: 'x1' }, minister('marco.sato@hotmail.com'))), []);
    assert.deepEqual(email(oneCall({ key: 'x1' }, minister('msato@hotmail.com'))), []);
    assert.deepEqual(email(oneCall({ key: 'x1' }, minister('kim.liam@proton.me', 'Branco Digital'))), []);
    assert.deepEqual(email(oneCall({}, { from_email: 'kim.liam@proton.me', from_name: 'Faria Group', name: 'Facilities Template' })), []);
  });
  test('items listed for a label none of them carries break it; carrying it passes', () => {
    const templates = (labels: string[][]) => labels.map((l, i) => ({ name: `T${i}`, labels: l }));
    assert.deepEqual(filter(oneCall({ label: 'Important' }, templates([['Priority'], ['Important']]))), ['list_filter_missing']);
    assert.deepEqual(filter(oneCall({ label: 'Important' }, templates([['Important', 'Priority'], ['important']]))), []);
    assert.deepEqual(filter(oneCall({ category: 'news' }, { items: [{ categories: ['sports'] }] })), ['list_filter_missing']);
  });
});

describe('the generator makes records the entity asked for', () => {
  test('a quote fetched for AAPL is named Apple and its lookup says AAPL back', () => {
    const result = { Stocks: { QuoteOutput: { Symbol: 'AAPL', Name: 'Tesla Inc' } }, SymbolLookupOutput: { SymbolIn: 'TSLA', SymbolOut: 'TSLA' } };
    echoSentTickers(result, { symbol: 'AAPL' }, 'quote_get_details', []);
    namesOfTickers(result, []);
    assert.equal(result.Stocks.QuoteOutput.Name, 'Apple Inc.');
    assert.deepEqual(result.SymbolLookupOutput, { SymbolIn: 'AAPL', SymbolOut: 'AAPL' });
    const kept = { symbol: 'AAPL', name: 'Apple Inc' };
    namesOfTickers(kept, []);
    assert.equal(kept.name, 'Apple Inc');
    const pinned = { symbol: 'AAPL', name: 'Tesla Inc' };
    namesOfTickers(pinned, ['name']);
    assert.equal(pinned.name, 'Tesla Inc');
  });
  test("a person's email is made from their name at its own domain; a firm's stays", () => {
    const person: Record<string, unknown> = { headline: 'Tomás García', emailHtml: 'travis.vonrueden52@hotmail.com' };
    emailOfName(person, Object.keys(person), words);
    assert.equal(person.emailHtml, 'tomas.garcia@hotmail.com');
    const firm: Record<string, unknown> = { name: 'Nilsson AB', email: 'ravi_kowalski44@fastmail.com' };
    emailOfName(firm, Object.keys(firm), words);
    assert.equal(firm.email, 'ravi_kowalski44@fastmail.com');
    const own: Record<string, unknown> = { full_name: 'Lena Murphy', email: 'lmurphy@gmail.com' };
    emailOfName(own, Object.keys(own), words);
    assert.equal(own.email, 'lmurphy@gmail.com');
  });
  test('records listed for a label carry it; a make and model asked are the ones listed', () => {
    const templates = [{ name: 'A', labels: ['Priority'] }, { name: 'B', labels: ['Important', 'Review'] }];
    honourArguments(templates, { label: 'Important' }, { effect: 'read', name: 'list_templates', method: 'POST' }, new Set(), {});
    assert.deepEqual(templates.map((t) => t.labels), [['Important'], ['Important', 'Review']]);
    const cars = [{ make: 'Bugatti', model: 'Civic 4Dr' }];
    honourArguments(cars, { make: 'Bugatti', model: 'Chiron' }, { effect: 'read', name: 'get_fuel_economy', method: 'GET' }, new Set(), {});
    assert.equal(cars[0]!.model, 'Chiron');
  });
  test('a named playlist is described by what it is, never by a mood drawn blind', () => withRng(dialogueRng(5, 6, 'test'), () => {
    for (let i = 0; i < 20; i++) assert.match(describeKnown('playlist', 'Workout Mix', undefined, 'description') ?? '', /^Workout Mix: /);
  }));
});
