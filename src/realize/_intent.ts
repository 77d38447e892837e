/**
 * What a person asks for, as a short verb phrase. A description's first sentence is a request only after it is
 * made speech (doc words such as "given"/"specified"/"identified by its" out, a/an agreed) and only when what
 * is left is a clean verb phrase of reasonable length that names something; otherwise the request is built
 * with grammar from the method, the path's resource and the key parameters ("get an artist's singles",
 * "list schools near a place"). Descriptions are never pasted whole into speech (QUALITY.md G).
 */
import pluralize from 'pluralize';
import { identifierWords, isKnownWord, spokenParts } from '../text/index.ts';
import { EXPANSIONS } from './_vocabulary.ts';
import { splitIdentifier } from './_split-identifier.ts';
import { operationEffect } from '../specs/index.ts';
import { POINTER_AFTER, POINTER_ARTICLE, POINTER_WORD } from './_pointer22.ts';import { withoutAllOnPlatform } from './_intent27.ts'; import { slugKeyWords28, withoutThroughPlatform28 } from './_intents-said28.ts'; import { verbWrites30 } from './_write-asks30.ts';

/** Words of documentation, not of a person asking for something. */
const DOC_WORDS = /\b(endpoints?|api|apis|parameters?|param|modifiers?|json|xml|svg|format|according|such as|etc|e\.g|i\.e|will|should|must|that|which|whether|this|these|those|respective|functionality|basically|applied|listed|entered|returned|you|your|we|our|response|request body|payload|object|objects|path|query string|resource|representation|n|no|nothing|if|in the uri|in the url|found by|returned by|obtained from|returned from|based on|criteria|via|crawl|crawls)\b|[/…]|\.\.|\bbe\b/i;

/** "get all verses from the bible by text parameter": things looked up by a text the user types. */
const SEARCH_BY_TEXT = /^(?:get|return|list|find|retrieve|fetch|show)s? (?:all |the |a list of )*([a-z][\w -]*?[a-z]s)(?: (?:from|in) (the [\w-]+))? by (?:a |the |any )?(text|query|keyword|term|phrase|search term|search text)s?(?: (?:parameter|param|field|input|value))?\.?$/i;

/** A thing followed by a participle of documentation that explains it ("string describing the", "links displaying a"). */
const PARTICIPLE_CLAUSE = /^\S+ (?:[a-z-]+ ){1,3}(?:describing|displaying|showing|representing|indicating|specifying|denoting|explaining|depicting|illustrating|defining|identifying|providing|giving|detailing|summari[sz]ing|holding|carrying) (?:the|a|an|its|their|all|each)\b/i;

/** A capitalised plural after a lower-case word, an acronym or the first word ("for Movies", "TV Shows"); a name's plural after a name stays ("Google Docs"). */
const TITLED_PLURAL = /(?<=(?:^[A-Z]?[a-z]+|\s[a-z]+|(?:^|\s)[A-Z]{2,4}) )[A-Z][a-z]{2,}s\b/g;

/** "search for Movies or TV Shows": a Title Case plural of a common noun is the summary's capitals ("movies"). */
function titledPlural(word: string): string {
  const lower = word.toLowerCase();
  const one = pluralize.singular(lower);
  return one !== lower && isKnownWord(one) ? lower : word;
}

/** Plain words a description writes in capitals for emphasis ("a GEO location", "ALL events"); never acronyms. */
const SHOUTED = /(?<=[a-z,] )(?:GEO|ALL|ANY|NEW|FREE|TOP|BEST|LATEST|ONLY|EVERY|EACH|MAIN|FULL|LIVE|REAL|FAST|NEAR|AROUND|NOT|WITH|FROM|SINGLE|MULTIPLE|SPECIFIC|DETAILED|CURRENT|RANDOM)(?= [a-z])/g;

