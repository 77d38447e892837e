/**
 * The fields of a message template by their own meaning (QUALITY.md E): a template's `code` is its HTML, its
 * `text` the plain-text version, and any `from_name` a sender's name, never another template's name ("Billing
 * Template"). Only where the operation is about templates (`code`, `text`) or the field names a sender.
 */
import type { Rng } from '../random/index.ts';
import { companyName } from './_names.ts';

const TEMPLATE = /\btemplates?\b/;
const GREETINGS = ['Hi *|FNAME|*,', 'Hello *|FNAME|*,', 'Dear *|FNAME|*,'];
const BODIES = ['your order has shipped and is on its way.', 'thanks for signing up. Here is how to get started.', 'your invoice for this month is ready.', 'we have updated our terms of service.', 'your appointment is confirmed.'];

/** A template field's value, or undefined for a field this says nothing of (`n`: the name as lower-case words). */
export function templateField(n: string, context: string, rng: Rng): string | undefined {
  if (/(^|_)(from|sender|reply_to)_name$/.test(n)) return companyName();
  if (!TEMPLATE.test(context)) return undefined;
  const greeting = GREETINGS[rng.int(0, GREETINGS.length - 1)]!;
  const body = BODIES[rng.int(0, BODIES.length - 1)]!;
  if (/^(publish_)?code$|(^|_)html$/.test(n)) return `<p>${greeting}</p><p>${body.charAt(0).toUpperCase()}${body.slice(1)}</p>`;
  if (/^(publish_)?text$/.test(n)) return `${greeting} ${body}`;
  return undefined;
}
