/**
 * Scores (output field → input param) pairs and finds the candidates through an inverted index on the
 * head word of each name's entity (`petId` → pet, `[].id` of GET /pets → pet), so the work grows with
 * the pairs that share a word, not with operations².
 */
import type { Field, Operation, Param } from '../specs/index.ts';
import { withEffect } from '../specs/index.ts';
import type { EdgePair, EdgeRelation } from './types.ts';
import type { GraphConfig } from './config.ts';
import {
  canonicalTokens, createdResource, parseName, entitySimilarity, fieldForms, fieldSegments, FREE_TEXT, normalizedName, paramForms, suffixAffinity, textTokens,
  tokenDice, type NameForm,
} from './_names.ts';
import { fmix32 } from '../random/index.ts';
import { TfIdfSpace } from './_tfidf.ts';
import { typeFit } from './_types.ts';
import { embeddingCosine, fieldEmbeddingText, paramEmbeddingText, type EmbeddingTable } from './embeddings.ts';

export interface PreparedField {
  op: number;
  field: Field;
  leafTokens: string[];
  forms: NameForm[];
  doc: number;
  /** A distinctive example value (see distinctiveValue). */
  value?: string;
  /** Words of the field's description, for documented fields only. */
  docWords?: Set<string>;
  /** Why the field never feeds anything, when it does not. */
  excluded?: string;
  /**
   * The source's own required input of the same meaning, when there is one: the field only echoes a
   * value the caller already had to give (`getSite(site_id)` → `site_id`), useless for a lookup.
   */
  echoOf?: string;
  /** Unit embedding vector of the field's text, when an embedding table was given. */
  vector?: Float32Array;
}

export interface PreparedParam {
  op: number;
  param: Param;
  nameTokens: string[];
  forms: NameForm[];
  doc: number;
  /** A distinctive example or default value (see distinctiveValue). */
  value?: string;
  excluded?: string;
  /** Unit embedding vector of the param's text, when an embedding table was given. */
  vector?: Float32Array;
}

export interface Prepared {
  ops: Operation[];
  fields: PreparedField[];
  params: PreparedParam[];
  /** Index of the first field / param of each operation, and one past its last. */
  fieldStart: number[];
  paramStart: number[];
  space: TfIdfSpace;
  config: GraphConfig;
  /** Vendor of each operation's API (`spotify` for both `spotify__web-api` and `spotify_v3`). */
  vendors: string[];
  globalValues: Set<string>;
  globalSchemes: Set<string>;
  /** Whether an embedding table was given (then pairs carry `evidence.embedding`). */
  embeddings: boolean;
  /** What each operation's outputs can be used for as a source: see `sourceRelation`. */
  relations: Array<EdgeRelation | null>;
}

/**
 * A read's outputs answer lookups; a create's or an action's outputs are what it produced (create, then
 * use: never a lookup); an update's or a delete's outputs describe what was changed or removed and feed nothing.
 */
export function sourceRelation(op: Operation): EdgeRelation | null {
  const effect = op.effect ?? withEffect(op).effect;
  if (effect === 'read') return 'lookup';
  if (effect === 'create' || effect === 'action') return 'produces';
  return null;
}

/** Meaning readings of a name that say what the value is (the free-text reading says only how it can be used). */
function meaningForms(forms: NameForm[]): NameForm[] {
  return forms.filter((f) => f.entity[0] !== FREE_TEXT);
}

/**
 * Whether two readings are the same value: the same thing and the same kind of identifier (a sender's `sid`
 * is not the `sender_id` it was created for; a child's `parent_id` is not the child's `id`).
 */
function sameMeaning(a: NameForm, b: NameForm): boolean {
  return a.entity.length > 0 && a.suffix === b.suffix && entitySimilarity(a.entity, b.entity) >= 0.8;
}

