/**
 * Days and months are proper names: the user may type "for saturday", but the assistant, echoing the request,
 * writes "for Saturday". "may" and "march" are left alone: as words they are a verb far more often than a month.
 */
const DAY_OR_MONTH = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/g;

export function properNames29(text: string): string {
  return text.replace(DAY_OR_MONTH, (w) => w.charAt(0).toUpperCase() + w.slice(1));
}