/** A description's verb phrase made speech, or undefined when it stays documentation. */
export function spokenRequest(described: string, source = '', maxWords = 9): string | undefined {
  // "make a full grid search and get the ranking of a business": the request is what is got.
  const phrase = described
    .replace(/^(?:make|do|perform|run|execute|send) (?:a|an|the) [\w -]{3,40}? and (get|find|list|retrieve|return)s? /i, '$1 ')
    // "Begins an export of the rejection blacklist": the action is the export ("export the rejection blacklist").
    .replace(/^(?:begin|start|initiate|trigger) (?:an?|the) (export|import|scan|sync|backup|restore|refresh|rebuild|reindex) of /i, '$1 ')
    .replace(/^get (?:a |the )?listing of /i, 'list ')
    .replace(/^take (an?|the) ([\w -]+?) (?:destined for|addressed to|for)\b.*$/i, (m, det: string, thing: string) => { const verb = /\band (send|forward|deliver|post|route) it\b/i.exec(`${described} ${source}`)?.[1]; return verb ? `${verb.toLowerCase()} ${det} ${thing}` : m; }) // "Take a raw MIME document …, and send it": the send
    // "search the content of recently sent messages and return the aggregated hourly stats": what is done comes first;
    // "and return …" is the description going on about the response (QUALITY.md G).
    .replace(/^(\S+ (?:\S+ ){1,}?\S{3,}) and (?:then )?(?:returns?|gives?|provides?|outputs?|brings?|sends? back) (?:the|a|an|all|its|their|back)\b.*$/i, '$1')
    // "Return all verses from the bible by text parameter": a lookup by a free text is a search, said as one (never
    // "get all verses from the bible", which leaves out the user's words; QUALITY.md J).
    // "Get string describing the star-rate", "Get image links displaying the star-rate": the thing is asked for by
    // what it is for ("the image links for the star-rate"); a string describing something is its description.
    .replace(/^(\S+) (?!the |a |an )((?:[a-z-]+ ){0,2}[a-z-]+) (?:describing|displaying|representing|showing|depicting|illustrating) (the|a|an) ([a-z][\w -]*)$/i, (_m, verb: string, thing: string, det: string, what: string) => (/^(?:strings?|texts?)$/i.test(thing) ? `${verb} the description of ${det} ${what}` : `${verb} the ${thing} for ${det} ${what}`))
    .replace(SEARCH_BY_TEXT, (_m, things: string, where: string | undefined, how: string) => `search ${where ? `${where} ` : ''}for ${things} containing ${/^key/i.test(how) ? 'a keyword' : 'a phrase'}`);
  const said = agreeArticles(
    withoutDocClauses(phrase)
      .replace(/[’]/g, "'")
      // "a GEO location", "for Movies or TV Shows": the description's capitals, said as words.
      .replace(SHOUTED, (w) => w.toLowerCase())
      .replace(TITLED_PLURAL, titledPlural)
      // "each of the latest futures contracts": the contracts.
      .replace(/\beach of (?:the )?/gi, 'the ')
      // "a bean containing the number of …" (Java documentation): the container is the code's, the contents are asked for.
      .replace(/\b(?:a|an|the) (?:(?:java )?beans?|dtos?|pojos?|wrapper|envelope|container|(?:json |response )?object|map|dictionary|structure|data structure) (?:containing|that contains|which contains|holding|with) (?:(a|an|the|all|each|every|one|some|any) )?/gi, (_m, det: string | undefined) => `${det ?? 'the'} `)
      // "Returns as Json of store status list": the format and its dangling "of" go, the thing stays ("the store status list").
      .replace(/\b(?:in|as) (?:a )?(?:JSON|XML|CSV|HTML)(?: format)? (?:of|for) (?:(a|an|the) )?/gi, (_m, det: string | undefined) => `${det ?? 'the'} `)
      // "create one or more new projects": one thing is made per request ("create a new project"); elsewhere "one or more" is how many, never what.
      .replace(/^(create|add|make|register|insert|post|upload|open|book|submit) (?:a )?one or more (new )?([a-z][\w-]*)/i, (_m, verb: string, fresh: string | undefined, noun: string) => `${verb} ${agreeArticles(`a ${fresh ?? ''}${pluralize.singular(noun)}`)}`)
      .replace(/\b(?:a )?one or more /gi, '')
      .replace(/^(\w+) (?:several|multiple|many) (?=[a-z])/i, (m, verb: string) => (/\bids\b|identified by/i.test(source) ? m : `${verb} the `)) // "get several browse categories": "the"; a batch by IDs is of several
      // "the current user's 'Your Music' library": a quoted screen name is the product's, the library is what is meant.
      .replace(/ '[A-Z][^']{0,30}'(?= [a-z])/g, '')
      // "get all questions without pagination", "get listing of all events", "get details information of a quote": doc English.
      .replace(/\s+(?:without|with|using|via) (?:any )?(?:pagination|paging)\b/gi, '')
      .replace(/\bdetails? information\b/gi, 'details').replace(/\binformation of\b/gi, 'information about')
      .replace(/\bup[- ]to[- ]date /gi, '')
      // "the domains that have been configured for inbound delivery": the relative clause said as its participle.
      .replace(/\b(?:that|which) (?:have|has|had) been ([a-z]{3,}ed)\b/gi, '$1')
      .replace(/\b(?:that|which) (?:are|is|were|was) ([a-z]{3,}ed) (?=by|for|in|on|to|with|from|at|since|after|before)/gi, '$1 ')
      // "get and paginate through all product reviews": paging is how, not what is asked.
      .replace(/^(\w+) and (?:paginate|page|iterate|scroll|loop) (?:through|over) /i, '$1 ').replace(/^.*$/, withoutAllOnPlatform).replace(/^.*$/, withoutThroughPlatform28)
      // "the apps and a pagination token": the token is part of the response, not what the user wants.
      .replace(/,? (?:and|with|plus) (?:a |an |the )?(?:pagination|paging|next[- ]page|continuation|cursor) (?:token|cursor|info|information|metadata|links?)s?\b/gi, '')
      .replace(/,? (?:and|with|plus) (?:a |the )?(?:total (?:count|number)|count|highlighting|highlights?)\b/gi, '')
      .replace(/ with highlighting\b/gi, '')
      // "Retrieve a user's page" keeps its owner; the caller's own ("Get User's Saved Audiobooks", "the current Spotify user's") is "the".
      .replace(/\b(?:the |an? )?(?:current(?:ly)? )?(?:(?:logged[- ]in |authenticated |current )(?:[A-Z]\w+ )?)?user's /gi, (m) => (/^an? /i.test(m) && /\ban? user['’]s\b/i.test(source) ? m : 'the '))
      .replace(/\s+(?:for|to|in|on|from|of) (?:your|the|my) account\b/gi, '')
      // "Adds an email to your email rejection whitelist": the documentation's reader is the caller; a person says "the".
      // "Retrieves your all tasks": "all" after an owner is the owner's whole list ("all the tasks"), never "the all tasks".
      .replace(/\b(?:your|the|my) all\b/gi, 'all the')
      .replace(/\byour\b/gi, 'the')
      // "the bounding box given by north-east … coordinates": how the box is given is the parameters' documentation.
      .replace(/ (?:given|specified|defined|described|indicated|determined) (?:by|in|with) .*$/i, '')
      // "Search Hotels using its unique Id": the key is the operation's input, said "by its ID".
      .replace(/\b(?:using|via|with) (its|their|the|a) (?:unique )?(?:id|identifier)s?\b/gi, 'by $1 ID')
      .replace(/,\s*(?:optionally|if|when|which|where|including|sorted|ordered|filtered|along|and optionally|or)\b.*$/i, '')
      .replace(/\bgiven (?:an?|the|its) /gi, 'by its ')
      .replace(/\s+(?:of|for) the (?:current(?:ly)?|authenticated|logged[- ]in) (?:logged[- ]in )?user\b/gi, '')
      .replace(/\bidentified by (?:its|their|a|an|the) (?:unique )?/gi, 'by its ').replace(/\bwith (?:the|a|an) (?:given|specified|provided|supplied) ([A-Z]{2,}(?:-\d+)?|(?:[a-z]+ )?(?:id|ID|code|number|key|slug|symbol))\b/g, (_m, key: string) => `by ${key.replace(/^ISBN-1[03]$/, 'ISBN')}`) // "the edition with the given ISBN-13": by ISBN, as a person asks
      .replace(POINTER_ARTICLE, (_m, noun: string) => (pluralize.isPlural(noun) && pluralize.singular(noun) !== noun ? `the ${noun}` : `a ${noun}`))
      // "the car with specified VIN": the pointer stood for an article ("with a VIN"), never a bare "with VIN".
      .replace(POINTER_AFTER, (m, prep: string, noun: string) => (pluralize.isPlural(noun) && pluralize.singular(noun) !== noun ? `${prep} the ${noun}` : `${prep} a ${noun}`))
      .replace(POINTER_WORD, '')
      .replace(/\b(?:comprehensive|additional|valuable|various|relevant|useful|detailed) /gi, '')
      .replace(/\b(?:in|as) (?:a )?(?:JSON|XML|CSV|SVG|PNG|HTML)(?: (?:and|or) (?:JSON|XML|CSV|SVG|PNG|HTML))?(?: format)?\b/gi, '')
      .replace(/\ba list of (?:all )?(?:the )?/i, 'the ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .replace(/\s+by (?:its |the |an? )?(?:ID|identifier)$/i, '') // "delete purchase order by identifier": how the API finds it, not the wish
    // "search for business units by term or phrase": how a search is typed is the input's documentation, no part of the
    // request; the user says the term itself ("by a search term" is the API's jargon, QUALITY.md A).
    .replace(/^(search(?: for)? .+?) by (?:a |any )?(?:search )?(?:terms?|phrases?|keywords?|query|queries|text|strings?) (?:or|and) (?:a )?(?:terms?|phrases?|keywords?|query|text|strings?)$/i, '$1')
    // "get a suggestion by word or phase" (sic), "get suggestions by term or phrase": suggestions for what is typed.
    .replace(/^(get|find|list) (?:an? |the )?([a-z]+?)s? by (?:a |any )?(?:search )?(?:words?|terms?|phrases?|phases?|keywords?|query|text|strings?) (?:or|and) (?:a )?(?:words?|terms?|phrases?|phases?|keywords?|query|text|strings?)$/i, (_m, verb: string, noun: string) => `${verb} ${pluralize.plural(noun)} for a search term`)
    // "get matching cities", "get the places matching a prefix": a search, said as one.
    .replace(/^get (?:the )?matching ([a-z][\w -]*?)$/i, 'search for $1')
    .replace(/^(?:get|list|find) (?:the |all )?([a-z][\w-]*(?: [a-z][\w-]*){0,3}) (?:that )?match(?:ing|es)? (?:a |an |the |your )?(?:search )?(?:query|prefix|term|keyword|text|string|name)\b.*$/i, 'search for $1')
    // "get top 50 markets for coin": "the top 50 markets for a coin".
    .replace(/^(\S+) (top|best|latest|newest|most recent) (?=\d|[a-z])/i, '$1 the $2 ')
    // "Check User's Saved Shows": whether the shows are saved, never "check the saved shows".
    .replace(/^check (?:the |an? )?(saved|followed|liked|starred) ([a-z]{3,}s)$/i, 'check whether the $2 are $1')
    // "Return well detail": the details of one well.
    .replace(/^(get|show|fetch|retrieve) ([a-z]{3,}) detail$/i, (m, verb: string, noun: string) => (pluralize.isSingular(noun) && !MASS.test(noun) && !EMPTY_NOUNS.has(noun) ? `${verb} the details of ${agreeArticles(`a ${noun}`)}` : m))
;
  const words = withArticle(said).replace(/\ba list of (?:all )?(?:the )?/i, 'the ').split(' ');
  // Too long: the last prepositional phrase goes ("… for a city on a date" → "… for a city").
  // Seven words or more copied from the description read as pasted documentation (the checker's rule too).
  const remainders = sentenceRemainders(source);
  // Contained, not only equal: "list a files found for the aquifer identified in the uri" still pastes it.
  const copied = (): boolean => {
    const said = normalWords(words.join(' '));
    return [...remainders].some((rest) => said.includes(rest));
  };
  // "futures contracts for the date falling on …": the participle's phrase goes, what is got stays.
  const falling = words.findIndex((w, i) => i >= 3 && /^(?:the|a|an)$/.test(w) && /^[a-z]{3,}ing$/.test(words[i + 2] ?? '') && /^(on|at|in|for|to|from|by|with|within)$/.test(words[i + 3] ?? ''));
  if (falling > 0) {
    const cut = words.findLastIndex((w, i) => i >= 3 && i < falling && /^(on|at|in|for|with|from|by|within|during|of)$/.test(w));
    if (cut > 0) words.length = cut;
  }
  while (words.length > maxWords || copied()) {
    let cut = words.findLastIndex((w, i) => i >= 3 && /^(on|at|in|for|with|from|by|within|during)$/.test(w));
    if (cut < 0) cut = words.findLastIndex((w, i) => i >= 3 && w === 'of');
    if (cut < 0) return undefined;
    words.length = cut;
    // "… a product line item associated": the participle went with its phrase.
    while (words.length > 3 && /^(?:associated|related|belonging|located|linked|attached|used|defined|available|stored)$/.test(words[words.length - 1] ?? '')) words.length -= 1;
  }
  if (words.length < 2) return undefined;
  // "for a tournament ID year": a list whose commas were lost.
  const out = words.join(' ').replace(/[,;:]+$/, '');
  if (out.split(' ')[0]?.toLowerCase() !== phrase.split(' ')[0]?.toLowerCase() && !/^search for /.test(out)) return undefined;
  // "specifying the date": a participle explains how, it asks for nothing.
  if (/^[a-z]+ing$/i.test(out.split(' ')[0] ?? '')) return undefined;
  const question = /^check whether (?:the )?\S+ (?:is|are) /.test(out);
  if (!question && /\b(?:based|associated|belonging|found|identified|containing|related|matching|\w{2,}[^e]ed)$/i.test(out)) return undefined;
  // "get the continents filtering by name", "futures contracts for the date falling": a participle of the description.
  if (/\b[a-z]{3,}ing (?:by|on|with|in|for|from|to)\b|\b(?:the|a|an) [a-z]+ [a-z]{3,}ing$/.test(out)) return undefined;
  // "get string describing the star-rate", "get image links displaying the rating": a participle clause after the
  // thing is the description explaining it, never how a person names what they want (QUALITY.md G).
  if (PARTICIPLE_CLAUSE.test(out)) return undefined;
  // "decode VIN, get valuable information": two clauses; a comma belongs only to a list ("genre, rating and date").
  if (/ get /i.test(out) || out.split(' ').slice(1).filter((w) => /^[A-Z][a-z]/.test(w)).length >= 3) return undefined;
  if (/,/.test(out) && !/,[^,]*\b(?:and|or)\b[^,]*$/.test(out)) return undefined;
  // "get all local drinks,image,ingredient and preparation": fields glued by commas are a pasted list; "upto" is no word.
  if (/[a-z],[a-z]/i.test(out) || /\bupto\b/i.test(out)) return undefined;
  if (/\bIDs? (?!and\b|or\b|of\b|for\b|in\b|on\b|by\b|from\b|to\b|with\b)[a-z]/.test(out)) return undefined;
  if (DOC_WORDS.test(question ? out.slice('check whether'.length) : out)) return undefined;
  // "filter through the products database and brings out results": a second verb in the third person is the
  // description's sentence going on about the operation, never a request a person says.
  if (/ and (?:brings|returns|gets|gives|shows|provides|displays|lists|fetches|retrieves|sends|finds|outputs|produces|delivers|generates)\b/i.test(out)) return undefined;
  // "get the ID and series names of the games": a list of fields is no request a user phrases that way.
  if (/^\S+ (?:the |an? )?(?:[\w-]+ )?(?:IDs?|names?) and\b/i.test(out)) return undefined;
  // "exclude the webcam ID from a list": one acts on a thing, never on its ID (a key documented as a request).
  if (/^(?!get\b|find\b|look\b|check\b|verify\b|validate\b|generate\b|create\b|convert\b|decode\b|encode\b|search\b|list\b)\S+ (?:the|a|an|its) (?:[\w-]+ ){0,2}IDs?\b(?! of\b| for\b)/.test(out)) return undefined;
  // "get of store status list": a verb runs straight into a preposition where the thing was dropped.
  if (/^\S+ (?:of|as)\b/.test(out)) return undefined;
  if (/\b(?:and|or) (?:their|its)\b|n't\b/i.test(out) || (!question && /\b(?:is|are|was|were|can|does|do|may|has|have)\b/i.test(out))) return undefined;
  if (/\b(?:a|an|the|of|by|for|with|to|its|their|and|or|along)$/i.test(out) || !namesSomething(words.slice(1))) return undefined;
  // "get the access a wide range of recommendations", "get the allows registered users …": a verb read as a noun.
  if (/^\S+ the [a-z]+ (?:a|an|the)\b|^\S+ the (?:allows|provides|lets|enables|helps|returns|gives|offers|supports)\b/i.test(out)) return undefined;
  // "update a roles" (a typo in the description): an article before a plural is no request a person says.
  const lastTwo = /\b(?:a|an) ([a-z]{3,})$/.exec(out)?.[1];
  if (lastTwo && pluralize.isPlural(lastTwo) && pluralize.singular(lastTwo) !== lastTwo && !/(?:ss|us|is|news|series|status)$/.test(lastTwo)) return undefined;
  return out;
}

/**
 * Clauses of documentation a person never says (QUALITY.md G), taken out of a description's request:
 * "associated with the ministry key" (how the input is named: "for a ministry"), "associated with a channel"
 * ("for a channel"), "Spotify catalog information about" (the thing itself), "in millions" (the unit), "in a 3
 * hourly interval" (the step), "all or part of" (how much), "history traveling data of" ("the traveling history of").
 */
export function withoutDocClauses(phrase: string): string {
  return phrase
    .replace(DOC_KEY_CLAUSE, (_m, det: string | undefined, thing: string, noun: string | undefined) => {
      // "the Ministry associated with the ministry key": the thing's own key; "the post associated with the key": one post.
      const own = !noun || pluralize.singular(noun.toLowerCase()) === pluralize.singular(thing.toLowerCase());
      const one = det && /^the$/i.test(det) && own && pluralize.isSingular(thing) ? agreeArticles(`a ${thing}`) : `${det ? `${det} ` : ''}${thing}`;
      return own ? one : `${one} for ${agreeArticles(`a ${noun}`)}`;
    })
    .replace(/\b(?:that (?:is|are) )?(?:associated|linked|related) (?:with|to) (?:the|a|an) (?=[a-z])/gi, 'for a ')
    .replace(/\b(?:[A-Z][\w-]* )?catalog information (?:about|on|for|of) /g, '')
    .replace(/\b(?:the )?(summary|profile|public profile) information (?:about|on|for|of) /gi, 'the $1 of ')
    .replace(/\s+in (?:millions|thousands|billions|hundreds|percent(?:age)?)\b/gi, '')
    // "Get data to draw chart": the purpose names the data ("the chart data").
    .replace(/^(\S+) (?:the )?data (?:to|for) (?:draw|plot|render|build|display|show|create|make|populate)(?:ing)? (?:an? |the )?([a-z]+)$/i, '$1 the $2 data')
    .replace(/\s+(?:in|at) (?:an? )?(?:\d+|one|two|three|six|twelve)[- ]?(?:hour|hourly|day|daily|minute|min|week|weekly)s? (?:intervals?|steps?|increments?)\b/gi, '')
    .replace(/^(\S+) (?:the )?([a-z]+) in (?:the )?future\b/i, '$1 the future $2')
    .replace(/\b(?:all or part|part or all|all or some|some or all) of (?:the )?/gi, '')
    .replace(/\bmeta[- ]data\b/gi, 'metadata')
    // "the list of webcams sliced by limit": how a list is cut or ordered is an input's documentation.
    .replace(/\s+(?:sliced|ordered|sorted|limited|paginated|grouped) by (?:the )?[a-z]+$/i, '')

    .replace(/\bhistory (?:[a-z]{3,}ing )?data (of|for) /gi, 'the history $1 ')
    .replace(/\s+/g, ' ');
}

/** "associated with the ministry key", "associated to the ID": the documentation naming the input a record is found by. */
const DOC_KEY_CLAUSE = /\b(?:(the|a|an) )?([A-Za-z][\w-]*)\s+(?:that (?:is|are) )?(?:associated|linked|related) (?:with|to) (?:the|a|an) (?:([a-z][\w-]*) )?(?:key|keys|ID|IDs|id|ids|identifier|identifiers|reference|references)\b/g;

/** Each sentence of a text without its first word (the verb a request changes), as normalWords. */
export function sentenceRemainders(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\s+[-–—]\s+|\n+/)) {
    const words = normalWords(sentence).trim().split(' ');
    if (words.length >= 9) out.add(normalWords(words.slice(1).join(' ')));
  }
  return out;
}

