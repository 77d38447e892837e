/**
 * Items fetched under a category, genre, tag or mood fit it (QUALITY.md E): the playlists of Spotify's category
 * "Dinner" are "Dinner Jazz", "Dinner with Friends", never "Morning Focus" and "Study Beats" drawn from a stock list.
 * Only `/…/<categories|genres|tags|moods>/{x}/<children>` paths are touched, and only an item's name that does not
 * already name the category; a description that repeated the old name follows it.
 */
type Json = Record<string, unknown>;

const CATEGORY_PATH = /\/(categories|genres|tags|moods|themes|topics)\/\{([^}]+)\}\/[A-Za-z][A-Za-z_-]*\/?$/;
const NAME_KEY = /^(name|title)$/i;
/** Words after a category's name that make a name of a list of things in it. */
const TAILS = ['Essentials', 'with Friends', 'Favourites', 'Classics', 'Mix', 'Picks', 'Anthems', 'Moods'];
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The category as said: the name the dialogue knows it by, else a word-like id ("dinner" → "Dinner"). */
function categoryLabel(id: unknown, known: string | undefined): string | undefined {
  if (known !== undefined && /^\p{L}[\p{L} &'-]{1,30}$/u.test(known)) return known;
  if (typeof id !== 'string' || !/^[a-z][a-z_-]{2,24}$/.test(id)) return undefined;
  return id.split(/[_-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** Rename the items of `lists` fetched under a category so that each names it. */
export function itemsFitCategory(lists: ReadonlyArray<{ path: string; items: unknown[] }>, path: string | undefined, args: Readonly<Json>, known: string | undefined, pinnedPaths: readonly string[]): void {
  const m = CATEGORY_PATH.exec(path ?? '');
  if (!m) return;
  const label = categoryLabel(args[m[2]!], known);
  if (label === undefined) return;
  const word = label.toLowerCase();
  for (const list of lists) {
    list.items.forEach((item, i) => {
      if (!isRecord(item)) return;
      const key = Object.keys(item).find((k) => NAME_KEY.test(k) && typeof item[k] === 'string');
      if (key === undefined || pinnedPaths.some((p) => p.startsWith(`${list.path}[${i}].${key}`))) return;
      const old = item[key] as string;
      if (old.toLowerCase().includes(word)) return;
      const name = `${label} ${TAILS[i % TAILS.length]}`;
      item[key] = name;
      // "Morning Focus: a hand-picked mix." follows its item's new name.
      for (const [k, v] of Object.entries(item)) if (k !== key && typeof v === 'string' && v.includes(old)) item[k] = v.split(old).join(name);
    });
  }
}
