/**
 * Company legal forms by country: a firm in Stockholm is "Lindqvist AB", one in Berlin "Hartmann GmbH", never a
 * German GmbH headquartered in Sweden.
 */
const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  US: ['Inc.', 'LLC', 'Corp.'], CA: ['Inc.', 'Ltd.'], GB: ['Ltd', 'plc'], IE: ['Ltd', 'DAC'], AU: ['Pty Ltd'], NZ: ['Ltd'],
  DE: ['GmbH', 'AG'], AT: ['GmbH', 'AG'], CH: ['AG', 'GmbH', 'SA'], FR: ['SA', 'SAS', 'SARL'], BE: ['NV', 'SA', 'BV'],
  NL: ['B.V.', 'N.V.'], LU: ['S.A.', 'S.à r.l.'], ES: ['S.L.', 'S.A.'], PT: ['Lda.', 'S.A.'], IT: ['S.p.A.', 'S.r.l.'],
  SE: ['AB'], NO: ['AS', 'ASA'], DK: ['A/S', 'ApS'], FI: ['Oy', 'Oyj'], IS: ['ehf.', 'hf.'], PL: ['sp. z o.o.', 'S.A.'],
  CZ: ['s.r.o.', 'a.s.'], HU: ['Kft.', 'Zrt.'], GR: ['S.A.'], TR: ['A.Ş.', 'Ltd. Şti.'], JP: ['K.K.', 'Co., Ltd.'],
  KR: ['Co., Ltd.'], TW: ['Co., Ltd.'], SG: ['Pte. Ltd.'], MY: ['Sdn. Bhd.', 'Bhd.'], TH: ['Co., Ltd.'], VN: ['JSC', 'Co., Ltd.'],
  PH: ['Inc.', 'Corp.'], ID: ['PT', 'Tbk'], IN: ['Pvt. Ltd.', 'Ltd.'], ZA: ['(Pty) Ltd'], KE: ['Ltd'], NG: ['Ltd', 'Plc'],
  GH: ['Ltd'], EG: ['S.A.E.'], MA: ['SARL', 'SA'], AE: ['LLC', 'FZE'], IL: ['Ltd.'], MX: ['S.A. de C.V.'], AR: ['S.A.', 'S.R.L.'],
  CL: ['S.A.', 'SpA'], CO: ['S.A.S.', 'S.A.'], PE: ['S.A.C.', 'S.A.'], BR: ['Ltda.', 'S.A.'],
};

/** The legal forms firms of a country take (US forms for a country not listed). */
export function legalForms(countryCode: string | undefined): readonly string[] {
  return (countryCode && LEGAL_FORMS[countryCode]) || LEGAL_FORMS.US!;
}


/**
 * The companies behind well-known tickers: a quote fetched for AAPL is Apple's, never "Tesla Inc". Tickers outside
 * this list keep whatever name their record drew.
 */
export const TICKER_COMPANIES: Readonly<Record<string, string>> = {
  AAPL: 'Apple Inc.', MSFT: 'Microsoft Corporation', GOOGL: 'Alphabet Inc.', GOOG: 'Alphabet Inc.', AMZN: 'Amazon.com Inc.',
  TSLA: 'Tesla Inc.', NVDA: 'NVIDIA Corporation', JPM: 'JPMorgan Chase & Co.', KO: 'The Coca-Cola Company',
  META: 'Meta Platforms Inc.', NFLX: 'Netflix Inc.', IBM: 'International Business Machines', DIS: 'The Walt Disney Company',
  WMT: 'Walmart Inc.', INTC: 'Intel Corporation', AMD: 'Advanced Micro Devices Inc.', ORCL: 'Oracle Corporation',
  XOM: 'Exxon Mobil Corporation', PEP: 'PepsiCo Inc.', BAC: 'Bank of America Corporation', V: 'Visa Inc.',
};
