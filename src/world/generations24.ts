/**
 * The first model years of each generation of some long-lived models (QUALITY.md E), wave 24: a Mustang's
 * generations are its real ones (the seventh from 2024), never a drawn "7, 8, 9 from 2006, 2013, 2020".
 * Keyed "make|model", lower case; the first year is the one VEHICLE_MODELS gives (the US market's).
 */
export const MODEL_GENERATION_STARTS: Readonly<Record<string, readonly number[]>> = {
  'ford|mustang': [1965, 1974, 1979, 1994, 2005, 2015, 2024],
  'porsche|911': [1965, 1974, 1989, 1994, 1998, 2005, 2012, 2019],
  'chevrolet|corvette': [1953, 1963, 1968, 1984, 1997, 2005, 2014, 2020],
  'honda|civic': [1973, 1980, 1984, 1988, 1992, 1996, 2001, 2006, 2012, 2016, 2022],
  'volkswagen|golf': [1975, 1984, 1992, 1998, 2004, 2009, 2013, 2020],
  'toyota|corolla': [1968, 1970, 1974, 1979, 1983, 1987, 1991, 1995, 2000, 2006, 2013, 2019],
  'ford|f-150': [1975, 1980, 1987, 1992, 1997, 2004, 2009, 2015, 2021],
  'toyota|camry': [1983, 1987, 1992, 1997, 2002, 2007, 2012, 2018, 2025],
};