/** Lower-case words joined by single spaces, with a space at each end, for whole-word containment. */
export function normalWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** "find pet by ID" → "find a pet by ID": a bare singular count noun after the verb takes an article. */
function withArticle(phrase: string): string {
  const m = /^(\S+(?: for)?) ([a-z]+)((?: [a-z]+)?)(?=$| (?:by|for|from|with|in|on|at|of)\b)/.exec(phrase);
  if (!m) return phrase;
  const noun = (m[3] ? m[3].trim() : m[2]) as string;
  const first = m[2] as string;
  // "list files found for …": a plural is no count noun to give "a".
  if ((pluralize.isPlural(first) && pluralize.singular(first) !== first) || SMALL.has(first) || MASS.test(first) || MASS.test(noun) || !pluralize.isSingular(noun) || /(?:ed|ing|ly)$/.test(noun)) return phrase;
  // "estimate market value of the car": the value of a named thing is the one it has ("the market value of the car").
  const article = /^ of (?:the|a|an|its|their)\b/.test(phrase.slice(m[0].length)) ? 'the' : 'a';
  return agreeArticles(`${m[1]} ${article} ${m[2]}${m[3]}${phrase.slice(m[0].length)}`);
}

const MASS = /^(playback|weather|food|delivery|pickup|sale|rent|data|information|info|music|news|status|content|media|time|history|metadata|pricing|availability|stock|usage|money|access|storage|balance|progress|shipping|billing|traffic|health|feedback|advice|analytics|inventory|software|detailed|last|next|all|some|more|most|current|latest|upcoming|available|new|recent|top|popular)$/;