/** The source's required input that a field of it echoes (see `PreparedField.echoOf`), or undefined. */
function echoedInput(field: Field, forms: NameForm[], own: Array<{ param: Param; forms: NameForm[] }>): string | undefined {
  const leafName = fieldSegments(field.path).at(-1) ?? '';
  // The same written name is the same value, unless it is a bare identifier (`id` of the albums ≠ `id` of the artist).
  const leaf = parseName(canonicalTokens(leafName)).entity.length > 0 ? normalizedName(leafName) : '';
  const fieldMeaning = meaningForms(forms);
  for (const { param, forms: paramMeaning } of own) {
    if (leaf !== '' && normalizedName(param.name) === leaf) return param.name;
    if (fieldMeaning.some((ff) => paramMeaning.some((pf) => sameMeaning(ff, pf)))) return param.name;
  }
  return undefined;
}

/** Identifier classes whose values only mean something inside one vendor's system. */
const OPAQUE = new Set(['id', 'sid', 'uuid', 'key', 'slug', 'token', 'number', 'handle', 'reference']);

/** `spotify__web-api` → spotify, `spotify_v3` → spotify, `oai__uber` → oai. */
export function vendorOf(apiName: string): string {
  const at = apiName.indexOf('__');
  const head = at > 0 ? apiName.slice(0, at) : apiName;
  return head.split(/[^a-z0-9]+/i)[0]!.toLowerCase();
}

/** Objects around bookkeeping values: their leaves are never payload. */
const BOOKKEEPING_PARENTS = new Set(['meta', 'metadata', 'pagination', 'paging', 'page_info', 'error', 'errors', 'link', '_link', 'status']);
/** Objects that echo the request back: their leaves are the caller's own inputs, not results. */
const ECHO_PARENTS = new Set(['parameter', 'param', 'request', 'request_parameter', 'query_parameter', 'input', 'search_parameter']);

function fieldExclusion(field: Field, config: GraphConfig, paging: Set<string>, envelope: Set<string>): string | undefined {
  const segments = fieldSegments(field.path);
  const leaf = normalizedName(segments[segments.length - 1] ?? '');
  if (paging.has(leaf)) return `excluded output "${leaf}" (paging)`;
  const parents = segments.slice(0, -1).map(normalizedName);
  const topLevel = segments.length === 1;
  if (envelope.has(leaf) && (topLevel || parents.some((p) => BOOKKEEPING_PARENTS.has(p)))) {
    return `excluded output "${leaf}" (bookkeeping)`;
  }
  if (parents.some((p) => p === 'pagination' || p === 'paging' || p === 'page_info' || p === 'cursor')) return 'excluded output (inside pagination)';
  if (parents.some((p) => ECHO_PARENTS.has(p))) return 'excluded output (echo of the request)';
  return undefined;
}

function paramExclusion(param: Param, config: GraphConfig, excluded: Set<string>, credential: RegExp): string | undefined {
  if (config.excludedLocations.includes(param.in)) return `excluded location "${param.in}"`;
  const name = normalizedName(param.name);
  if (excluded.has(name)) return `excluded input "${name}"`;
  if (param.description && credential.test(param.description) && !/\b(id|identifier)\b/i.test(param.name)) {
    return 'credential (by description)';
  }
  return undefined;
}

const COMMON_VALUES = new Set(['true', 'false', 'null', 'none', 'all', 'yes', 'no', 'json', 'xml', 'asc', 'desc', 'default', 'string', 'test', 'name']);

/**
 * An example value specific enough that seeing it on both sides means something (RapidAPI defaults are
 * often copied from a response): at least 3 characters, not a common word, not a small number.
 */
export function distinctiveValue(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) >= 100 ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (v.length < 3 || v.length > 200 || COMMON_VALUES.has(v.toLowerCase())) return undefined;
  if (/^-?\d+$/.test(v)) return Math.abs(Number(v)) >= 100 ? String(Number(v)) : undefined;
  // Amounts and measures (`0.0000`, `4.99`) coincide by chance.
  if (/^-?\d*\.\d+$/.test(v)) return undefined;
  return v;
}

/** True when the param is something a caller must supply for real (not a credential or header boilerplate). */
const credentialPatterns = new Map<string, RegExp>();

