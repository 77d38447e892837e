/**
 * Requests built from operation ids and descriptions, made grammatical and given a referent (QUALITY.md A):
 * "find a bulk assignable" (findBulkAssignableUsers) is "find assignable users in bulk", "get a menu treeselect
 * role" (menuTreeselect/{roleId}) is "get the menu tree for a role", "get the edition by ISBN" (a later sentence's
 * "the" pointing back at the first) is "look up an edition by its ISBN", "send a message template"
 * (messages/send-template) is "send a message from a template". No imports from the builder: it calls these.
 */
import pluralize from 'pluralize';

/** "menuTreeselect", "deptTreeSelect": a tree-select widget shows a tree; the tree is what is got. */
export function unwidgeted28(text: string): string {
  return text.replace(/(?<=[a-z])Tree-?[Ss]elect/g, 'Tree').replace(/(?<=[a-z])-?tree-?select/gi, '-tree');
}

/**
 * "Send a new transactional message through Mandrill using a template": the product the call goes through is no
 * part of what a person asks for ("send a new transactional message using a template").
 */
export function withoutThroughPlatform28(phrase: string): string {
  return phrase.replace(/ (?:through|via) (?:the )?[A-Z][\w.&-]+(?: API)?(?= (?:using|with|by|for|to|in|on|from)\b)/, '');
}

/** Keys a record is looked up by, said after "by its". */
const LOOKUP_KEY = /^(?:ISBN|ID|UUID|SKU|VIN|IATA code|ICAO code|code|key|slug|name|username|email|number|symbol|ticker|handle)$/;

/**
 * "get the edition by ISBN", "get an edition by ISBN": a thing looked up by its key is "look up an edition by its
 * ISBN"; "the" with no thing said before has no referent, and a bare key reads as a parameter name.
 */
export function lookedUpBy28(request: string): string {
  const m = /^(?:get|fetch|retrieve|find|look up) (?:the|an?) ([a-z]+(?: [a-z]+)?) by ([A-Za-z]+(?: code)?)$/.exec(request);
  if (!m) return request;
  const thing = m[1] as string;
  const key = m[2] as string;
  const head = thing.split(' ').pop() as string;
  if (!LOOKUP_KEY.test(key) || (pluralize.isPlural(head) && pluralize.singular(head) !== head)) return request;
  // "a repository by username": a person's key on a thing that is no person is its owner's, not "its username".
  const person = PERSON.test(head);
  if (/^(?:username|email|handle)$/.test(key) && !person) return request;
  return `look up ${article(thing)} ${thing} by ${person ? 'their' : 'its'} ${key}`;
}

/** Things that are people: their key is "their" key. */
const PERSON = /^(?:user|person|customer|member|author|employee|contact|player|artist|owner|driver|agent|reviewer|critic)$/;

/** Words a built request may end on that name a manner of doing it, said after the thing ("in bulk"). */
const MANNER = /^(?:bulk|batch)$/;

/**
 * A request built from an id, finished: "find bulk assignable users" → "find assignable users in bulk"; "get a
 * menu tree" of /menuTree/{roleId} → "get the menu tree for a role" (the key is another thing's); "send a message
 * template" of /messages/send-template → "send a message from a template".
 */
export function finishedBuilt28(built: string, path: string, required: readonly string[]): string {
  const words = built.split(' ');
  // "find bulk assignable users": how many at once is said last.
  const last = words[words.length - 1] as string;
  const manner = words.findIndex((w, i) => i > 0 && i < words.length - 1 && MANNER.test(w) && !/^(?:a|an|the|of)$/.test(words[i - 1] as string) && !words.includes('of'));
  if (manner > 0 && pluralize.isPlural(last) && pluralize.singular(last) !== last) return [...words.slice(0, manner), ...words.slice(manner + 1), 'in', 'bulk'].join(' ');
  // "send a message template" of "send-template": the template is what the message is made from.
  const fromTemplate = /^(send|create|render|publish) an? ([a-z]+) template$/.exec(built);
  if (fromTemplate && /(?:^|[/_-])(?:send|create|render|publish)[-_]?template/i.test(path)) return `${fromTemplate[1]} ${article(fromTemplate[2] as string)} ${fromTemplate[2]} from a template`;
  // "get a menu tree" of /menuTree/{roleId}: the key is a role's, so it is the role's menu tree.
  const one = /^get an? ([a-z]+(?: [a-z]+)?)$/.exec(built);
  const key = /\{([a-z]+)_?(?:Id|ID|id)\}\/?$/.exec(path)?.[1];
  if (one && key && required.length === 1 && /^[a-z]{3,}$/.test(key)) {
    const thing = one[1] as string;
    const said = thing.split(' ').map((w) => pluralize.singular(w));
    const segment = path.split('/').filter(Boolean).slice(-2)[0] ?? '';
    if (!said.includes(key) && !segment.toLowerCase().includes(key)) return `get the ${thing} for ${article(key)} ${key}`;
  }
  return built;
}

/**
 * "get_api_v1_menuTreeselect_roleId" of /menuTreeselect/{roleId}: a method-and-path slug spells the path's last key
 * too; its words are the path's ("role", "id"), never part of what is got ("a menu treeselect role"). Only a key of
 * another thing (no path word names it) and only in a slug without spaces.
 */
export function slugKeyWords28(name: string, path: string, fromPath: readonly string[]): string[] {
  if (/\s/.test(name)) return [];
  const owner = /\{([a-z]+)_?(?:Id|ID|id)\}\/?$/.exec(path)?.[1];
  if (!owner || fromPath.some((w) => pluralize.singular(w.toLowerCase()) === owner)) return [];
  return [owner, 'id'];
}

/** "an edition", "a user", "a UUID": the article a spoken word takes. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|usu|uti|ure|one|once|eu)/i.test(word) ? 'an' : 'a';
}

/**
 * "work ratings" of /works/{workId}/ratings, documented "Get the reader ratings of a book": the path's owner word is
 * the API's jargon where the description says whose the things are in words ("book ratings").
 */
export function ownerAsDescribed28(topic: string | undefined, description: string): string | undefined {
  const words = topic?.split(' ');
  if (!topic || words?.length !== 2) return topic;
  const [owner, things] = words as [string, string];
  const whose = new RegExp(`\\b${things} of (?:a|an|the) ([a-z]{3,})\\b`).exec(description.toLowerCase())?.[1];
  return whose && pluralize.singular(whose) === whose && whose !== owner && !/^(?:given|specified|single|specific|particular|certain|user|current)$/.test(whose) ? `${whose} ${things}` : topic;
}