/** Nouns that say nothing on their own ("get information", "get results"). */
const EMPTY_NOUNS = new Set(['information', 'info', 'data', 'details', 'detail', 'results', 'result', 'list', 'items', 'item', 'things', 'stuff', 'content', 'it', 'them', 'all', 'everything', 'value', 'values', 'output']);
const SMALL = new Set(['a', 'an', 'one', 'the', 'of', 'for', 'by', 'in', 'on', 'at', 'to', 'with', 'from', 'and', 'or', 'all', 'its', 'my', 'some', 'any', 'new', 'up']);

function namesSomething(rest: string[]): boolean {
  return rest.some((w) => !SMALL.has(w.toLowerCase()) && !EMPTY_NOUNS.has(w.toLowerCase()) && /^[A-Za-z][\w'-]*$/.test(w));
}

/**
 * "get the top 50 markets for coin" → "… for a coin": a bare singular noun closing a request takes an article when
 * it names one of the operation's resources (a path word or an input), never "for a football".
 */
export function withResourceArticle(request: string, resources: ReadonlySet<string>): string {
  return request.replace(/ (for|of|from|to) ([a-z]{3,})$/, (m, prep: string, noun: string) => (resources.has(noun) && !pluralize.isPlural(noun) && !MASS.test(noun) && !EMPTY_NOUNS.has(noun) ? ` ${prep} ${agreeArticles(`a ${noun}`)}` : m));
}

/** "a apple" → "an apple", "an user" → "a user", "a SKU" → "an SKU". */
export function agreeArticles(text: string): string {
  return text.replace(/\b(a|an) ([A-Za-z0-9][\w'-]*)/g, (m, article: string, word: string) => {
    const want = takesAn(word) ? 'an' : 'a';
    return article === want ? m : `${want} ${word}`;
  });
}

function takesAn(word: string): boolean {
  if (/^[A-Z0-9]{2,}s?$/.test(word)) return /^[AEFHILMNORSX8]/.test(word);
  if (/^(hour|honest|honou?r)/i.test(word)) return true;
  return /^[aeiou]/i.test(word) && !/^(uni|use|usu|uti|ure|one|once|eu)/i.test(word);
}

// ---------------------------------------------------------------- built with grammar

/** Leading words of operation names and path segments that are verbs, and the verb a request uses. */
const NAME_VERBS: Record<string, string> = {
  get: 'get', info: 'get', fetch: 'get', retrieve: 'get', read: 'get', show: 'get', view: 'get', lookup: 'look up', list: 'list', all: 'list',
  search: 'search for', find: 'find', query: 'search for', autocomplete: 'search for', suggest: 'search for',
  create: 'create', add: 'add', new: 'create', post: 'create', put: 'update', update: 'update', edit: 'update', patch: 'update',
  set: 'set', delete: 'delete', remove: 'remove', cancel: 'cancel', merge: 'merge', rename: 'rename', move: 'move', book: 'book',
  send: 'send', upload: 'upload', download: 'download', follow: 'follow', unfollow: 'unfollow', save: 'save', play: 'play',
  decode: 'decode', encode: 'encode', translate: 'translate', verify: 'verify', pause: 'pause', start: 'start', stop: 'stop', convert: 'convert', calculate: 'calculate', check: 'check', validate: 'validate',
};
const METHOD_VERB: Record<string, string> = { GET: 'get', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };
/** Words in names that say how, not what. */
const FILLER = new Set(['by', 'id', 'ids', 'info', 'information', 'detail', 'details', 'data', 'api', 'v', 'json', 'xml', 'all', 'the', 'a', 'an', 'of', 'for', 'from', 'with', 'and', 'or', 'to', 'in', 'on', 'at', 'single', 'multiple', 'several', 'specific', 'one', 'current', 'latest', 'random', 'metadata', 'overview', 'using', 'via', 'deprecating', 'deprecated', 'v2', 'v3', 'list', 'lists', 'get', 'search', 'is', 'me', 'my', 'async', 'certain', 'next', 'upcoming', 'previous', 'pagination', 'paginate', 'paginated', 'page', 'free', 'use', 'since', 'pro', 'premium', 'lite', 'basic', 'plus', 'paid', 'more']);
/** Adjectives that open a compound ("public holidays", "full grid"): never an owner ("a public's holidays") nor a thing on their own. */
const ADJECTIVE = /^(?:public|private|national|international|local|global|official|personal|accessible|available|popular|active|full|advanced|quick|simple|deep|fuzzy|exact|partial|extended|metric|imperial|open|closed|live|daily|weekly|monthly|yearly|annual|upcoming|recent|new|old|total|average|[a-z]{3,}(?:able|ible|ous|ful|less))$/;
/** Keys that filter a list ("by category"): many things share one, so what is got is plural. */
const FILTER_IN: Record<string, string> = { category: 'in', genre: 'in', collection: 'in', section: 'in', department: 'in', folder: 'in', tag: 'with', brand: 'from', type: 'of', status: 'with' };
/** Words naming the screen a result is shown in ("findUsersForPicker"): no part of what the user wants. */
const UI_PURPOSE = new Set(['picker', 'dropdown', 'widget', 'ui', 'typeahead', 'combobox', 'selector']);
const SPLIT = new Set(['by', 'for', 'at', 'of', 'from', 'in', 'near', 'since', 'within', 'to', 'into', 'exclude', 'excluding', 'except', 'without']);
/** Split words said otherwise in a request ("webcams_list_exclude_webcamid" → "list webcams except one webcam"). */
const SPLIT_SAID: Record<string, string> = { exclude: 'except one', excluding: 'except one', except: 'except one', without: 'without' };
/** A word of two to four consonants is an acronym written in lower case ("jmx", "dns"): said in capitals. */
const ACRONYM = /^[b-df-hj-np-tv-z]{2,4}$/;
function said(word: string): string {
  // "editmeta" → "edit meta": "meta" is short for metadata, never a thing of its own ("issue metas").
  if (word === 'meta' || word === 'metas') return 'metadata';
  return EXPANSIONS[word] ?? (ACRONYM.test(word) ? word.toUpperCase() : word);
}
/** Words of how a list is ordered ("orderby={order}", "sort"): never a key a person looks things up by ("list webcams by order"). */
const SORT_WORD = /^(?:order|ordering|orderby|sort|sorting|sortby|direction|asc|desc)$/;
const LOCATION = /^(nearby|radius|lat|latitude|lon|lng|long|longitude|coordinates?|coordinate|geolocation|location|loc|position|point)$/;
const QUERY = /^(q|query|search|term|keyword|keywords|text|s|name)$/;

interface BuildInput {
  name: string;
  method: string;
  path: string;
  required: string[];
  /** The API's category ("Weather"): the resource when the name says none. */
  category?: string;
  /** The API's name as said ("Spotify"): what a search without a named thing searches. */
  api?: string;
  /** The verb the description opens with ("list" for Mandrill's POST /inbound/domains.json): the method's verb never contradicts it. */
  describedVerb?: string;
  /** Every input's name, for specs that mark none required (Mandrill's bodies). */
  inputs?: string[];
}

/** Verbs of a description that say the operation only reads. */
const READ_VERBS = new Set(['get', 'list', 'return', 'retrieve', 'fetch', 'search', 'find', 'show', 'look', 'query', 'read', 'view', 'check', 'test', 'validate', 'verify']);

/**
 * "GET /artist_singles/ {id}" → "get an artist's singles", "GET /schools_list {lat, lon}" → "list schools near a
 * place", "getDifficultyById" → "get a difficulty", "searchFlights" → "search for flights".
 */
export function builtIntent(op: BuildInput): string {
  const segments = op.path.split('/').filter((s) => s && !/^[{:]/.test(s) && !/^v\d+(\.\d+)?$/i.test(s) && s !== 'api');
  const fromName = nameWords(op.name.replace(/[=[{].*$/, '')).filter((w) => !/^(get|post|put|patch|delete)$/.test(w) || identifierWords(op.name).length < 3);
  const fromPath = segments.flatMap((s) => nameWords(s));
  // RapidAPI paths repeat the name; OpenAPI names may be method+path slugs: take whichever says more words.
  const pathWords = new Set([...fromPath, ...slugKeyWords28(op.name, op.path, fromPath)]); // "get_api_v1_menuTreeselect_roleId": a slug names its path's key too
  const slug = /^(get|post|put|patch|delete)[_\-\s./]/i.test(op.name) && fromName.every((w) => pathWords.has(w) || /^(api|v\d+|get|post|put|patch|delete)$/.test(w));
  // "Get by Trakt.tv ID": the verb was dropped as a method word, and "by" opens the key.
  const picked = slug || fromName.length === 0 ? fromPath : fromName;
  const named = nounFirst(picked[0] === 'by' ? ['get', ...picked] : picked);
  // "getIdsOfWorklogsDeletedSince": a participle bounded by a time says which ones ("list worklogs deleted since a date").
  const boundAt = named.findIndex((w, i) => i > 1 && /^[a-z]{3,}ed$/.test(w) && /^(since|after|before|until)$/.test(named[i + 1] ?? ''));
  const raw = boundAt > 0 ? named.slice(0, boundAt) : named;
  const bounded = boundAt > 0 ? ` ${named[boundAt]} ${named[boundAt + 1]} a date` : '';
  const question = yesNoQuestion(raw);
  if (question) return question;
  // "users/ping", "ping2": a ping asks whether the service answers, never for "the user ping".
  // "Health Check" (gis_engine: "test connectivity to API"): a health check asks the same, never "check the health".
  if ((raw.includes('ping') || raw.includes('health') || raw.includes('healthcheck')) && raw.every((w) => w === 'ping' || FILLER.has(w) || /^(users?|me|check|test|health|healthcheck|status|api|service)$/.test(w))) return `check that the ${op.api ? `${op.api.replace(/\s+API$/i, '')} ` : ''}API is reachable`; // which API: the user names it
  const verbWord = raw.find((w) => NAME_VERBS[w]);
  const splitAt = raw.findIndex((w, i) => i > 0 && SPLIT.has(w));
  const keep = (words: string[]): string[] => words.filter((w) => !FILLER.has(w) && !UI_PURPOSE.has(w) && !NAME_VERBS[w] && !LOCATION.test(w) && !/^(?:v?\d+)$/.test(w));
  // "webcams_list_orderby_order_sort": "order by" says how the list is sorted, never a thing ("webcam orders").
  const sortedBy = raw.some((w, i) => /^(?:order|sort)$/.test(w) && raw[i + 1] === 'by');
  let content = keep(splitAt > 0 ? raw.slice(0, splitAt) : raw).filter((w) => !(sortedBy && /^(?:order|sort)$/.test(w) && raw[raw.indexOf(w) + 1] === 'by'));
  const after = splitAt > 0 ? keep(raw.slice(splitAt + 1)) : [];
  const required = op.required.map((p) => identifierWords(p));
  const near = required.some((w) => LOCATION.test(w[0] ?? '')) || raw.some((w) => LOCATION.test(w));
  // "/webhooks/info.json": information about one webhook.
  const one = verbWord === 'info';
  const byId = one || required.some((w) => w[w.length - 1] === 'id' || w[w.length - 1] === 'ids') || /\{[^}]*\}\/?$/.test(op.path) || /\bby (\w+ ){0,3}ids?\b/.test(raw.join(' '));
  // The id of another thing ("tournId" for points) makes no single item: "get the points for a tournament".
  const owners = required.filter((w) => w.length >= 2 && /^ids?$/.test(w[w.length - 1] ?? '')).map((w) => w.slice(0, -1).map((x) => EXPANSIONS[x] ?? x).join(' '));
  // A POST that only reads (Mandrill's `/messages/info.json`) asks for something; it creates nothing.
  const reads = operationEffect({ method: op.method, path: op.path, name: op.name }).effect === 'read';
  const readsAsDescribed = op.describedVerb !== undefined && READ_VERBS.has(op.describedVerb) && !verbWrites30(op);
  let verb = verbWord ? (NAME_VERBS[verbWord] as string) : reads || readsAsDescribed ? 'get' : METHOD_VERB[op.method.toUpperCase()] ?? 'get';
  // "getEditIssueMeta" on GET: the method and the name's own "get" read; "edit" says which metadata, never "update".
  if (op.method.toUpperCase() === 'GET' && /^(?:get|fetch|read|retrieve)[A-Z_-]/.test(op.name) && !READ_VERBS.has(verb.split(' ')[0] as string)) verb = 'get';
  let qualifier = '';
  // "StreamedListObjects": a participle before the verb says how the verb is done, not what is listed.
  const verbAt = verbWord ? raw.indexOf(verbWord) : -1;
  content = content.filter((w, i) => (i === 0 && !(verbAt > 0 && raw.indexOf(w) < verbAt)) || !/[a-z]ed$/.test(w));
  // "fullyUpdateProjectRole": an adverb before the verb says how ("update a project role", never "a fully project role").
  // "partialUpdateProjectRole", "bulkDeleteUsers": so is a manner word ("update a project role", never "a partial project role").
  content = content.filter((w) => !(verbAt > 0 && raw.indexOf(w) < verbAt && /^(?:[a-z]{3,}ly|partial|bulk|batch|async|sync|soft|hard|force|forced)$/.test(w)));
  // "remove-albums-user": a trailing "user" says whose (the caller's), never "an album user".
  if (content.length > 1 && /^(user|users|me|mine|current)$/.test(content[content.length - 1] as string) && !(/^users?$/.test(content[content.length - 1] as string) && ADJECTIVE.test(content[content.length - 2] as string))) content = content.slice(0, -1); // "assignable users" are the thing
  const category = (op.category ?? '').trim().toLowerCase();
  // "get_by_trakt_tv_id": what is got goes unnamed; the API's subject names it ("get a movie by its Trakt TV ID").
  const keyedBy = splitAt > 0 && raw[splitAt] === 'by' && /^ids?$/.test(raw[raw.length - 1] ?? '') && content.length === 0 && after.length > 0;
  // Only a category of countable things ("Movies") names one of them; "Entertainment" names none.
  if (keyedBy && /^[a-z]{4,}$/.test(category) && !MASS.test(category) && pluralize.isPlural(category) && pluralize.singular(category) !== category) {
    content = [pluralize.singular(category)];
    qualifier = ` by its ${after.map((w) => EXPANSIONS[w] ?? w).join(' ')} ID`;
  } else if (keyedBy) {
    // No subject to name ("get_by_trakt_tv_id" in category "Data"): the key is what the user holds, never "get a trakt tv".
    return `${verb === 'get' ? 'look up' : verb} the details for ${agreeArticles(`a ${after.map((w) => EXPANSIONS[w] ?? w).join(' ')} ID`)}`;
  } else if (content.length === 0 && after.length > 0) {
    // "search_by_woeid" on /weather: the path names what is got ("get the weather for a woeid"), never "search for woeids".
    const got = raw[splitAt] === 'by' ? keep(fromPath).filter((w) => !after.includes(w) && !/[a-z]ed$/.test(w)).slice(-1) : [];
    if (got.length > 0) {
      content = got;
      if (verb === 'search for') verb = 'get';
      qualifier = ` for ${withDeterminer(after.map((w) => EXPANSIONS[w] ?? w).join(' '), false)}`;
    } else content = after;
  } else if (after.length === 1 && raw[splitAt] === 'by' && FILTER_IN[after[0] as string]) {
    // "getProductByCategory": many products share a category, so the products in one are what is got.
    const key = after[0] as string;
    qualifier = ` ${FILTER_IN[key]} ${agreeArticles(`a ${key}`)}`;
    const last = content[content.length - 1] as string;
    if (pluralize.isSingular(last) && !MASS.test(last)) content = [...content.slice(0, -1), pluralize.plural(last)];
  } else if (after.length > 0 && SPLIT_SAID[raw[splitAt] as string]) {
    qualifier = ` ${SPLIT_SAID[raw[splitAt] as string]} ${dedupe(after.map((w) => said(w.replace(/(?<=[a-z]{3})ids?$/, '')))).join(' ')}`;
  } else if (raw[splitAt] === 'by' && after.some((w) => /^(?:upper|lower|bound|bounds|limit|offset|page|cursor|version|parameter|param|params|order|ordering|sort|sorting|direction|asc|desc)$/.test(w))) {
    // "get_articles_by_upper_bound": a bound or a paging input is how many, never what a person looks things up by.
  } else if (after.length > 0) qualifier = ` ${raw[splitAt]} ${withDeterminer(after.map((w) => EXPANSIONS[w] ?? w).join(' '), raw[splitAt] === 'by')}`;
  // "ips/check-custom-dns": the collection before the verb owns what is acted on ("check a custom DNS for an IP", never "check IPs custom dns").
  const before = verbAt > 0 && splitAt < 0 ? keep(raw.slice(0, verbAt)) : [];
  const owner = before.length === 1 ? (before[0] as string) : '';
  if (owner && !qualifier && verbWord !== 'list' && pluralize.isPlural(owner) && pluralize.singular(owner) !== owner && content.length > 2 && content[0] === owner) {
    content = content.slice(1);
    qualifier = ` for ${agreeArticles(`a ${said(pluralize.singular(owner))}`)}`;
  }
  // "Full Grid Search": a kind of search, run, never "search for full grids".
  if (verbWord === 'search' && raw[raw.length - 1] === 'search' && content.length > 0 && ADJECTIVE.test(content[0] as string) && !qualifier) {
    return `run ${agreeArticles(`a ${content.join(' ')} search`)}${near ? ' near a place' : ''}`;
  }
  // "Metric [Kilograms]": an adjective alone names nothing to get.
  if (content.every((w) => ADJECTIVE.test(w))) content = [];
  if (content.length === 0 && /^[a-z]+$/.test(category) && !/^(data|other|others|tools|utilities|information|business|commerce|api|apis)$/.test(category)) content = [category];
  // "webcams_list_property" with a required `property`: the last word is what the list is filtered by.
  const filter = content.length >= 2 ? content[content.length - 1] : undefined;
  if (filter && !qualifier && !SORT_WORD.test(filter) && required.some((w) => w.length === 1 && w[0] === filter) && content.some((w) => w !== filter)) {
    content = content.filter((w) => w !== filter);
    qualifier = ` by ${EXPANSIONS[filter] ?? filter}`;
  }
  // "post" alone names the thing: the method says what to do with it.
  // "delete" alone (Jira's DELETE /component/{id}): the path names the thing.
  // "validate" on /licenseValidator: the tool's own noun ("validator") is no thing validated ("validate a license").
  const agent = (w: string): boolean => verbWord !== undefined && new RegExp(`^${verbWord.replace(/e$/, '')}(?:e|o|e)?r$`).test(w);
  if (content.length === 0 && raw === fromName) content = keep(fromPath).filter((w) => !/[a-z]ed$/.test(w) && !ADJECTIVE.test(w) && !agent(w)).slice(-1);
  if (content.length === 0 && verbWord === 'post' && raw.length === 1) {
    content = [verbWord];
    verb = METHOD_VERB[op.method.toUpperCase()] ?? 'get';
  }
  const nouns = dedupe(content.map(said)).slice(-3);
  // "search" alone (Spotify's GET /search): the API's catalog is what is searched, never "search for something".
  if (nouns.length === 0 && !near && verb === 'search for' && op.api && /^[A-Z][\w.' -]{1,30}$/.test(op.api)) return `search ${op.api}`;
  if (nouns.length === 0) return near ? `${verb === 'get' ? 'look up' : verb} places near a location` : `${verb} something`;
  const head = nouns[nouns.length - 1] as string;
  // "/whitelists/add.json" {email}: an email is added to the whitelist, never "add whitelists".
  const member = /^(add|remove|delete)$/.test(verb) && nouns.length === 1 && !qualifier && pluralize.isPlural(head) && pluralize.singular(head) !== head ? memberOf(required.length > 0 ? required : (op.inputs ?? []).map((p) => identifierWords(p)), head) : undefined;
  if (member) return `${verb} ${agreeArticles(`a ${member}`)} ${verb === 'add' ? 'to' : 'from'} the ${pluralize.singular(head)}`;
  // "/subaccounts/add.json": one thing is made per call ("add a subaccount", never "add subaccounts").
  if (/^(add|create)$/.test(verb) && !qualifier && !near && /^[a-z]+$/.test(head) && !MASS.test(head) && pluralize.isPlural(head) && pluralize.singular(head) !== head) return `${verb} ${agreeArticles(`a ${[...nouns.slice(0, -1).map((w) => pluralize.singular(w)), pluralize.singular(head)].join(' ')}`)}`;
  // "Search by location" on /weather: weather is got for a place, never "searched for near a place".
  const massSearch = verb === 'search for' && nouns.length === 1 && MASS.test(head);
  if (massSearch) verb = 'get';
  const lead = nouns.slice(0, -1).map((w) => (/^[a-z]+$/.test(w) && !/^(sys|bus|gas|news|status|series|analytics)$/.test(w) ? pluralize.singular(w) : w));
  const plural = pluralize.isPlural(head) && pluralize.singular(head) !== head;
  if (verb === 'get' && plural && !byId && !MASS.test(head)) verb = 'list';
  let object: string;
  // "TVCountries": an acronym before the thing says which kind ("TV countries"), never an owner ("a TV's countries").
  // "getSecurityLevelsForProject": where the name already says whose ("for a project"), the lead word is a kind
  // ("security levels"), never an owner ("a security's levels").
  if (lead.length === 1 && plural && byId && !/^ (?:for|of|from|in) /.test(qualifier) && !/^(search for|list)$/.test(verb) && !ADJECTIVE.test(lead[0] as string) && !/^[A-Z]{2,}$/.test(lead[0] as string)) {
    // "artist singles" by id: the singles of one artist.
    object = `${agreeArticles(`a ${lead[0]}`)}'s ${[...lead.slice(1), head].join(' ')}`;
  } else if (plural && byId && lead.length === 0 && !/^(search for|list)$/.test(verb) && !(raw[splitAt] === 'by' && after.length > 0 && !/^(uuid|guid|slug|key)$/.test(after.join(' ')))) {
    const other = owners.find((o) => o !== pluralize.singular(head) && !o.endsWith(` ${pluralize.singular(head)}`));
    if (other && !qualifier) qualifier = ` for ${agreeArticles(`a ${other}`)}`;
    object = other ? `the ${head}` : agreeArticles(`a ${pluralize.singular(head)}`);
  } else if (plural || verb === 'search for' || verb === 'list') {
    object = [...lead, plural || MASS.test(head) || !/^[a-z]+$/.test(head) ? head : pluralize.plural(head)].join(' ');
  } else if (MASS.test(head) || (!byId && verb === 'get')) {
    object = `the ${[...lead, head].join(' ')}`;
  } else if (lead.length === 0 && /^(stop|start|pause|resume)$/.test(verb) && /^[a-z]{3,}ing$/.test(head)) {
    // "stopExposing": an action stopped, never "stop an exposing"; the path says what ("…/jmx/stopExposing": "stop exposing the JMX monitoring").
    const scope = keep(fromPath).filter((w) => w !== head && !/[a-z]ed$/.test(w) && !ADJECTIVE.test(w)).slice(-2).reverse().map(said);
    object = scope.length > 0 ? `${head} the ${scope.join(' ')}` : head;
  } else {
    object = agreeArticles(`a ${[...lead, head].join(' ')}`);
  }
  // "list webcams" sorted by an input: what is asked is the list in an order ("get a sorted list of webcams").
  if (sortedBy && verb === 'list' && plural && !qualifier && !near) return `get a sorted list of ${object}${bounded}`;
  const tail = (near && verb !== 'look up' ? (massSearch ? ' for a place' : ' near a place') : qualifier) + bounded;
  return `${verb} ${object}${tail}`.replace(/\s+/g, ' ').trim();
}

/** Words that open a name as a verb but name a thing said after what it is about ("Forecast Weather": the weather forecast). */
const NOUN_FIRST = new Set(['estimate', 'estimates', 'forecast', 'forecasts']);

/**
 * "Estimate Ownership Cost", "Forecast Weather API": a title-case name whose first word is such a noun-verb is a
 * thing ("the ownership cost estimate", "the weather forecast"), never "get the estimate ownership cost".
 */
function nounFirst(words: string[]): string[] {
  const first = words[0] ?? '';
  if (!NOUN_FIRST.has(first) || words.length < 2 || words.some((w) => NAME_VERBS[w])) return words;
  const end = words.findIndex((w, i) => i > 0 && SPLIT.has(w));
  const stop = end < 0 ? words.length : end;
  const between = words.slice(1, stop).filter((w) => !FILLER.has(w));
  if (between.length === 0) return words;
  return [...between, first, ...words.slice(stop)];
}

/** The one required input that is no key and no name of the list itself ("email" for /whitelists/add), said as a noun. */
function memberOf(required: string[][], list: string): string | undefined {
  const kept = required.filter((w) => !/^(key|id|ids|token|secret|api|apikey)$/.test(w[w.length - 1] ?? '') && pluralize.singular(w.join(' ')) !== pluralize.singular(list));
  const only = kept.length === 1 ? (kept[0] as string[]) : undefined;
  return only && only.length <= 2 && only.every((w) => /^[a-z]{2,}$/.test(w)) ? only.map(said).join(' ') : undefined;
}

/** A name's words, glued ones split ("getOrdersbyEmail" → get orders by email, "applicationrole" → application role). */
function nameWords(name: string): string[] {
  // "users/ping2", "search3": a version digit glued to a word is the id's, never said ("ping", "search").
  return identifierWords(name).flatMap((w) => [...spokenParts(/^[a-z]{4,}\d$/.test(w) ? w.slice(0, -1) : w)]);
}

/** Verbs in the third person that a yes/no operation name asks about ("check-if-user-follows-playlist"). */
const ASKED_VERB = /^(follows|contains|has|likes|owns|includes|matches)$/;

/** "check if user follows playlist" → "check whether the user follows a playlist": a yes/no question, as a clause. */
function yesNoQuestion(raw: string[]): string | undefined {
  // "PublicHolidayIsTodayPublicHoliday": a question in the name ("check whether today is a public holiday").
  const is = raw.indexOf('is');
  if (is > 0 && raw[0] !== 'check' && raw.length - is >= 3 && raw.slice(is + 1).every((w) => /^[a-z]{2,}$/.test(w) && !FILLER.has(w))) {
    const complement = raw.slice(is + 2).join(' ');
    return `check whether ${raw[is + 1]} is ${pluralize.isPlural(complement) && pluralize.singular(complement) !== complement ? complement : agreeArticles(`a ${complement}`)}`;
  }
  // "check-users-saved-shows": whether the things are saved, never "check the saved shows".
  const kept = raw.filter((w) => !/^(users?|me|my|current|if|whether|one|or|more)$/.test(w));
  if (raw[0] === 'check' && kept.length === 3 && /^(saved|followed|liked|blocked|subscribed|starred)$/.test(kept[1] ?? '') && pluralize.isPlural(kept[2] ?? '')) return `check whether the ${kept[2]} are ${kept[1]}`;
  if (raw[0] !== 'check' && raw[0] !== 'verify') return undefined;
  const start = /^(if|whether)$/.test(raw[1] ?? '') ? 2 : 1;
  const at = raw.findIndex((w, i) => i > start && ASKED_VERB.test(w));
  if (at < 0) return undefined;
  const subject = raw.slice(start, at).filter((w) => !FILLER.has(w)).map((w) => EXPANSIONS[w] ?? w);
  const object = raw.slice(at + 1).filter((w) => !FILLER.has(w)).map((w) => EXPANSIONS[w] ?? w);
  if (subject.length === 0 || subject.length > 2 || object.length === 0 || object.length > 2) return undefined;
  return `${raw[0]} whether the ${subject.join(' ')} ${raw[at]} ${withDeterminer(object.join(' '), false)}`;
}

/** "verses" stays bare, "page number" takes an article unless it follows "by". */
function withDeterminer(noun: string, afterBy: boolean): string {
  const last = noun.split(' ').pop() ?? noun;
  // "to the default screen": one of a kind.
  if (/^(default|main|primary|current|global|home)\b/.test(noun)) return `the ${noun}`;
  if (afterBy || (pluralize.isPlural(last) && pluralize.singular(last) !== last)) return noun;
  return agreeArticles(`a ${noun}`);
}

/** "holiday … holidays": one thing named twice is named once, where it is said last. */
function dedupe(words: string[]): string[] {
  const key = (w: string): string => pluralize.singular(w.toLowerCase());
  return words.filter((w, i) => !words.slice(i + 1).some((x) => key(x) === key(w)));
}

/**
 * A request for a few named fields ("get an author's name, biography and best-known work"): what a person asks
 * when they want specific details. The description's list shortened to three items, so never pasted whole.
 */
export function fieldListRequest(phrase: string): string | undefined {
  const owned = /^(\S+) ((?:a|an|the) [\w-]+'s) (.+)$/.exec(phrase);
  const of = owned ? undefined : /^(\S+) (?:the )?(.+) of ((?:a|an|the) [\w-]+)$/.exec(phrase);
  const verb = owned?.[1] ?? of?.[1];
  const list = owned?.[3] ?? of?.[2];
  if (!verb || !list || !list.includes(',')) return undefined;
  const items = list.split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  if (items.length < 3 || items.some((x) => x.split(' ').length > 3 || !/^[a-z][a-z -]*$/.test(x))) return undefined;
  const fields = `${items[0]}, ${items[1]} and ${items[items.length - 1]}`;
  const owner = owned ? owned[2] : `${agreeArticles(`a ${(of?.[3] ?? '').replace(/^(?:a|an|the) /, '')}`)}'s`;
  return `${verb} ${owner} ${fields}`;
}

/** " in ***translation_eng*** key", " from the `raw_text` field": a place named by an identifier. */
export const CODE_PLACE = /\s+(?:in|from|of|on|under|inside|within)\s+(?:the\s+)?(?:\*{1,3}|`)?[A-Za-z][a-z0-9]*(?:_[A-Za-z0-9]+)+(?:\*{1,3}|`)?(?:\s+(?:key|field|column|property|attribute|value))?(?=[\s,.;]|$)/g;

/** Whether a built request is the operation id's words read in order ("getAccessibleProjectTypeByKey"), articles aside. */
/**
 * Whether a built request names something the description speaks of: "delete a swap" (from the path word
 * "removeAndSwap") names nothing of "Delete a project version.", so only the description's request is said.
 */
export function namesDescribed(built: string, description: string, path: string): boolean {
  // The path's resources count too ("/reservations": "create a reservation"), not an action segment ("removeAndSwap").
  const resources = path.split('/').filter((s) => !/^[a-z]+And[A-Z]/.test(s)).flatMap((s) => nameWords(s));
  const described = new Set([...normalWords(description).replace(/'s\b/g, '').trim().split(' '), ...resources].map((w) => pluralize.singular(w)));
  const nouns = built.toLowerCase().replace(/'s\b/g, '').split(/\s+/).slice(1).filter((w) => /^[a-z]{3,}$/.test(w) && !SMALL.has(w) && !EMPTY_NOUNS.has(w) && !/^(?:place|location|near|something|its|their|details|look|up)$/.test(w));
  return nouns.length === 0 || nouns.some((w) => described.has(pluralize.singular(w)));
}

export function readsName(built: string, name: string): boolean {
  if (!/[a-z][A-Z]/.test(name)) return false;
  const words = built.toLowerCase().split(/\s+/).filter((w) => !/^(a|an|the|its|their)$/.test(w));
  const named = splitIdentifier(name).map((w) => w.toLowerCase());
  const same = (said: string[]) => said.length === named.length && said.every((w, i) => w === named[i] || pluralize.singular(w) === pluralize.singular(named[i] ?? ''));
  // "UniqueStageSeasons" read as "get unique stage seasons": the verb is the builder's, the rest the id's words.
  return (named.length >= 4 && same(words)) || (named.length >= 3 && /^(get|list|fetch)$/.test(words[0] ?? '') && same(words.slice(1)));
}
