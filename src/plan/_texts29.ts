/**
 * The texts of one record are about one thing (QUALITY.md E, wave 29):
 * - a message template's name, subject, HTML (`code`) and plain text (`text`), and their published copies, speak
 *   of one topic: an "Onboarding Template" welcomes, its subject is no "Question about my order" and its text no
 *   invoice. The topic comes from what the user gave (subject, then name), else from the record's own texts;
 * - a webhook's description names its events ("Spam and send alerts…", never "Open and click tracking" over
 *   `["spam", "send"]`): the drawn description is made from the events, or the events from a description the user
 *   gave; it has sent no more batches than events.
 * Only texts the generator drew change (the `*|FNAME|*` bodies, the webhook vocabulary); values the user sent or
 * the chain reads stay.
 */

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Topic {
  /** Words of a subject, name or body that say this topic. */
  words: RegExp;
  subjects: readonly string[];
  body: string;
  /** Departments whose "<Department> Template" is about this topic (`_names.ts`). */
  departments: readonly string[];
}

const TOPICS: readonly Topic[] = [
  { words: /question about my order|support|help/i, subjects: ['Question about my order'], body: 'thanks for your question about your order. Our team will reply within one working day.', departments: ['Support'] },
  { words: /ship|deliver|order/i, subjects: ['Delivery update', 'Your order has shipped'], body: 'your order has shipped and is on its way.', departments: ['Sales', 'Operations', 'Product'] },
  { words: /invoice|billing|payment|finance/i, subjects: ['Invoice attached', 'Your invoice is ready'], body: 'your invoice for this month is ready.', departments: ['Billing', 'Finance'] },
  { words: /sign(ing|ed)? ?up|welcome|onboard|get(ting)? started/i, subjects: ['Welcome aboard', 'Getting started'], body: 'thanks for signing up. Here is how to get started.', departments: ['Onboarding', 'Partner'] },
  { words: /terms|policy|privacy|legal/i, subjects: ['Update to our terms of service', 'Our terms are changing'], body: 'we have updated our terms of service.', departments: ['Legal', 'Security', 'Data'] },
  { words: /appointment|booking|visit/i, subjects: ['Your appointment is confirmed', 'Appointment reminder'], body: 'your appointment is confirmed.', departments: ['Design', 'Research', 'Engineering'] },
  { words: /address|moved|moving/i, subjects: ['Change of address'], body: 'we have moved to a new address. Please update your records.', departments: ['Facilities'] },
  { words: /thank/i, subjects: ['Thank you'], body: 'thank you for being with us. We hope to see you again soon.', departments: ['Marketing'] },
];

const GENERATED_BODY = /\*\|FNAME\|\*/;
const TEMPLATE_NAME = /^(\p{Lu}\p{L}+) Template$/u;

/** A string's small, stable number (a choice among a topic's subjects that does not move with the rng). */
const hashOf = (s: string): number => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** The topic a template's name says ("Billing Template"), by its department word. */
function nameTopic(name: unknown): Topic | undefined {
  const dept = typeof name === 'string' ? TEMPLATE_NAME.exec(name)?.[1] : undefined;
  return dept === undefined ? undefined : TOPICS.find((t) => t.departments.includes(dept));
}

/** The topic a subject or body says, by its words (a subject of the list first, exactly). */
function textTopic(text: unknown): Topic | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const plain = text.replace(/<[^>]+>/g, ' ').replace(/\*\|FNAME\|\*/g, '');
  return TOPICS.find((t) => t.subjects.includes(text)) ?? TOPICS.find((t) => t.words.test(plain));
}

const subjectOf = (topic: Topic, seed: string): string => topic.subjects[hashOf(seed) % topic.subjects.length]!;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A body drawn by `_template-fields.ts` rewritten to the topic, its greeting kept. */
function rewriteBody(value: string, topic: Topic): string {
  const html = value.startsWith('<p>');
  const greeting = /(Hi|Hello|Dear) \*\|FNAME\|\*,/.exec(value)?.[0] ?? 'Hi *|FNAME|*,';
  return html ? `<p>${greeting}</p><p>${cap(topic.body)}</p>` : `${greeting} ${topic.body}`;
}

