/**
 * How the user says the values of parameters and how the assistant asks for them (QUALITY.md B, H): a moment the
 * call sends as Unix time or as a documented compact date is said as a date ("March 8, 2026 at 10:21 UTC"), and a
 * question about a parameter with a few allowed values names them ("Which delivery method should I use? The
 * options are mobile, print at home and will call.").
 */
import { codeByName } from './_code-names24.ts';
import { describedCode31 } from './_described-codes31.ts';
import type { DialoguePlan, ParamRef, RecordOperation, Slot } from '../plan/types.ts';
import type { Rng } from '../random/index.ts';
import { namesCode, spokenMoment } from '../text/index.ts';
import { MONTH_NOUN, monthName } from '../text/months26.ts';
import { refNoun, sayFlag } from './_mention.ts';
import { sayAsPerson } from './_say.ts';
import { setsNewValue28 } from './_update-speech28.ts';
import { dependencyOf } from '../plan/_dependent.ts';
import { isPluralNoun, joinList, plural, sayValue, singular } from './words.ts';
import { splitIdentifier } from './_split-identifier.ts';
import { withUnitGrid29 } from './_unit-said-grid29.ts';
import { periodWord, searchWordsClause } from './_search-words23.ts';
import { sayCommaList34 } from './_list-values-discoa34.ts';
import { ASK_DIRECTION, ASK_SORT_BOTH, ASK_SORT_KEY, directionPhrase, sayFileFormat, isSortDirection, isSortKey, sortClause } from './_sort-speech.ts';

/** Parameter names and nouns that hold a moment or a date. */
const MOMENT_NOUN = /\b(?:time|timestamp|times|date|dates|day|since|until|start|end|expires?|expiry|created|updated|modified|moment|when|ts|epoch|deadline)\b/i;

/** A value as the user says it for `noun`: an epoch or a compact date as a date, a code by its name, else plainly. */
export function sayParamValue(noun: string, value: unknown, schema?: Record<string, unknown>): string {
  if ((typeof value === 'number' || typeof value === 'string') && MOMENT_NOUN.test(noun)) {
    const spoken = spokenMoment(value);
    if (spoken) return spoken;
  }
  const month = MONTH_NOUN.test(noun) && !Array.isArray(schema?.enum) ? monthName(value) : undefined;
  if (month) return month; // "the month is September", never "the month is 9"
  const period = periodWord(noun, value, schema); // "the data period is monthly", never "is Month"
  if (period) return period;
  const format = sayFileFormat(noun, value, schema);
  if (format) return format;
  // "NEW" among `NEW, USED_LIKE_NEW, USED_GOOD`: a constant of the spec is said as a word ("the condition is new").
  if (typeof value === 'string' && CAPS_WORDS35.test(value) && isListedConstant(value, schema)) return capsAsWords35(value);
  // Amenities ["MASSAGE", "ROOM_SERVICE"]: each listed constant is a word too ("massage and room service").
  const items = schema?.items as Record<string, unknown> | undefined;
  if (Array.isArray(value) && items && value.some((v) => typeof v === 'string' && CAPS_WORDS35.test(v) && isListedConstant(v, items))) {
    return sayAsPerson(noun, value.map((v) => (typeof v === 'string' && CAPS_WORDS35.test(v) && isListedConstant(v, items) ? capsAsWords35(v) : v)), sayValue);
  }
  // "print_at_home" of an enum is an option's label: 'the delivery method is "print at home"', never a bare run of words.
  if (typeof value === 'string' && value.includes('_') && isEnumMember(value, schema)) {
    const words = sayValue(value);
    if (words.includes(' ')) return `"${words}"`;
  }
  // "ravi_haddad" as a username, login or handle is said as it is sent, never as words ("ravi haddad").
  if (typeof value === 'string' && value.includes('_') && HANDLE_NOUN.test(noun) && !isEnumMember(value, schema)) return value;
  // "id1,id2" sent as one string is said as a list: "id1 and id2" (wave 34).
  const list = sayCommaList34(noun, value);
  if (list) return list;
  return sayAsPerson(noun, value, sayValue);
}

