import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents29, settleParents29, settleTexts29, userTexts29 } from '../../src/plan/_texts29.ts';

const none = (): boolean => false;

describe('the texts of one record are about one thing (wave 29)', () => {
  test('a drawn webhook description names the events the user gives', () => {
    const values = new Map<string, unknown>([['description', 'Open and click tracking for the newsletter'], ['events', ['spam', 'send']]]);
    userTexts29(values);
    assert.equal(values.get('description'), 'Spam and send events for the newsletter');
    assert.equal(describeEvents29(['open', 'click'], 'Bounce alerts for the support team'), 'Open and click tracking for the support team');
    assert.equal(describeEvents29(['reject', 'spam'], 'x'), 'Reject and spam alerts');
  });

  test("a template's subject follows the name the user gives", () => {
    const values = new Map<string, unknown>([['name', 'Onboarding Template'], ['subject', 'Question about my order']]);
    userTexts29(values);
    assert.equal(values.get('subject'), 'Welcome aboard');
  });

  test("a built template's code, text and published copy share its subject's topic; sent values stay", () => {
    const record = { name: 'Finance Template', subject: 'Question about my order', code: '<p>Hi *|FNAME|*,</p><p>We have updated our terms of service.</p>', text: 'Hello *|FNAME|*, your appointment is confirmed.', publish_name: 'Partner Template', publish_text: 'Dear *|FNAME|*, your order has shipped and is on its way.' };
    settleTexts29(record, { subject: 'Question about my order' }, (v) => v === 'Question about my order');
    assert.equal(record.subject, 'Question about my order');
    assert.match(record.code, /^<p>Hi \*\|FNAME\|\*,<\/p><p>Thanks for your question about your order/);
    assert.match(record.text, /^Hello \*\|FNAME\|\*, thanks for your question/);
    assert.match(record.publish_text, /^Dear \*\|FNAME\|\*, thanks for your question/);
    assert.equal(record.publish_name, 'Finance Template');
  });

  test('a webhook shown by id: its drawn description names its events; no more batches than events', () => {
    const hook = { description: 'Open and click tracking for the newsletter', events: ['reject', 'spam'], batches_sent: 261, events_sent: 59 };
    settleTexts29(hook, { id: 1 }, none);
    assert.equal(hook.description, 'Reject and spam alerts for the newsletter');
    assert.deepEqual([hook.batches_sent, hook.events_sent], [59, 261]);
    const given = { description: 'Bounce alerts for the support team', events: ['open'] };
    settleTexts29(given, { description: 'Bounce alerts for the support team' }, (v) => v === 'Bounce alerts for the support team');
    assert.deepEqual(given.events, ['bounce']);
  });

  test("a chapter speaks of its own audiobook, which links to itself", () => {
    const chapter = { chapter_number: 6, description: 'The story of a journalist following a missing-person story.', html_description: 'The story of a journalist following a missing-person story.', audiobook: { id: 'abc', name: 'Robinson Crusoe', href: 'https://api.spotify.com/v1/chapters/x_1', description: 'A castaway survives for years on a remote island.', html_description: 'The story of two rival bakers forced to share a kitchen.' } };
    settleParents29({ chapters: [chapter] }, none);
    assert.equal(chapter.description, 'In this chapter of Robinson Crusoe: a castaway survives for years on a remote island.');
    assert.equal(chapter.html_description, chapter.description);
    assert.equal(chapter.audiobook.href, 'https://api.spotify.com/v1/audiobooks/abc');
    assert.equal(chapter.audiobook.html_description, chapter.audiobook.description);
  });
});
