/**
 * A stock exchange's code is one a trader says (wave 34): "NASDAQ", "LSE", "XETRA", never a random token "MP56M"
 * that no listing is filed under ("the exchange code is K3UKJ").
 */
import type { Rng } from '../random/index.ts';

/** Names of an exchange's own code (`exchange_code`, `exchange`, `mic`), by the field's words. */
export const EXCHANGE_CODE34 = /(^|_)(exchange|exchange_code|exchange_short_name|stock_exchange|mic|mic_code)$/;
const CODES = ['NYSE', 'NASDAQ', 'LSE', 'XETRA', 'TSX', 'HKEX', 'ASX', 'SIX', 'TSE', 'NSE', 'JPX', 'SGX'];

export const exchangeCode34 = (rng: Rng): string => rng.pick(CODES);