export function isUserInput(param: Param, config: GraphConfig): boolean {
  if (config.excludedLocations.includes(param.in)) return false;
  let credential = credentialPatterns.get(config.credentialPattern);
  if (!credential) credentialPatterns.set(config.credentialPattern, (credential = new RegExp(config.credentialPattern, 'i')));
  const name = normalizedName(param.name);
  if (/^(api_key|apikey|access_token|authorization|x_api_key|x_rapidapi_key|x_rapidapi_host)$/.test(name)) return false;
  return !(param.description && credential.test(param.description) && !/\b(id|identifier)\b/i.test(param.name));
}

/**
 * `country` beside `country_code` (or `countryCode`, `country_iso2`) is the country's name: read it so, or a
 * name would feed code params.
 */
function namedBySibling(forms: NameForm[], path: string, paths: Set<string>): NameForm[] {
  const cut = path.lastIndexOf('.');
  const parent = cut >= 0 ? path.slice(0, cut + 1) : '';
  const leaf = path.slice(parent.length);
  if (!/^[A-Za-z]+$/.test(leaf)) return forms;
  const hasCodeSibling = ['_code', 'Code', '_iso2', 'Iso2', '_iso', 'code', 'Id', '_id'].some((suffix) => paths.has(`${parent}${leaf}${suffix}`));
  return hasCodeSibling ? forms.map((f) => (f.suffix === null && f.entity[0] !== FREE_TEXT ? { ...f, suffix: 'name' } : f)) : forms;
}

export function prepare(ops: Operation[], config: GraphConfig, embeddings?: EmbeddingTable): Prepared {
  const paging = new Set(config.excludedOutputs);
  const envelope = new Set(config.excludedEnvelopeOutputs);
  const excludedInputs = new Set(config.excludedInputs);
  const credential = new RegExp(config.credentialPattern, 'i');
  const space = new TfIdfSpace();
  const descriptionWords = new Map<string, Set<string>>();
  const fields: PreparedField[] = [];
  const params: PreparedParam[] = [];
  const fieldStart: number[] = [];
  const paramStart: number[] = [];
  ops.forEach((op, opIndex) => {
    fieldStart.push(fields.length);
    const paths = new Set(op.outputs.map((f) => f.path));
    const ownRequired = op.inputs
      .filter((p) => p.required && isUserInput(p, config))
      .map((param) => ({ param, forms: meaningForms(paramForms(op, param)) }));
    for (const field of op.outputs) {
      const segments = fieldSegments(field.path);
      const leafTokens = canonicalTokens(segments[segments.length - 1] ?? '');
      const excluded = fieldExclusion(field, config, paging, envelope);
      const forms = excluded ? [] : namedBySibling(fieldForms(op, field), field.path, paths);
      const doc = space.addKeyed(`f\u0000${field.path}\u0000${field.description ?? ''}`, () => {
        const docTokens = segments.flatMap((s) => canonicalTokens(s));
        if (field.description) docTokens.push(...textTokens(field.description));
        return docTokens;
      });
      const prepared: PreparedField = { op: opIndex, field, leafTokens, forms, doc };
      if (field.description) {
        let words = descriptionWords.get(field.description);
        if (!words) descriptionWords.set(field.description, (words = new Set(textTokens(field.description))));
        prepared.docWords = words;
      }
      const value = distinctiveValue(field.example);
      if (value !== undefined) prepared.value = value;
      if (excluded) prepared.excluded = excluded;
      const echo = excluded || ownRequired.length === 0 ? undefined : echoedInput(field, forms, ownRequired);
      if (echo !== undefined) prepared.echoOf = echo;
      const vector = embeddings && !excluded ? embeddings.vectors.get(fieldEmbeddingText(op, field)) : undefined;
      if (vector) prepared.vector = vector;
      fields.push(prepared);
    }
    paramStart.push(params.length);
    const created = op.inputs.length > 0 ? createdResource(op) : null;
    for (const param of op.inputs) {
      const nameTokens = canonicalTokens(param.name);
      let excluded = paramExclusion(param, config, excludedInputs, credential);
      let forms = excluded ? [] : paramForms(op, param);
      if (!excluded && created !== null && forms.length > 0 && forms.every((f) => f.entity[f.entity.length - 1] === created)) {
        // `POST /ips/create-pool {pool}`: the new pool's name is the caller's choice, not an existing pool's.
        excluded = `names the ${created} being created`;
        forms = [];
      }
      const doc = space.addKeyed(`p\u0000${param.name}\u0000${param.description ?? ''}`, () => {
        const docTokens = [...nameTokens];
        if (param.description) docTokens.push(...textTokens(param.description));
        return docTokens;
      });
      const prepared: PreparedParam = { op: opIndex, param, nameTokens, forms, doc };
      const value = distinctiveValue(param.example ?? param.default);
      if (value !== undefined) prepared.value = value;
      if (excluded) prepared.excluded = excluded;
      const vector = embeddings && !excluded ? embeddings.vectors.get(paramEmbeddingText(op, param)) : undefined;
      if (vector) prepared.vector = vector;
      params.push(prepared);
    }
  });
  fieldStart.push(fields.length);
  paramStart.push(params.length);
  space.finalize();
  const vendors = ops.map((op) => vendorOf(op.api.name));
  const relations = ops.map(sourceRelation);
  return {
    ops, fields, params, fieldStart, paramStart, space, config, vendors, globalValues: new Set(config.globalValues), globalSchemes: new Set(config.globalSchemes),
    embeddings: embeddings !== undefined, relations,
  };
}

