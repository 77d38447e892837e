/** What the response reads in a result's keys (`_response.ts`): preferred fields, noise, paging, transport, money, secrets. */
import { technicalType28 } from './_intents-lists28.ts';
import { slugUrl29 } from './_slug-url-grid29.ts';

export const PREFERRED_FIELDS = /^(name|title|full name|display name|label|summary|status|city|country|price|total|total price|amount|temperature|condition|weather|date|time|description|type|result|value|count|expires at|operation|action|event type|change type|operation type|last|last price|close|settle|route)$/;
/** A film's or show's details a person wants (year, rating, runtime, story) before its awards or maturity level: preferred in a record that has a runtime or a story. */
export const WORK_FIELDS = /^(year|rating|runtime|synopsis|plot|overview|genre|genres)$/;
export const WORK_MARK = /^(runtime|synopsis|plot|overview)$/i;
/** Fields that are bookkeeping or transport, not an answer: database ids, pagination, links, "found", place metadata. */
export const NOISE_FIELDS = /^(request_?id|trace_?id|correlation_?id|locale|_id|\$oid|oid|__v|_v|etag|_links|links|href|self|cursor|next|previous|prev|offset|limit|page|per_page|page_size|pagesize|total_pages|totalpages|next_page|prev_page|generationtime_ms|found|success|succeeded|ok|timezone|timezone_abbreviation|utc_offset_seconds|elevation|total_?count|total_?results|total_?elements|number_?of_?elements|total_?items|results_?count|page_?number|pageable|has_?more|has_?next|justify|justification|align|alignment|text_?align|css|style|class_?name|z_?index|sort_?name|sort_?title)$/i; // sort_name: the name as sorted, said already
/**
 * Fields about the reply or how an app shows it, never about the thing asked for: the schema a reply follows
 * ({SchemaType: "StocksSummaryReply"}, {schema_version: "1.1"}), a footer line, icons, display types, the precision
 * of another field.
 */
export const META_FIELDS = /^(get|\$?schema|schema_?(type|version|name|uri|url|id)|api_?version|footers?|header_?text|display_?type|render_?type|layout|icon|icon_?(code|name|url|id)|emoji|[a-z_]*_precision|[a-z]+Precision|[a-z_]+_icons?|[a-z]+Icons?|sort_?key|sort_?index|position_?index|order_?index)$/i;
/** {source: "api"}, {created_via: "web"}: which channel made the record (a lower-case token), plumbing to the user. */
export const CHANNEL_FIELD = /^(source|origin|created_?via)$/i;
export const CHANNEL_VALUE = /^[a-z][a-z_-]{1,15}$/;
/** Groups of links and pictures ({external_urls: {spotify: …}}) and paging objects: nothing to say. */
export const LINK_GROUPS = /^(external_?urls|urls|links|images|thumbnails?|avatars?|icons?|page|paging|pagination|pageable|meta|_meta|metadata|_metadata|request|request_?info|query|params|parameters|input|echo|search_?parameters|search_?metadata|search_?information|api_?info|sort|sorts|sorting|sort_?by|sort_?order|order_?by|facets|aggregations)$/i;
/** Counts that describe a page of a list ("the size is 5"), said by the list itself. */
export const PAGE_COUNTS = /^(total|count|size|number|results|totalElements|numberOfElements)$/;
/** Flags of a page of results (Spring's `first`, `last`, `empty`). */
export const PAGE_FLAGS = /^(first|last|empty|is_?first|is_?last|is_?empty)$/;
/** A status or message that says only that the transport worked ("status 200", "message: Success"). */
export const TRANSPORT_KEYS = /(^|_|[a-z])(status|Status|code|Code|message|Message|msg|Msg|detail|Detail)$/;
export const TRANSPORT_VALUES = /^(200|201|204|ok|okay|done|success|successful|succeeded|true)\.?$|\b(success|successful|successfully)\b/i;
export const CURRENCY_FIELDS = /^(currency|currency_?code|currencycode)$/i;
export const MONEY_FIELDS = /^(amount|total|base|price|value|cost|fee|fees|balance|subtotal|tax|net|gross|sum)$|(price|total|amount|cost|fee)$/i;
export const LABEL_FIELDS = /^(name|title|full_?name|display_?name|label)$/i;
/** Never read out: passwords, secrets, tokens. */
export const SECRET = /(password|passwd|secret|token|api_?key)$/i;
// A slug ("brandSlugName") is an identifier in a URL, not a name to read out.
// {identifier: "Q0xPU1VSRV9f…"}: an opaque handle like any id.
export const ID_KEY = /(^|_|[a-z])(id|ids|Id|ID|Ids|IDs|key|uuid|Key)$|[Ss]lug|^identifier$|[a-z_]Identifier$/;
/** "starts at", "expires at": verbs said with "it … on <date>". */
/** A time zone's word inside a stamp's key ({task_utc_created_at}). */
export const ZONE_WORD = /\b(?:utc|gmt|local) (?=[a-z])/gi;
/** Words in "-ed" that are no past participle ("the speed", "the feed"). */
const NOT_VERBED = /^(speed|seed|feed|need|breed|embed|shed|hundred|bred|bed|red|wed)$/;