/** A constant in capitals, maybe several words joined by "or"/"and" ("BAR or LOUNGE"): said as lower-case words (wave 35b). */
const CAPS_WORDS35 = /^[A-Z]{3,}(?: (?:or|and|[A-Z]{2,}))*$/;
const capsAsWords35 = (v: string): string => v.toLowerCase().replace(/\bwifi\b/g, 'Wi-Fi');

/** Nouns whose values are typed as they are: a username, login, handle, slug, key, tag or an ID. */
const HANDLE_NOUN = /\b(?:user ?names?|logins?|handles?|slugs?|screen names?|nicknames?|account names?|keys?|tags?|ids?|codes?)$/i;

/** "show IDs" said for one value: the head noun in the singular ("show ID"). */
export function oneValueNoun(noun: string): string {
  const split = /\s+(?:in|of)\s+/.exec(noun);
  const head = split ? noun.slice(0, split.index) : noun;
  const rest = split ? noun.slice(split.index) : '';
  const words = head.split(' ');
  const last = words.pop() ?? '';
  const one = /^[A-Z]+s$/.test(last) ? last.slice(0, -1) : singular(last);
  return [...words, one].join(' ') + rest;
}

/**
 * A switch the call sends only because a value depending on it is set (`adjustEstimate: new` beside `newEstimate`)
 * is left implicit when that value's name already says it: "the new estimate is 2d", never "the estimate
 * adjustment is new and the new estimate is 2d". Its value is then said by the dependant's name.
 */
export function saidRefs(plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[]): ParamRef[] {
  if (refs.length < 2) return [...refs];
  return refs.filter((ref) => {
    const value = slotOf(plan, ref)?.value;
    if (typeof value !== 'string' || !/^[a-z]+$/i.test(value)) return true;
    const props = plan.operations[ref.operation]?.parameters.properties as Record<string, Record<string, unknown>> | undefined;
    return !refs.some((other) => {
      if (other === ref || other.operation !== ref.operation) return false;
      const description = props?.[other.param]?.description;
      const dep = dependencyOf(typeof description === 'string' ? description : undefined);
      return dep !== undefined && dep.param === ref.param && dep.value === value && nameWords(other.param).includes(value.toLowerCase());
    });
  });
}

const nameWords = (name: string): string[] => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);

