/** {sent_monthly: 0}, {opened_weekly: 12}: a count over a period is "the number sent this month", never "the sent monthly". */
const PERIODS: Record<string, string> = { hourly: 'this hour', daily: 'today', today: 'today', weekly: 'this week', monthly: 'this month', yearly: 'this year', total: 'in all' };
const PERIOD_PARTICIPLE = /^((?:[a-z]{2,}ed|sent|sold|won|lost|paid|seen|done|taken|given|written|spent|bought|held|built|made|found|shown)) (hourly|daily|today|weekly|monthly|yearly|total)$/;

export function periodCount27(name: string, value: unknown, now: boolean): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return undefined;
  const m = PERIOD_PARTICIPLE.exec(name);
  if (!m || /eed$/.test(m[1]!)) return undefined;
  return `the number ${m[1]} ${PERIODS[m[2]!]} ${now ? 'is now' : 'is'} ${value}`;
}