/** A stamp's key said as what happened then: "created" → "it was created", "task created" → "the task was created". */
export function stampSaid(verb: string, now: boolean): string | undefined {
  // An account or a template is not itself sent: its first or last message went out then.
  if (/^(first|last) sent$/.test(verb)) return `its ${verb.slice(0, -5)} message went out`;
  if (/^(?:(?:last|first) )?\w+ed$/.test(verb) || IRREGULAR_STAMP.test(verb)) return `it was ${verb}`;
  const whose = now ? null : /^((?!(?:is|was|are|were|has|had|be|been|not)\b)[a-z]+(?: [a-z]+)?) ([a-z]{3,}ed|sent|made|paid|built|sold|held|found|given|taken|written|shown|bought|spent|seen|done|won)$/.exec(verb);
  return whose && !NOT_VERBED.test(whose[2] ?? '') ? `the ${whose[1]} was ${whose[2]}` : undefined;
}
/** {last_paid_at}: "it was last paid on …". */
const IRREGULAR_STAMP = /^(?:(?:last|first) )?(sent|made|paid|built|sold|held|found|given|taken|written|shown|bought|spent|seen|done|won)$/;
export const PRESENT_VERB = /^(starts|ends|begins|opens|closes|expires|departs|arrives|leaves|runs|happens|occurs)$/;
/** Words a user says for a field the result names otherwise. */
export const FIELD_SYNONYMS: Record<string, string[]> = { itinerary: ['segment', 'leg', 'slice', 'itinerary'], salary: ['salary', 'pay', 'compensation'], stock: ['stock', 'inventory', 'quantity'] };

/** A field about the reply or its display ({SchemaType}, {footer}, {icons}, {source: "api"}): never said. */
export function metaField(key: string, value: unknown): boolean {
  return META_FIELDS.test(key) || (CHANNEL_FIELD.test(key) && typeof value === 'string' && CHANNEL_VALUE.test(value)) || technicalType28(key, value) || slugUrl29(key, value);
}

export const TEMPERATURE_KEY = /^(high|low|temp|temperature|temp_?[cf]|max_?temp|min_?temp|feels_?like|maxtemp_?[cf]|mintemp_?[cf])$/i;

/** {alt_plot, raw_score, orig_title}: a second copy of a field from another source, never read out ("the alt plot"); {StatusMessageTemp}: a scratch copy, never "the status message temperature". */
export const SHADOW_FIELD = /^(?:alt|raw|orig|Alt|Raw|Orig)(?:_|[A-Z])|(?:message|Message|code|Code|status|Status|text|Text|value|Value|name|Name|string|String|flag|Flag)_?(?:temp|Temp|tmp|Tmp|TEMP|TMP)$/;
/**
 * {timestamp} of a ministry, a tag, a key: when the record was written, bookkeeping said last (QUALITY.md J). Of a
 * post, a message, an event or a reading it is the moment the thing happened, and stays.
 */
export const bookkeepingTime27 = (key: string, path: string | undefined): boolean =>
  /^(timestamp|time_?stamp|ts)$/i.test(key) && !/post|message|event|news|article|comment|tweet|log|entr|histor|feed|activit|notification|alert|reading|measure|observation|trade|tick|quote|price|candle|bar|sample|record|transaction|payment|status/i.test(path ?? '');