export interface ScoredPair {
  pair: EdgePair;
  /** Kept as an edge pair (before the per-input cap), or why not. */
  verdict: 'kept' | string;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function describeForm(form: NameForm): string {
  return `${form.entity.join(' ')}${form.suffix ? ` ${form.suffix}` : ''} (${form.via})`;
}

const NO_PAIR: EdgePair = { output: '', input: '', required: false, score: 0, evidence: { name: 0, context: 0, description: 0, type: 0, reasons: [] } };
/** Fast-path answers (no pair built): only `verdict` is meaningful. */
const REJECTED: ScoredPair = { pair: NO_PAIR, verdict: 'rejected' };
const KEPT: ScoredPair = { pair: NO_PAIR, verdict: 'kept' };
/** The score of the last fast-path pair that passed (saves an allocation per candidate). */
let lastFastScore = 0;

/** Whether a value read as `ff` keeps its meaning in another vendor's API read as `pf`. */
function sharedAcrossVendors(prep: Prepared, ff: NameForm, pf: NameForm, similarity: number): boolean {
  if (ff.entity.some((w) => prep.globalSchemes.has(w)) || pf.entity.some((w) => prep.globalSchemes.has(w))) return true;
  if (similarity < 1) return false;
  if ((ff.suffix !== null && OPAQUE.has(ff.suffix)) || (pf.suffix !== null && OPAQUE.has(pf.suffix))) return false;
  return ff.entity.some((w) => prep.globalValues.has(w));
}

/** Both names read as identifiers (`order_id`, `customer_id`) of resources that are not the same. */
function differentIdentifiers(fieldForms: NameForm[], paramForms: NameForm[]): boolean {
  const ids = (forms: NameForm[]): NameForm[] => forms.filter((x) => x.suffix !== null && x.entity.length > 0 && x.entity[0] !== FREE_TEXT && ID_CLASSES.has(x.suffix));
  const a = ids(fieldForms);
  const b = ids(paramForms);
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => entitySimilarity(x.entity, y.entity) >= 0.5));
}

const ID_CLASSES = new Set(['id', 'uuid', 'sid', 'key', 'code', 'slug', 'number', 'token', 'handle', 'reference']);
/** Values nobody knows by heart although their names carry no identifier word. */
const OPAQUE_VALUES = new Set(['lat', 'lon', 'coordinate', 'coord', 'symbol', 'ticker', 'isbn', 'iata', 'icao', 'ean', 'upc', 'gtin', 'asin', 'imdb', 'uri', 'url', 'href', 'woeid', 'geohash', 'zip']);

/**
 * Whether a reading names a value a person would not know (an identifier, a code, a coordinate): only such
 * values are looked up (ToolDial chains ID-like params). A plain attribute (a country, an email, a name, a
 * language) is something the user can say, so a pair feeding one is no chain (QUALITY.md DOUBTFUL).
 */
