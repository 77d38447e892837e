/**
 * A collection named by the operation whose summary says what it lists (`get_watch_playlist`: "Get a watch list
 * of tracks"; a queue, an up-next list, a radio): the tracks played, not playlists with owners and track counts.
 * The field names are ambiguous there; the summary is not.
 */
/** The noun an operation is about and whether it returns several (`Resource` of _content.ts, which calls this). */
interface Resource {
  noun: string;
  plural: boolean;
}

/** Nouns of things that hold other things played one after another. */
const CONTAINER = /^(playlist|queue|radio|mix|station|lineup|tracklist|setlist|upnext|next)$/;
/** "a watch list of tracks", "the list of songs", "tracks that play next". */
const LIST_OF = /\blist of ([a-z]{3,}s)\b|\b([a-z]{3,}s) (?:that|which) (?:play|plays|will play|come|comes) (?:next|after)\b/i;
const MEMBER = /^(track|song|video|episode|clip|recording)$/;

/** A search of music ("Search YouTube music") whose own noun names nothing known (`/popular/search`). */
const MUSIC_SEARCH = /\bsearch(?:es)?\b[^.]*\bmusic\b|\bmusic\b[^.]*\bsearch\b/i;

/**
 * The listed members when the named noun is a container and the summary says it lists members; songs for a
 * music search whose noun no kind knows (it finds songs, not shops named after the query); else undefined.
 */
export function listedMembers(own: Resource, summary: string, known: (noun: string) => boolean): Resource | undefined {
  if (!known(own.noun) && own.plural && MUSIC_SEARCH.test(summary)) return { noun: 'song', plural: true };
  if (!CONTAINER.test(own.noun)) return undefined;
  const m = LIST_OF.exec(summary);
  const plural = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (plural === undefined) return undefined;
  const noun = plural.replace(/s$/, '');
  return MEMBER.test(noun) ? { noun, plural: true } : undefined;
}
