/** Spec examples made values a person types (QUALITY.md H): URL-encoding and field-filter syntax undone. */

/**
 * An example written URL-encoded ("remaster%20track:Doxy") is the value a person types, decoded: the HTTP client
 * encodes it again, and nobody says "%20" (QUALITY.md H).
 */
export function unencoded(value: unknown): unknown {
  if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  let text = value;
  if (/%[0-9A-Fa-f]{2}/.test(text)) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return value;
    }
  }
  return / /.test(text) && FIELD_FILTER.test(text) ? spokenFilters(text) : text;
}

/** A search example in field syntax ("track:Doxy artist:Miles Davis"), which a person says as words. */
const FIELD_FILTER = /(?:^|\s)(?:track|artist|album|title|author|genre|year):\S/i;

/** "remaster track:Doxy artist:Miles Davis" → "Doxy by Miles Davis remaster": the search a person types. */
function spokenFilters(text: string): string {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  let key: string | undefined;
  for (const word of text.split(/\s+/)) {
    const m = /^([a-z]+):(.+)$/i.exec(word);
    if (m && /^(track|artist|album|title|author|genre|year)$/i.test(m[1] ?? '')) {
      key = (m[1] ?? '').toLowerCase();
      fields[key] = m[2] ?? '';
    } else if (key && /^(?:[A-Z0-9]|(?:of|the|a|an|and|in|on|to|for)$)/.test(word)) fields[key] = `${fields[key]} ${word}`;
    else {
      key = undefined;
      rest.push(word);
    }
  }
  const thing = fields.track ?? fields.title ?? fields.album ?? '';
  const by = fields.artist ?? fields.author;
  const said = [thing, by ? `by ${by}` : '', fields.album && thing !== fields.album ? `from ${fields.album}` : '', fields.genre ?? '', fields.year ?? '', ...rest];
  return said.filter(Boolean).join(' ').trim() || text;
}