function identifying(form: NameForm): boolean {
  if (form.suffix !== null && ID_CLASSES.has(form.suffix)) return true;
  if (form.suffix === 'url') return true;
  const head = form.entity[form.entity.length - 1];
  return head !== undefined && (OPAQUE_VALUES.has(head));
}

/** Scores one field against one param with all the evidence, whether or not it passes. */
export function scorePair(prep: Prepared, fieldIndex: number, paramIndex: number, withReasons = true): ScoredPair {
  const f = prep.fields[fieldIndex]!;
  const p = prep.params[paramIndex]!;
  const { weights, minScore, minContext } = prep.config;
  const reasons: string[] = [];
  let context = 0;
  let best: [NameForm, NameForm] | undefined;
  let bestCrossVendor = false;
  const crossVendor = prep.vendors[f.op] !== prep.vendors[p.op];
  for (const ff of f.forms) {
    for (const pf of p.forms) {
      const similarity = entitySimilarity(ff.entity, pf.entity);
      const fieldWeight = ff.plain && pf.suffix !== null ? 1 : ff.weight;
      const paramWeight = pf.plain && ff.suffix !== null ? 1 : pf.weight;
      let c = similarity * suffixAffinity(ff.suffix, pf.suffix) * fieldWeight * paramWeight;
      const opaque = crossVendor && !sharedAcrossVendors(prep, ff, pf, similarity);
      if (opaque) c *= prep.config.crossVendorFactor;
      if (c > context) {
        context = c;
        best = [ff, pf];
        bestCrossVendor = opaque;
      }
    }
  }
  if (best && withReasons) reasons.push(`context: ${describeForm(best[0])} ~ ${describeForm(best[1])}${bestCrossVendor ? ' (vendor-specific value across vendors)' : ''}`);
  // The param's example is a value this field returned: the spec's author took it from there.
  // Not when the names say two different resources' identifiers (`order_id` and `customer_id` both 1001).
  const sameValue = !crossVendor && f.value !== undefined && f.value === p.value && !differentIdentifiers(f.forms, p.forms);
  if (sameValue && context < prep.config.sameExampleContext) {
    context = prep.config.sameExampleContext;
    if (withReasons) reasons.push(`values: same example ${JSON.stringify(f.field.example)}`);
  }
  const describable = !crossVendor && !!f.docWords && !!p.param.description;
  if (!withReasons) {
    // The builder's fast path: stop as soon as the pair cannot pass.
    if (f.excluded || p.excluded || f.op === p.op || f.echoOf !== undefined || prep.relations[f.op] === null) return REJECTED;
    if (context < minContext && !describable) return REJECTED;
    if (!describable && weights.name + weights.context * context + weights.description + weights.type < minScore) return REJECTED;
  }
  const name = tokenDice(f.leafTokens, p.nameTokens);
  const tfidf = prep.space.cosine(f.doc, p.doc);
  // With embeddings, the description similarity blends the TF-IDF and the embedding cosines (`embeddingShare`).
  const embedding = f.vector && p.vector ? embeddingCosine(f.vector, p.vector) : undefined;
  const description = embedding === undefined ? tfidf : (1 - prep.config.embeddingShare) * tfidf + prep.config.embeddingShare * embedding;
  const type = typeFit(f.field, p.param, best?.[1].entity[0] === FREE_TEXT, withReasons);
  if (withReasons) reasons.push(...type.reasons);
  let score = weights.name * name + weights.context * context + weights.description * description + weights.type * type.score;
  // Names that share no word, within one vendor, both documented and saying the same thing, the field's
  // text naming what the param is about, and not two identifiers: the description alone carries the pair.
  const describedAlike = name === 0 && describable && description >= prep.config.minDescriptionAlone
    && !(f.forms.some((x) => x.suffix !== null) && p.forms.some((x) => x.suffix !== null))
    && heads(p.forms).some((head) => f.docWords!.has(head));
  if (describedAlike) {
    score = Math.max(score, description * type.score);
    if (withReasons) reasons.push('descriptions alike');
  }
  if (!withReasons) {
    const passes = !(type.score === 0 || (context < minContext && !describedAlike) || round(score) < minScore) && identifyingPair(prep, best, f, p);
    lastFastScore = round(score);
    return passes ? KEPT : REJECTED;
  }
  const pair: EdgePair = {
    output: f.field.path,
    input: p.param.name,
    required: p.param.required,
    score: round(score),
    evidence: { name: round(name), context: round(context), description: round(tfidf), type: round(type.score), reasons },
  };
  if (embedding !== undefined) pair.evidence.embedding = round(embedding);
  if (f.field.isList) pair.isList = true;
  let verdict = 'kept';
  const source = prep.ops[f.op]!;
  if (f.excluded) verdict = f.excluded;
  else if (p.excluded) verdict = p.excluded;
  else if (f.op === p.op) verdict = 'same operation';
  else if (prep.relations[f.op] === null) verdict = `source is a ${source.effect ?? withEffect(source).effect}: what it changed or removed feeds nothing`;
  else if (f.echoOf !== undefined) verdict = `echo: the source itself requires "${f.echoOf}", the same value`;
  else if (!identifyingPair(prep, best, f, p)) verdict = `plain attribute: a person can say "${p.param.name}", no lookup needed`;
  else if (type.score === 0) verdict = 'types cannot match';
  else if (context < minContext && !describedAlike) verdict = `context ${round(context)} < ${minContext}`;
  else if (pair.score < minScore) verdict = `score ${pair.score} < ${minScore}`;
  return { pair, verdict };
}