/** A value the schema's enum holds, or one its description lists as a code (`PRIME_ELIGIBLE,FREE_DELIVERY`). */
function isEnumMember(value: string, schema: Record<string, unknown> | undefined): boolean {
  if (Array.isArray(schema?.enum)) return schema.enum.includes(value);
  const description = typeof schema?.description === 'string' ? schema.description : '';
  return description.includes(value) && description.split(/[\s,`'".:;()]+/).includes(value);
}

/** A word in capitals that the schema's enum or its description lists beside CONSTANT_NAMES, not a ticker or a code. */
function isListedConstant(value: string, schema: Record<string, unknown> | undefined): boolean {
  if (Array.isArray(schema?.enum)) return schema.enum.includes(value) && schema.enum.some((v) => typeof v === 'string' && /^[A-Z]+_[A-Z_]+$/.test(v));
  const description = typeof schema?.description === 'string' ? schema.description : '';
  return /\b[A-Z]{2,}_[A-Z_]{2,}\b/.test(description) && description.split(/[\s,`'".:;()]+/).includes(value);
}

const schemaOf = (plan: Pick<DialoguePlan, 'operations'>, ref: ParamRef): Record<string, unknown> | undefined =>
  (plan.operations[ref.operation]?.parameters.properties as Record<string, Record<string, unknown>> | undefined)?.[ref.param];

const slotOf = (plan: Pick<DialoguePlan, 'slots'>, ref: ParamRef): Slot | undefined => plan.slots.find((s) => s.operation === ref.operation && s.param === ref.param);

/**
 * "the track ID is 42", "the departure date is 2024-05-01 and the city is Paris". A flag is a clause of its own,
 * after the named values: "the title is Jaws and it should not be public"; so are sort settings, said by what they
 * mean: "the city is Paris, sorted by distance, in ascending order" (never "the sort is asc"). Callers put the
 * phrase in a sentence as it is ("Oh, and the …", capitalised at a sentence's start).
 */
export function valueMentions(plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[]): string {
  const named: string[] = [];
  const clauses: string[] = [];
  const sorts = sortRefs(plan, refs);
  for (const ref of saidRefs(plan, refs)) {
    const slot = slotOf(plan, ref);
    if (sorts.has(ref)) {
      const clause = sortMention(plan, ref, sorts);
      if (clause) clauses.push(clause);
      continue;
    }
    const named0 = refNoun(plan, ref);
    if (typeof slot?.value === 'boolean') {
      clauses.push(sayFlag(named0, slot.value));
      continue;
    }
    const looking = searchWordsClause(named0, slot?.value, plan.operations[ref.operation]); // never "the keyword is Lior Kaur"
    if (looking) {
      clauses.push(looking);
      continue;
    }
    const many = Array.isArray(slot?.value) && slot.value.length > 1;
    // One value under a plural name (`ids: "2Q7ik"`) is "the show ID is …", never "the show IDs are …".
    // A phrase ("keywords: Future Web Associate") or a joined list ("id1,id2") may be several values: it stays plural.
    const one = typeof slot?.value === 'number' || (typeof slot?.value === 'string' && !/[\s,;]/.test(slot.value)) || (Array.isArray(slot?.value) && slot.value.length === 1);
    const noun = one && isPluralNoun(named0) ? oneValueNoun(named0) : named0;
    const verb = many || isPluralNoun(noun) ? 'are' : 'is';
    // "the country code is FR": a person names the country ("the country is France"), the call sends its code.
    const byName = codeByName(noun, slot?.value) ?? describedCode31(noun, slot?.value, String(schemaOf(plan, ref)?.description ?? '')); // "1 for PGA Tour": the tour, by name
    const phrase = byName ?? `the ${noun} ${verb} ${withUnitGrid29(plan, ref, slot?.value, sayParamValue(noun, slot?.value, schemaOf(plan, ref)))}`; // "the radius is 2 kilometers" (_unit-said-grid29.ts)
    // An update's value is said as the new one ("the new name is Horizon"), never as if it named the record.
    named.push(setsNewValue28(plan.operations[ref.operation], ref.param) ? phrase.replace(/^the /, 'the new ') : phrase);
  }
  return joinList([...named, ...clauses]);
}

/** The refs that set how a list is sorted: `sort`/`order` keys and directions, by the kind each is. */
function sortRefs(plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[]): Map<ParamRef, 'key' | 'direction'> {
  const out = new Map<ParamRef, 'key' | 'direction'>();
  for (const ref of refs) {
    if (!SORTISH.test(ref.param)) continue;
    const words = splitIdentifier(ref.param);
    const schema = schemaOf(plan, ref);
    const value = slotOf(plan, ref)?.value;
    if (isSortDirection(words, schema) && directionPhrase(value)) out.set(ref, 'direction');
    else if (isSortKey(words, schema) && typeof value === 'string') out.set(ref, 'key');
  }
  return out;
}

const SORTISH = /sort|order|dir/i;

/** Is this ref a sort setting said by its meaning (a direction or a key)? Then it is never said bare ("It's desc"). */
export function sortKind(plan: Pick<DialoguePlan, 'operations' | 'slots'>, ref: ParamRef): 'key' | 'direction' | undefined {
  return SORTISH.test(ref.param) ? sortRefs(plan, [ref]).get(ref) : undefined;
}

/** One clause for an operation's sort settings, said at its first ref ("sorted by distance, in ascending order"). */
function sortMention(plan: Pick<DialoguePlan, 'operations' | 'slots'>, ref: ParamRef, sorts: Map<ParamRef, 'key' | 'direction'>): string | undefined {
  const same = [...sorts.keys()].filter((r) => r.operation === ref.operation);
  if (same[0] !== ref) return undefined;
  const key = same.find((r) => sorts.get(r) === 'key');
  const direction = same.find((r) => sorts.get(r) === 'direction');
  // A direction said in another turn still decides whether "the new ones first" may be said.
  const elsewhere = direction ? undefined : plan.slots.find((s) => s.operation === ref.operation && s.param !== key?.param && directionPhrase(s.value) !== undefined && SORTISH.test(s.param))?.value;
  return sortClause(key && slotOf(plan, key)?.value, direction && slotOf(plan, direction)?.value, sayValue, elsewhere);
}

/** The allowed values of a parameter when they are few enough to offer (2 to 6 strings), else undefined. */
export function offeredChoices(op: RecordOperation | undefined, param: string): string[] | undefined {
  const props = op?.parameters.properties as Record<string, Record<string, unknown>> | undefined;
  const schema = props?.[param];
  const values = Array.isArray(schema?.enum) ? schema.enum : Array.isArray((schema?.items as Record<string, unknown> | undefined)?.enum) ? ((schema?.items as Record<string, unknown>).enum as unknown[]) : undefined;
  if (!values || values.length < 2 || values.length > 6 || !values.every((v) => typeof v === 'string' && v.trim() !== '')) return undefined;
  return (values as string[]).map((v) => sayValue(v));
}

const OFFERS: ((choices: string, or: string) => string)[] = [
  (all) => `The options are ${all}.`,
  (_all, or) => `It can be ${or}.`,
  (_all, or) => `You can choose ${or}.`,
  (all) => `The choices are ${all}.`,
];

/** A question for one parameter with a few allowed values, followed by them ("… It can be editors, hd or live."). */
export function withChoices(rng: Rng, question: string, choices: readonly string[] | undefined): string {
  if (!choices) return question;
  return `${question} ${rng.fork('choices').pick(OFFERS)(joinList(choices), joinList(choices, 'or'))}`;
}

/** The question for a request of sort settings only ("Should I sort them in ascending or descending order?"), else undefined. */
export function sortQuestion(rng: Rng, plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[], choices: readonly string[] | undefined): string | undefined {
  if (refs.length === 0 || refs.length > 2 || !SORTISH.test(refs.map((r) => r.param).join(' '))) return undefined;
  const kinds = sortRefs(plan, refs);
  if (kinds.size !== refs.length) return undefined;
  const all = new Set(kinds.values());
  if (all.size === 2) return rng.pick(ASK_SORT_BOTH);
  return all.has('direction') ? rng.pick(ASK_DIRECTION) : withChoices(rng, rng.pick(ASK_SORT_KEY), choices);
}

/**
 * The one value asked for is the user's own choice (a subject, a genre, a sort order), not a code they may lack
 * (QUALITY.md J): its noun, else undefined. The user never says "I don't have the subject at hand" for it.
 */
function choiceNoun(plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[]): string | undefined {
  if (refs.length !== 1) return undefined;
  const noun = refNoun(plan, refs[0]!);
  return namesCode(noun) || isPluralNoun(noun) ? undefined : noun;
}

const CHOOSE: ((one: string, many: string) => string)[] = [
  (one, many) => `I'm not sure which ${one} I want. What ${many} are there?`,
  (one, many) => `I haven't picked a ${one} yet. Which ${many} can I choose from?`,
  (_one, many) => `Which ${many} are there to choose from?`,
  (one, many) => `No ${one} in mind yet. Could you show me the ${many} first?`,
  (one, many) => `Hmm, I haven't decided on a ${one}. What ${many} do you have?`,
];

/** Instead of "I don't know it": the user asks to see the options of a choice ("What subjects are there?"). */
export function choiceFailInform(rng: Rng, plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[]): string | undefined {
  const noun = choiceNoun(plan, refs);
  return noun ? rng.pick(CHOOSE)(noun, plural(noun)) : undefined;
}

const CHOICE_THOUGHT: ((many: string) => string)[] = [
  (many) => `The user wants to choose from the ${many} there are; let me find an operation that lists them.`,
  (many) => `The user has to see the ${many} before choosing one. Searching for a tool that lists them.`,
  (many) => `I should list the ${many} so the user can pick one; let me search the catalog.`,
];

/** The assistant's thought before it looks up the options of a choice, else undefined. */
export function choiceThought(rng: Rng, plan: Pick<DialoguePlan, 'operations' | 'slots'>, refs: readonly ParamRef[]): string | undefined {
  const noun = choiceNoun(plan, refs);
  return noun ? rng.pick(CHOICE_THOUGHT)(plural(noun)) : undefined;
}
