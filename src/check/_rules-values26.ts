/**
 * Mock values true of the world and of themselves (QUALITY.md E), wave 26. `success_flag_contradicts`: a result's
 * `status`/`success`/`ok` false beside a message that says it succeeded. `ticker_wrong_exchange`: a well-known stock
 * quoted on another exchange than its own (JPM on NASDAQ). `request_times_differ`: one result with two different
 * request times. `beach_webcam_no_beach`: a webcam or place titled "Bristol: Beach" for a known city without one.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { cityCountry, hasBeach26, listing26, onCoast, usExchangeOf26 } from '../world/index.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const VALUES26_INVARIANTS = ['success_flag_contradicts', 'ticker_wrong_exchange', 'request_times_differ', 'beach_webcam_no_beach'] as const satisfies readonly InvariantId[];

const FLAG_KEY = /^(status|success|successful|ok|is_?success)$/i;
const SUCCESS_MESSAGE = /\b(success(ful(ly)?)?|succeeded)\b/i;
const SYMBOL_KEY = /^(symbol|ticker|tickerSymbol|ticker_symbol|stockSymbol|stock_symbol)$/i;
const EXCHANGE_KEY = /^(exchange|exchange_?name|primary_?exchange|exchange_?code|listing_?exchange|full_?exchange_?name)$/i;
const REQUEST_TIME_KEY = /^(request|response|server|generated|fetched|retrieved|query)_?(timestamp|time|date_?time)$/i;
const BEACH_TITLE = /^([A-Z][A-Za-z .'-]{1,30}): Beach$/;

export function checkValues26(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const said = new Set<string>();
    const once = (id: InvariantId, message: string): void => {
      if (said.has(id)) return;
      said.add(id);
      add(id, at, message);
    };
    const stamps = new Set<string>();
    eachObject(turn.result, (obj) => {
      for (const [k, v] of Object.entries(obj)) {
        if (v === false && FLAG_KEY.test(k)) {
          const message = Object.values(obj).find((m) => typeof m === 'string' && SUCCESS_MESSAGE.test(m));
          if (message !== undefined) once('success_flag_contradicts', `"${k}": false beside "${String(message)}"`);
        } else if (typeof v === 'string') {
          if (REQUEST_TIME_KEY.test(k)) stamps.add(v);
          else if (EXCHANGE_KEY.test(k)) wrongExchange(obj, v, once);
          else if ((k === 'name' || k === 'title') && BEACH_TITLE.test(v)) {
            const city = BEACH_TITLE.exec(v)![1]!;
            if (hasBeach26(city, (c) => onCoast(c) !== undefined || cityCountry(c) !== undefined) === false) once('beach_webcam_no_beach', `"${v}": ${city} has no beach of its own`);
          }
        }
      }
    }, 6);
    if (stamps.size > 1) once('request_times_differ', `one result has ${stamps.size} different request times (${[...stamps].slice(0, 2).join(', ')})`);
  });
}

function wrongExchange(obj: Record<string, unknown>, exchange: string, once: (id: InvariantId, message: string) => void): void {
  const symbolKey = Object.keys(obj).find((k) => SYMBOL_KEY.test(k));
  const listed = symbolKey === undefined ? undefined : listing26(obj[symbolKey]);
  // Only stocks: a fund's "NYSE" for NYSE Arca is a loose name, not a wrong fact.
  if (listed?.sharesB === undefined) return;
  const named = usExchangeOf26(exchange);
  const other = named !== undefined ? named !== listed.exchange : /\b(stock exchange|euronext|lse|tse|tsx|xetra|hkex)\b/i.test(exchange);
  if (other) once('ticker_wrong_exchange', `${String(obj[symbolKey!])} is quoted on "${exchange}"; it trades on the ${listed.exchange}`);
}