/**
 * The pair is worth chaining: it carries a value a person would not know (judged on its best readings, else
 * on any reading of either side), or, within one API, fills a required input (`make` from the list of makes,
 * a search's names into its `q`). Across APIs a plain attribute (a player's country into a place search, an
 * email into a blacklist filter) is only a coincidence of names; an optional one (`first_name` of an update) too.
 */
function identifyingPair(prep: Prepared, best: [NameForm, NameForm] | undefined, f: PreparedField, p: PreparedParam): boolean {
  if (best ? identifying(best[0]) || identifying(best[1]) : f.forms.some(identifying) || p.forms.some(identifying)) return true;
  return p.param.required && prep.ops[f.op]!.api.name === prep.ops[p.op]!.api.name;
}

/** Head word of each reading of a name: the inverted index key. */
function heads(forms: NameForm[]): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    const head = form.entity[form.entity.length - 1];
    if (head !== undefined) out.add(head);
  }
  return [...out];
}

export interface Match {
  field: number;
  param: number;
  pair: EdgePair;
}

/**
 * Every passing pair, found through the index, after the per-input cap on cross-API sources. Calls
 * `onProgress(done, total)` now and then with the params handled so far.
 */
export function findMatches(prep: Prepared, onProgress?: (done: number, total: number) => void): Match[] {
  const vendorIds = new Map<string, number>();
  const vendorOfOp = prep.vendors.map((v) => {
    let id = vendorIds.get(v);
    if (id === undefined) vendorIds.set(v, (id = vendorIds.size));
    return id;
  });
  const push = (index: Map<string, number[]>, key: string, value: number): void => {
    let postings = index.get(key);
    if (!postings) index.set(key, (postings = []));
    postings.push(value);
  };
  // Within a vendor: fields by head word, by their most telling description words (`minDescriptionAlone`),
  // and by a distinctive example value (a param default copied from a response).
  const sameVendor = new Map<string, number[]>();
  // Across vendors only values that mean the same everywhere can pass (`crossVendorFactor`): fields by
  // head word, for global words only.
  const crossVendor = new Map<string, number[]>();
  const global = (head: string): boolean => prep.globalValues.has(head) || prep.globalSchemes.has(head);
  prep.fields.forEach((f, i) => {
    if (f.excluded) return;
    const vendor = vendorOfOp[f.op]!;
    for (const head of heads(f.forms)) {
      push(sameVendor, `${vendor} h ${head}`, i);
      if (global(head)) push(crossVendor, head, i);
      for (const tail of containedTails(head)) push(sameVendor, `${vendor} h ${tail}`, i);
    }
    if (f.field.description) for (const term of prep.space.topTerms(f.doc, 3)) push(sameVendor, `${vendor} d ${term}`, i);
    if (f.value !== undefined) push(sameVendor, `${vendor} v ${f.value}`, i);
  });
  // Spread each cross-vendor list over vendors (a fixed pseudo-random order), so the candidates a param
  // draws from it are not all from the alphabetically first APIs.
  for (const postings of crossVendor.values()) postings.sort((a, b) => fmix32(a) - fmix32(b) || a - b);
  const crossCap = prep.config.maxCrossVendorCandidates;

  const seen = new Int32Array(prep.fields.length).fill(-1);
  const matches: Match[] = [];
  const total = prep.params.length;
  const cap = prep.config.maxSourcesPerInput;
  for (let pi = 0; pi < total; pi++) {
    if (onProgress && pi % 5000 === 0) onProgress(pi, total);
    const p = prep.params[pi]!;
    if (p.excluded) continue;
    const vendor = vendorOfOp[p.op]!;
    const targetApi = prep.ops[p.op]!.api.name;
    const found: Array<{ field: number; score: number }> = [];
    const consider = (fi: number): void => {
      if (seen[fi] === pi) return;
      seen[fi] = pi;
      if (prep.fields[fi]!.op === p.op) return;
      if (scorePair(prep, fi, pi, false).verdict === 'kept') found.push({ field: fi, score: lastFastScore });
    };
    const pHeads = heads(p.forms);
    for (const head of pHeads) {
      for (const fi of sameVendor.get(`${vendor} h ${head}`) ?? []) consider(fi);
      for (const tail of containedTails(head)) for (const fi of sameVendor.get(`${vendor} h ${tail}`) ?? []) consider(fi);
    }
    if (p.param.description) for (const term of prep.space.topTerms(p.doc, 3)) for (const fi of sameVendor.get(`${vendor} d ${term}`) ?? []) consider(fi);
    if (p.value !== undefined) for (const fi of sameVendor.get(`${vendor} v ${p.value}`) ?? []) consider(fi);
    for (const head of pHeads) {
      const postings = crossVendor.get(head);
      if (!postings) continue;
      // At most `maxCrossVendorCandidates` other-vendor fields per word, from a place that depends on the param.
      let taken = 0;
      const start = fmix32(pi) % postings.length;
      for (let k = 0; k < postings.length && taken < crossCap; k++) {
        const fi = postings[(start + k) % postings.length]!;
        if (vendorOfOp[prep.fields[fi]!.op] === vendor) continue;
        taken++;
        consider(fi);
      }
    }
    if (found.length === 0) continue;
    // Cap the cross-API sources of this input: best source operations first, ties by id.
    const bestBySource = new Map<number, number>();
    for (const m of found) {
      const op = prep.fields[m.field]!.op;
      if (prep.ops[op]!.api.name === targetApi) continue;
      bestBySource.set(op, Math.max(bestBySource.get(op) ?? 0, m.score));
    }
    let allowed: Set<number> | undefined;
    if (bestBySource.size > cap) {
      // Lookups before producers, then the best score.
      const lookup = (op: number): number => (prep.relations[op] === 'lookup' ? 0 : 1);
      const ranked = [...bestBySource.entries()].sort(
        (a, b) => lookup(a[0]) - lookup(b[0]) || b[1] - a[1] || (prep.ops[a[0]]!.id < prep.ops[b[0]]!.id ? -1 : 1),
      );
      allowed = new Set(ranked.slice(0, cap).map(([op]) => op));
    }
    for (const m of found) {
      const op = prep.fields[m.field]!.op;
      if (allowed && prep.ops[op]!.api.name !== targetApi && !allowed.has(op)) continue;
      matches.push({ field: m.field, param: pi, pair: scorePair(prep, m.field, pi, true).pair });
    }
  }
  if (onProgress) onProgress(total, total);
  return matches;
}

/** Word endings a head word may hold as another resource's name (`tvshow` → show): index keys, see `entitySimilarity`. */
function containedTails(head: string): string[] {
  if (head.length < 6 || /\d/.test(head)) return [];
  const out: string[] = [];
  for (let start = 2; head.length - start >= 4; start++) out.push(head.slice(start));
  return out;
}
