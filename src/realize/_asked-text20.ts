/**
 * The user asked for messages, comments or notes: what each says (its `message`, `body`, `text`, `content`) is what
 * they came for, said before its subject, status and date (QUALITY.md F: "the subject is Delivery update, the status
 * is read" leaves out the message itself).
 */
const WRITTEN = /\b(?:messages?|comments?|notes?|replies|reply|conversations?|chats?)\b/i;
const TEXT_FIELDS = ['message', 'body', 'text', 'content', 'comment', 'note'];

/** `wanted` with the text fields of written items added when `asked` asks for written items. */
export function withTextAsked(wanted: Set<string>, asked: string): Set<string> {
  if (WRITTEN.test(asked)) for (const w of TEXT_FIELDS) wanted.add(w);
  return wanted;
}
