/**
 * What an edition of a known book looks like (QUALITY.md E): about as long as the book is (Middlemarch runs to
 * some 880 pages, never 130), and published by a house of its language (a French edition by Gallimard, never by
 * "Chattopadhyay Pvt. Ltd.").
 */

/** Pages of a usual paperback of each well-known book. */
export const BOOK_PAGES: Readonly<Record<string, number>> = {
  'Pride and Prejudice': 432, 'The Master and Margarita': 384, 'Wuthering Heights': 416, 'Little Women': 449,
  'The Golden Notebook': 640, 'Native Son': 504, 'Robinson Crusoe': 320, 'The Catcher in the Rye': 277, 'Lucky Jim': 256,
  'The Brothers Karamazov': 796, 'The Left Hand of Darkness': 304, 'The Corrections': 568, 'Vanity Fair': 912,
  'Things Fall Apart': 209, 'One Hundred Years of Solitude': 417, Beloved: 324, Middlemarch: 880,
  'The Remains of the Day': 258, 'Mrs Dalloway': 194, 'The Great Gatsby': 180, Frankenstein: 280, 'Invisible Man': 581,
  'Jane Eyre': 532, 'The Heart Is a Lonely Hunter': 359,
};

/** Publishing houses by the two-letter code of the language they publish in. */
export const PUBLISHERS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['Penguin Classics', 'Vintage', 'Oxford University Press', 'HarperCollins', 'Bloomsbury', 'Picador', 'Faber & Faber'],
  fr: ['Gallimard', 'Flammarion', 'Le Livre de Poche', 'Éditions du Seuil', 'Actes Sud', 'Albin Michel'],
  de: ['Suhrkamp', 'S. Fischer', 'dtv', 'Reclam', 'Rowohlt', 'Hanser'],
  es: ['Alfaguara', 'Anagrama', 'Cátedra', 'Tusquets', 'Debolsillo'],
  it: ['Einaudi', 'Mondadori', 'Feltrinelli', 'Adelphi', 'Garzanti'],
  pt: ['Companhia das Letras', "Relógio D'Água", 'Porto Editora', 'Editorial Presença'],
  nl: ['De Bezige Bij', 'Querido', 'Athenaeum'],
  ru: ['AST', 'Eksmo', 'Azbuka'],
  ja: ['Shinchosha', 'Kodansha', 'Iwanami Shoten', 'Hayakawa Publishing'],
  pl: ['Znak', 'Wydawnictwo Literackie', 'Czytelnik'],
  sv: ['Bonniers', 'Norstedts'], da: ['Gyldendal'], no: ['Cappelen Damm', 'Aschehoug'], fi: ['Otava', 'WSOY'],
  tr: ['Can Yayınları', 'Yapı Kredi Yayınları'], ko: ['Minumsa', 'Munhakdongne'], zh: ["People's Literature Publishing House"],
  hi: ['Rajkamal Prakashan', 'Vani Prakashan'],
};

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', french: 'fr', german: 'de', spanish: 'es', italian: 'it', portuguese: 'pt', dutch: 'nl', russian: 'ru',
  japanese: 'ja', polish: 'pl', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', turkish: 'tr', korean: 'ko',
  chinese: 'zh', hindi: 'hi', eng: 'en', fre: 'fr', fra: 'fr', ger: 'de', deu: 'de', spa: 'es', ita: 'it', por: 'pt',
};

/** The two-letter code of a language written as a code ("fr", "fr-FR", "fre") or a name ("French"). */
export function languageCode25(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const code = LANGUAGE_NAMES[v] ?? (/^[a-z]{2}([-_][a-z]{2})?$/.test(v) ? v.slice(0, 2) : undefined);
  return code !== undefined && PUBLISHERS_BY_LANGUAGE[code] ? code : undefined;
}
