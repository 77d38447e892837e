/** The real works of the known authors (src/world/author-works20.ts), drawn for a list of one author's works. */
import { AUTHOR_WORKS } from '../world/index.ts';

export { isOwnWork } from '../world/index.ts';

/** A real work of `author` whose title is not among `taken`, or undefined (an unknown author, or all used). */
export function otherWorkOf(author: string, taken: ReadonlySet<string>): { title: string; year: number } | undefined {
  const found = AUTHOR_WORKS[author]?.find(([title]) => !taken.has(title));
  return found ? { title: found[0], year: found[1] } : undefined;
}