// ---- webhooks ----

/** What each Mandrill-style event is called in a description. */
const EVENT_WORDS: Readonly<Record<string, string>> = { send: 'send', deferral: 'deferral', hard_bounce: 'bounce', soft_bounce: 'soft bounce', bounce: 'bounce', open: 'open', click: 'click', spam: 'spam', unsub: 'unsubscribe', reject: 'reject', inbound: 'inbound mail' };
const ENGAGEMENT = new Set(['open', 'click']);
const PROBLEMS = new Set(['bounce', 'soft bounce', 'spam', 'reject', 'deferral', 'unsubscribe']);
/** The webhook descriptions `_vocab.ts` draws: only these are rewritten. */
export const WEBHOOK_DESCRIPTIONS29 = ['Order events for the shop backend', 'Bounce alerts for the support team', 'Delivery events for the CRM sync', 'Open and click tracking for the newsletter'] as const;
const DRAWN_DESCRIPTION = new Set<string>(WEBHOOK_DESCRIPTIONS29);

const listed = (words: readonly string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** A description that names the events ("Spam and reject alerts for the support team"), keeping the old one's audience. */
export function describeEvents29(events: readonly string[], old: string): string | undefined {
  const words = [...new Set(events.map((e) => EVENT_WORDS[e]))];
  if (words.length === 0 || words.some((w) => w === undefined)) return undefined;
  const kind = words.every((w) => ENGAGEMENT.has(w!)) ? 'tracking' : words.every((w) => PROBLEMS.has(w!)) ? 'alerts' : 'events';
  const audience = / for the .+$/.exec(old)?.[0] ?? '';
  return `${cap(listed(words as string[]))} ${kind}${audience}`;
}

/** The events a drawn description speaks of (`Bounce alerts…` → bounce), or undefined when it names none. */
function eventsOf(description: string, allowed: readonly string[]): string[] | undefined {
  const lower = description.toLowerCase();
  const wanted = /order|deliver/.test(lower) ? ['send'] : ['open', 'click', 'bounce', 'spam', 'reject', 'send'].filter((e) => lower.includes(e));
  const out = wanted.filter((e) => allowed.length === 0 || allowed.includes(e));
  return out.length > 0 ? [...new Set(out)] : undefined;
}

const isEvents = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'string');

/** The user's values agree before they are said: a drawn webhook description names the events given; a template's subject fits its name. */
export function userTexts29(values: Map<string, unknown>): void {
  const description = values.get('description');
  const events = values.get('events');
  if (typeof description === 'string' && DRAWN_DESCRIPTION.has(description) && isEvents(events)) {
    const made = describeEvents29(events, description);
    if (made !== undefined) values.set('description', made);
  }
  const byName = nameTopic(values.get('name'));
  const subject = values.get('subject');
  if (byName !== undefined && typeof subject === 'string' && textTopic(subject) !== byName) values.set('subject', subjectOf(byName, String(values.get('name'))));
}

/** One built record's texts made to agree (see the file comment); `kept`: values the user sent or the chain reads. */
function settleRecord(obj: Json, args: Readonly<Json>, kept: (v: unknown) => boolean): void {
  if ((typeof obj.code === 'string' && GENERATED_BODY.test(obj.code)) || (typeof obj.text === 'string' && GENERATED_BODY.test(obj.text))) {
    const topic = (kept(obj.subject) ? textTopic(obj.subject) : undefined) ?? nameTopic(obj.name) ?? textTopic(args.subject) ?? textTopic(obj.subject) ?? textTopic(obj.code);
    if (topic !== undefined) {
      const seed = String(obj.name ?? '');
      for (const key of ['code', 'text', 'publish_code', 'publish_text']) {
        const v = obj[key];
        if (typeof v === 'string' && GENERATED_BODY.test(v) && !kept(v)) obj[key] = rewriteBody(v, topic);
      }
      for (const key of ['subject', 'publish_subject']) if (typeof obj[key] === 'string' && !kept(obj[key]) && textTopic(obj[key]) !== topic) obj[key] = subjectOf(topic, seed);
      // The published copy is of this template: its name is the template's own.
      if (typeof obj.publish_name === 'string' && typeof obj.name === 'string' && !kept(obj.publish_name)) obj.publish_name = obj.name;
    }
  }
  if (typeof obj.description === 'string' && isEvents(obj.events)) {
    if (DRAWN_DESCRIPTION.has(obj.description) && !kept(obj.description)) {
      const made = describeEvents29(obj.events, obj.description);
      if (made !== undefined) obj.description = made;
    } else if (DRAWN_DESCRIPTION.has(obj.description) && !kept(obj.events)) {
      const events = eventsOf(obj.description, []);
      if (events !== undefined) obj.events = events;
    }
  }
  // A batch holds one event or more: never more batches sent than events.
  if (typeof obj.batches_sent === 'number' && typeof obj.events_sent === 'number' && obj.batches_sent > obj.events_sent && !kept(obj.batches_sent) && !kept(obj.events_sent)) {
    [obj.batches_sent, obj.events_sent] = [obj.events_sent, obj.batches_sent];
  }
}

