/**
 * ISBNs carry a check digit (bundled #45, #117 read out 9781852806373 and 9784661471764, which no real book has).
 * A drawn ISBN keeps its digits and only its last one is set right, so the values drawn after it do not move.
 */

/** The ISBN-13 check digit of the first twelve digits (weights 1,3,1,3,…). */
export function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** The ISBN-10 check digit of the first nine digits (weights 10..2, "X" for ten). */
export function isbn10CheckDigit(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** The same ISBN with a right check digit; hyphens stay where they were; anything not 10 or 13 digits is kept. */
export function withIsbnCheck(isbn: string): string {
  const digits = isbn.replace(/[^0-9Xx]/g, '');
  if (!/^\d{12}[\dXx]$|^\d{9}[\dXx]$/.test(digits)) return isbn;
  const check = digits.length === 13 ? isbn13CheckDigit(digits) : isbn10CheckDigit(digits);
  return isbn.replace(/[\dXx]$/, check);
}
