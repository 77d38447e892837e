/**
 * Machine forms of a moment that a person says as a date: Unix seconds or milliseconds (1772965284), the
 * compact yyyyMMdd a spec may document ("20250707") and an ISO moment in UTC ("2024-02-09T12:15:00Z"). The realizer says them as "March 8, 2026 at 10:21 UTC";
 * the matcher (src/text/match.ts) counts that spoken form as stating the value, so both sides agree on purpose.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Unix seconds between 2001 and 2049: smaller numbers are counts, larger ones milliseconds. */
const SECONDS_MIN = 978_307_200;
const SECONDS_MAX = 2_524_608_000;
const COMPACT = /^(19|20)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/** The moment a number names as Unix seconds or milliseconds, or undefined when it names none. */
export function epochMoment(value: unknown): Date | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  if (value >= SECONDS_MIN && value < SECONDS_MAX) return new Date(value * 1000);
  if (value >= SECONDS_MIN * 1000 && value < SECONDS_MAX * 1000 && value % 1000 === 0) return new Date(value);
  return undefined;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "March 8, 2026 at 10:21 UTC" for 1772965260 (seconds kept when the moment has them); undefined for no epoch. */
export function spokenEpoch(value: unknown): string | undefined {
  const at = epochMoment(value);
  if (!at) return undefined;
  const seconds = at.getUTCSeconds() === 0 ? '' : `:${two(at.getUTCSeconds())}`;
  return `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()} at ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}${seconds} UTC`;
}

/** "July 7, 2025" for the compact date "20250707"; undefined for any other text. */
export function spokenCompactDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = COMPACT.exec(value);
  if (!m) return undefined;
  return `${MONTHS[Number(m[3]) - 1]} ${Number(m[4])}, ${m[1]}${m[2]}`;
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.0+)?)?(?:Z|[+-]00:?00)$/;

/** "February 9, 2024 at 12:15 UTC" for "2024-02-09T12:15:00Z" (a UTC moment only; seconds kept when it has them). */
export function spokenIsoMoment(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length < 17 || value.charAt(10) !== 'T') return undefined;
  const m = ISO_UTC.exec(value);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const seconds = m[6] === undefined || m[6] === '00' ? '' : `:${m[6]}`;
  return `${MONTHS[month - 1]} ${day}, ${m[1]} at ${m[4]}:${m[5]}${seconds} UTC`;
}

const LOCAL_MIDNIGHT = /^(\d{4})-(\d{2})-(\d{2})T00:00(?::00(?:\.0+)?)?$/;

/** "May 15, 2025" for "2025-05-15T00:00:00": a day sent as its midnight, no zone, is said as the day. */
export function spokenMidnight(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length < 16 || value.charAt(10) !== 'T') return undefined;
  const m = LOCAL_MIDNIGHT.exec(value);
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  return m && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${MONTHS[month - 1]} ${day}, ${m[1]}` : undefined;
}

/** The spoken form of a machine date or moment, or undefined when the value is neither. */
export function spokenMoment(value: unknown): string | undefined {
  return spokenEpoch(value) ?? spokenCompactDate(value) ?? spokenIsoMoment(value) ?? spokenMidnight(value);
}