/** Settle the records of a built result (top level and lists, two levels deep). */
export function settleTexts29(result: unknown, args: Readonly<Json>, keptValue: (v: unknown) => boolean): void {
  // A list the user sent (the new `events`) is kept as well as a text.
  const sentLists = Object.values(args).filter(Array.isArray).map((v) => JSON.stringify(v));
  const kept = (v: unknown): boolean => keptValue(v) || (Array.isArray(v) && sentLists.includes(JSON.stringify(v)));
  const visit = (node: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isObj(node)) return;
    settleRecord(node, args, kept);
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') visit(v, depth + 1);
  };
  visit(result, 0);
}

// ---- items under one parent (chapters of an audiobook, episodes of a show, tracks of an album) ----

const PARENT_KEYS = ['audiobook', 'show', 'album'] as const;
/** A description `_names.ts` drew from its plots: it belongs to no record in particular. */
const DRAWN_PLOT = /^The story of /;

/** An item's nested parent agrees with itself (its own href, one description), and the item's drawn description speaks of it. */
function settleParent(item: Json, kept: (v: unknown) => boolean): void {
  for (const key of PARENT_KEYS) {
    const parent = item[key];
    if (!isObj(parent)) continue;
    // The parent's link is to itself: `/v1/audiobooks/<its id>`, never `/v1/chapters/…`.
    if (typeof parent.href === 'string' && typeof parent.id === 'string' && /\/v1\/[a-z]+\/[^/?]+$/.test(parent.href) && !kept(parent.href)) parent.href = parent.href.replace(/\/[a-z]+\/[^/?]+$/, `/${key}s/${parent.id}`);
    if (key === 'show' && typeof parent.description === 'string' && DRAWN_PLOT.test(parent.description) && typeof parent.name === 'string' && !kept(parent.description)) parent.description = `A podcast about ${parent.name}.`;
    if (typeof parent.description === 'string' && typeof parent.html_description === 'string' && parent.html_description !== parent.description && !kept(parent.html_description)) parent.html_description = parent.description;
    const own = item.description;
    if (typeof own !== 'string' || !DRAWN_PLOT.test(own) || kept(own) || typeof parent.name !== 'string' || typeof parent.description !== 'string') continue;
    const what = typeof item.chapter_number === 'number' ? 'chapter' : key === 'show' ? 'episode' : 'track';
    const story = parent.description.replace(/^The story of /, '').replace(/^(A|An|The) /, (a) => a.toLowerCase());
    item.description = `In this ${what} of ${parent.name}: ${story}`;
    if (typeof item.html_description === 'string' && !kept(item.html_description)) item.html_description = item.description;
  }
}

/** Settle the items of a result that hold their parent (see above); cheap: only objects with a parent key. */
export function settleParents29(result: unknown, kept: (v: unknown) => boolean): void {
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    if (PARENT_KEYS.some((k) => isObj(obj[k]))) settleParent(obj, kept);
    for (const v of Object.values(obj)) if (v !== null && typeof v === 'object') visit(v, depth + 1);
  };
  visit(result, 0);
}
