/**
 * A page that says more follow (a continuation token, `has_more: true`, a next link) without a total: its items are
 * the first of more, never "There are 3 stores" as if they were all (wave 23).
 */

const MORE_KEY = /^(continuation_?token|next_?page_?token|next_?token|next_?cursor|next_?page|next|next_?link|@odata\.next_?link|has_?more|has_?next|has_?next_?page|has_?more_?results|more_?results|more|next_?marker|is_?truncated|scroll_?id|last_?evaluated_?key|total_?pages|number_?of_?pages|num_?pages|page_?count)$/i; // {numberOfPages: 17640}: more pages than the one shown (wave 28)
const HOLDER = /^(meta|metadata|pagination|paging|page_?info|response_?metadata|links|_links|cursor|cursors|page)$/i;
const TOTAL_KEY = /^(total|total_?count|total_?results|total_?elements|total_?items|total_?hits|total_?records|num_?found|hits_?total|count|estimated_?results)$/i;

function says(k: string, v: unknown): boolean {
  if (!MORE_KEY.test(k)) return false;
  if (v === true) return true;
  if (typeof v === 'string') return v.trim() !== '' && !/^(null|none|false|0)$/i.test(v);
  if (typeof v === 'number') return /page/i.test(k) && v > 1;
  // HAL's {_links: {next: {href: "…"}}}: a next link is an object holding the address (wave 30).
  if (v && typeof v === 'object' && !Array.isArray(v)) return says(k, (v as Record<string, unknown>).href);
  return false;
}

/**
 * A token to ask for the next page (OpenFGA's `continuation_token`, `next_page_token`): many APIs return one even when
 * nothing follows, so it says only that more may follow, never "there are more" (wave 26).
 */
const TOKEN_KEY = /^(continuation_?token|next_?page_?token|next_?token|next_?cursor|next_?marker|scroll_?id|last_?evaluated_?key)$/i;

/** Whether the result (its top, or a paging block at its top) says more items follow, and no total counts them: 'may' when only a page token does. */
export function morePagesFollow(result: unknown): boolean | 'may' {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return false;
  let more: boolean | 'may' = false;
  const note = (k: string, v: unknown): void => {
    if (says(k, v)) more = TOKEN_KEY.test(k) ? (more === true ? true : 'may') : true;
  };
  for (const [k, v] of Object.entries(result as Record<string, unknown>)) {
    if (TOTAL_KEY.test(k) && typeof v === 'number') return false;
    if (says(k, v)) note(k, v);
    else if (HOLDER.test(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [j, w] of Object.entries(v as Record<string, unknown>)) {
        if (TOTAL_KEY.test(j) && typeof w === 'number') return false;
        note(j, w);
      }
    }
  }
  return more;
}

/** "There are 3 stores: …" of a page with more after it: "There are at least 3 stores: …", else "These are the first 3." added. */
export function firstOfMore(result: unknown, text: string, n: number): string {
  if (n >= 1 && /\bin all\b/.test(text)) return ofTotal(text, n);
  const more = morePagesFollow(result);
  if (n < 1 || /\bin all\b|\bthe first\b|\bat least\b/i.test(text) || !more) return text;
  if (more === 'may') return `${text} There may be more.`;
  const head = new RegExp(`^(.{0,40}?\\b)(there are|I found|I see|the service returned|I got back|the result lists) ${n} (?=[a-z])`, 'i');
  const m = head.exec(text);
  if (m) return `${m[1]}${m[2]} ${/^there are$/i.test(m[2]!) ? 'at least' : 'the first'} ${n} ${text.slice(m[0].length)}`;
  return `${text} ${n === 1 ? 'This is the first' : `These are the first ${n}`}; there are more.`;
}

/** "There are 3 results: …. There are 119 in all; these are the first 3." said once: "Here are 3 of 119 results: …". */
function ofTotal(text: string, n: number): string {
  const note = / There are (\d+) ([^;.]*?)in all; (?:this is the first|these are the first \d+)\.$/.exec(text);
  const head = new RegExp(`^There are ${n} (?=[a-z])`).exec(text);
  if (!note || !head) return text;
  return `Here are ${n} of ${note[1]} ${text.slice(head[0].length, note.index)}`;
}
