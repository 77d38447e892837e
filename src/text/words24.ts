/** Two-letter continent codes and the names a person says ("OC" → Oceania), for speech and for matching. */
export const CONTINENT_NAMES: Readonly<Record<string, string>> = { AF: 'Africa', AN: 'Antarctica', AS: 'Asia', EU: 'Europe', NA: 'North America', OC: 'Oceania', SA: 'South America' };

/** The key of a list item that is its day in a series of days (a forecast's `date`), unlike a record's `release_date`. */
export const SERIES_DAY_KEY = /^(?:date|day|dt|forecast_?date|valid_?date|date_?local)$/i;
