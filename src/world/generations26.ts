/**
 * The first model years of each generation of the other models VEHICLE_MODELS lists (QUALITY.md E), wave 26: a
 * Nissan Leaf's generations are 2011–2017, 2018–2025 and 2026 on, never three drawn spans of five years. US model
 * years; a model of one generation (a Tesla Model 3, a Bugatti Chiron) lists one. Keyed "make|model", lower case.
 * Models not listed here nor in MODEL_GENERATION_STARTS keep spans shared out over the years they were sold.
 */
export const MORE_GENERATION_STARTS26: Readonly<Record<string, readonly number[]>> = {
  'nissan|leaf': [2011, 2018, 2026], 'nissan|altima': [1993, 1998, 2002, 2007, 2013, 2019], 'nissan|sentra': [1982, 1987, 1991, 1995, 2000, 2007, 2013, 2020],
  'nissan|rogue': [2008, 2014, 2021], 'nissan|frontier': [1998, 2005, 2022],
  'toyota|rav4': [1996, 2001, 2006, 2013, 2019, 2026], 'toyota|prius': [2001, 2004, 2010, 2016, 2023], 'toyota|tacoma': [1995, 2005, 2016, 2024],
  'toyota|highlander': [2001, 2008, 2014, 2020],
  'honda|accord': [1976, 1982, 1986, 1990, 1994, 1998, 2003, 2008, 2013, 2018, 2023], 'honda|cr-v': [1997, 2002, 2007, 2012, 2017, 2023],
  'honda|pilot': [2003, 2009, 2016, 2023], 'honda|fit': [2007, 2009, 2015],
  'ford|explorer': [1991, 1995, 2002, 2006, 2011, 2020], 'ford|escape': [2001, 2008, 2013, 2020], 'ford|focus': [2000, 2008, 2012], 'ford|fusion': [2006, 2013],
  'chevrolet|silverado': [1999, 2007, 2014, 2019], 'chevrolet|malibu': [1997, 2004, 2008, 2013, 2016], 'chevrolet|equinox': [2005, 2010, 2018, 2025],
  'chevrolet|camaro': [1967, 1970, 1982, 1993, 2010, 2016], 'chevrolet|bolt': [2017], 'chevrolet|tahoe': [1995, 2000, 2007, 2015, 2021],
  'hyundai|elantra': [1991, 1996, 2001, 2007, 2011, 2017, 2021], 'hyundai|sonata': [1989, 1995, 1999, 2006, 2011, 2015, 2020],
  'hyundai|tucson': [2005, 2010, 2016, 2022], 'hyundai|santa fe': [2001, 2007, 2013, 2019, 2024], 'hyundai|ioniq 5': [2022],
  'kia|optima': [2001, 2006, 2011, 2016], 'kia|sorento': [2003, 2011, 2016, 2021], 'kia|sportage': [1995, 2005, 2011, 2017, 2023],
  'kia|soul': [2010, 2014, 2020], 'kia|telluride': [2020],
  'volkswagen|jetta': [1980, 1985, 1993, 1999, 2005, 2011, 2019], 'volkswagen|tiguan': [2009, 2018, 2025], 'volkswagen|beetle': [1998, 2012],
  'subaru|outback': [1995, 2000, 2005, 2010, 2015, 2020, 2026], 'subaru|forester': [1998, 2003, 2009, 2014, 2019, 2025],
  'subaru|impreza': [1993, 2002, 2008, 2012, 2017, 2024],
  'mazda|mazda3': [2004, 2010, 2014, 2019], 'mazda|cx-5': [2013, 2017], 'mazda|mx-5 miata': [1990, 1999, 2006, 2016],
  'jeep|wrangler': [1987, 1997, 2007, 2018], 'jeep|grand cherokee': [1993, 1999, 2005, 2011, 2022],
  'ram|1500': [2011, 2019], 'gmc|sierra': [1999, 2007, 2014, 2019], 'dodge|challenger': [2008], 'dodge|charger': [2006, 2011, 2024],
  'chrysler|pt cruiser': [2001], 'chrysler|pacifica': [2017], 'cadillac|cts': [2003, 2008, 2014], 'cadillac|escalade': [1999, 2002, 2007, 2015, 2021],
  'bmw|3 series': [1975, 1982, 1990, 1998, 2005, 2012, 2019], 'bmw|5 series': [1972, 1981, 1988, 1995, 2003, 2010, 2017, 2024],
  'bmw|x5': [2000, 2007, 2014, 2019], 'bmw|m3': [1988, 1995, 2001, 2008, 2014, 2021],
  'mercedes-benz|c-class': [1994, 2001, 2008, 2015, 2022], 'mercedes-benz|e-class': [1994, 1996, 2003, 2010, 2017, 2024], 'mercedes-benz|gle': [2016, 2020],
  'audi|a4': [1996, 2002, 2005, 2009, 2017], 'audi|a6': [1995, 1998, 2005, 2012, 2019], 'audi|q5': [2009, 2018, 2025], 'audi|r8': [2008, 2017],
  'lexus|rx': [1999, 2004, 2010, 2016, 2023], 'lexus|es': [1990, 1992, 1997, 2002, 2007, 2013, 2019],
  'porsche|cayenne': [2003, 2011, 2019], 'porsche|macan': [2015, 2025], 'porsche|panamera': [2010, 2017, 2024], 'porsche|taycan': [2020],
  'porsche|boxster': [1997, 2005, 2013, 2017],
  'tesla|model s': [2012], 'tesla|model 3': [2017], 'tesla|model x': [2016], 'tesla|model y': [2020],
  'ferrari|488': [2016], 'ferrari|f8 tributo': [2020], 'ferrari|812 superfast': [2018], 'lamborghini|huracan': [2015], 'lamborghini|aventador': [2012],
  'lamborghini|urus': [2019], 'mclaren|720s': [2018], 'bugatti|chiron': [2017], 'bugatti|veyron': [2006],
  'mitsubishi|outlander': [2003, 2007, 2014, 2022], 'volvo|xc90': [2003, 2016], 'volvo|xc60': [2010, 2018], 'mini|cooper': [2002, 2007, 2014, 2025],
  'fiat|500': [2012], 'land rover|range rover': [1970, 1995, 2003, 2013, 2022],
};
