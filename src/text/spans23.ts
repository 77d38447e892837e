/**
 * How long a date range a description allows (QUALITY.md E): "the difference between dt and end_dt should not be
 * more than 30 days", "maximum range is 90 days", "up to 7 days". Shared by the planner (a range the user gives
 * fits it) and the checker (a call's range never exceeds it).
 */
const MAX_SPAN = /\b(?:not (?:be )?more than|no more than|no longer than|maximum(?: of)?|max(?:imum)? (?:range|span|period)(?: of| is)?|at most|up to|cannot exceed|must not exceed|limited to)\s+(\d{1,4})\s+days?\b/i;
const cache = new Map<string, number | undefined>();

/** The longest range in days a description allows, or undefined where it documents none. */
export function documentedMaxSpan(text: string): number | undefined {
  if (text.length === 0 || !/days?\b/i.test(text)) return undefined;
  if (cache.has(text)) return cache.get(text);
  const m = MAX_SPAN.exec(text);
  const days = m ? Number(m[1]) : undefined;
  if (cache.size > 5000) cache.clear();
  cache.set(text, days);
  return days;
}

/** An operation for one day ("historical weather for a date", "the rates on a given day"): a range of it stays short. */
export const ONE_DAY_INTENT = /\bfor (?:a|one|the|a given|a specific|a single) (?:date|day)\b|\bon (?:a|one|a given|a specific) (?:date|day)\b/i;
