/**
 * Amounts said with their currency (QUALITY.md J): {product_price: "361.16", currency: "PEN"} is "361.16 PEN" as
 * {price: 361.16, currency: "PEN"} is, never a bare "361.16" that teaches dropping the currency. A price drawn as
 * text is an amount when it is digits alone (a "$279.82" already says its currency).
 */
const PLAIN_AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/;

/** A number, or a text of digits alone ("361.16"), that a currency beside it prices. */
export function amount30(v: unknown): v is number | string {
  return typeof v === 'number' || (typeof v === 'string' && PLAIN_AMOUNT.test(v.trim()));
}

/**
 * The workings of a signal analysis, not its findings (QUALITY.md J): a track's sample count, analysis window and
 * offset, checksums and fingerprint codes, and the confidence of each finding are never the facts said when the
 * user asked for an audio analysis; its tempo, key, loudness and length are (unless the user named one of these).
 */
const SIGNAL_WORKINGS = /^(num_?samples|sample_?md5|offset_?seconds|window_?seconds|analysis_?sample_?rate|analysis_?channels|analysis_?time|analyzer_?version|input_?process|codestring|code_?version|echoprintstring|echoprint_?version|synchstring|synch_?version|rhythmstring|rhythm_?version|end_of_fade_in|start_of_fade_out|(?:tempo|key|mode|time_signature)_confidence)$/i;

export function signalWorkings30(key: string): boolean {
  return SIGNAL_WORKINGS.test(key);
}

/** A measure's unit where its name alone gives it: a tempo in beats per minute, a loudness in decibels ("tempo" is no temperature). */
export function measureUnit30(name: string, value: unknown): string {
  if (typeof value !== 'number') return '';
  if (/^tempo$/i.test(name)) return ' beats per minute';
  if (/^loudness$/i.test(name) && value <= 0) return ' decibels';
  return '';
}
