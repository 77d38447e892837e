/**
 * Every threshold, weight and word list the graph builder uses, in one object with documented defaults.
 * `buildGraph(ops, { minScore: 0.6 })` overrides single values; lists replace the default list whole.
 */
export interface GraphWeights {
  /** Literal similarity of the field's leaf name and the param name (no context). */
  name: number;
  /** Similarity once both names are qualified by the resource they belong to (`[].id` of GET /pets = pet id). */
  context: number;
  /**
   * Description similarity: the TF-IDF cosine of names + descriptions, or, when an embedding table is given
   * to `buildGraph`, its blend with the embedding cosine (see `embeddingShare`).
   */
  description: number;
  /** Type, format, enum and example-shape compatibility. */
  type: number;
}

export interface GraphConfig {
  /** A (field → param) pair is kept when its weighted score reaches this. */
  minScore: number;
  /** A pair needs at least this much context (qualified-name) similarity, whatever its other scores. */
  minContext: number;
  /**
   * A pair whose documented descriptions are this similar (TF-IDF cosine) passes without context, when
   * its types fit: `apiKey` "name of the dataset" → `dataset` "Name of the dataset.".
   */
  minDescriptionAlone: number;
  /**
   * Context score given to a pair within one vendor when the param's example or default is a distinctive
   * value the field returned (RapidAPI defaults are often copied from a recorded response).
   */
  sameExampleContext: number;
  /** Weights of the evidence; they should add up to 1. */
  weights: GraphWeights;
  /**
   * Only with an embedding table (`buildGraph(ops, { embeddings })`, `dialforge graph --embeddings-model`):
   * the share of the description evidence taken by the embedding cosine of the field's and the param's texts;
   * the TF-IDF cosine keeps the rest (description = (1 − share)·tfidf + share·embedding). Without a table
   * the description is the TF-IDF cosine alone, whatever this says.
   */
  embeddingShare: number;
  /**
   * Factor on the context score of a pair that crosses from one vendor's API to another's (`spotify__web-api`
   * and `spotify_v3` are one vendor) unless both name the same thing exactly and the value means the same
   * everywhere: a `globalValues` word with no opaque identifier class (a country code, an email, a city name,
   * not a city id), or a `globalSchemes` word (IMDb id, ISBN, IATA code…). Deezer's artist id is no Spotify
   * artist id, and a Jira username is no Bitbucket username.
   */
  crossVendorFactor: number;
  /** Words naming values that mean the same in every API (unless they are an API's own ids). */
  globalValues: string[];
  /** Identifier schemes shared by every API. */
  globalSchemes: string[];
  /**
   * Cross-API sources kept per target param (best scores first, ties by operation id), so a common
   * field like `city` does not connect every API with every other one. Pairs within one API are never cut.
   */
  maxSourcesPerInput: number;
  /** Output leaf names (normalized: lower case, singular, `_` between words) that never feed anything: paging. */
  excludedOutputs: string[];
  /**
   * Bookkeeping leaf names excluded at the top level of a response or under a bookkeeping object
   * (`meta`, `pagination`, `error`…), but kept inside the payload (`data[].code` is a real code).
   */
  excludedEnvelopeOutputs: string[];
  /** Param names (normalized) that are never chain targets: paging, sorting, output format, credentials. */
  excludedInputs: string[];
  /** Param locations that are never chain targets (headers carry credentials and content negotiation). */
  excludedLocations: string[];
  /** A param whose description matches this (case-insensitive) is a credential, never a chain target. */
  credentialPattern: string;
  /**
   * Other-vendor fields scored per target param and global word (`country`, `lat`…), drawn in a fixed
   * order spread over vendors: at catalogue scale thousands of APIs return a `country`, and scoring them
   * all for every `country` param is what would make the build quadratic.
   */
  maxCrossVendorCandidates: number;
  /** Operations from which the CLI shows a progress line on stderr while matching. */
  progressOperations: number;
}

export const DEFAULT_GRAPH_CONFIG: GraphConfig = {
  minScore: 0.62,
  minContext: 0.45,
  minDescriptionAlone: 0.7,
  sameExampleContext: 0.75,
  weights: { name: 0.1, context: 0.6, description: 0.15, type: 0.15 },
  embeddingShare: 0.5,
  crossVendorFactor: 0.35,
  globalValues: [
    'ip', 'domain', 'hostname', 'email', 'zip', 'lat', 'lon', 'coordinate', 'country', 'city',
    'language', 'locale', 'currency', 'timezone', 'airport', 'airline',
  ],
  globalSchemes: [
    'imdb', 'tmdb', 'tvdb', 'trakt', 'isbn', 'issn', 'asin', 'ean', 'upc', 'gtin', 'doi', 'orcid', 'woeid', 'geoname',
    'iso', 'iata', 'icao', 'fips', 'swift', 'bic', 'iban', 'vin', 'isin', 'cusip', 'figi', 'wikidata', 'musicbrainz', 'mbid',
  ],
  maxSourcesPerInput: 10,
  maxCrossVendorCandidates: 32,
  excludedOutputs: [
    'page', 'page_number', 'page_index', 'page_no', 'page_size', 'per_page', 'limit', 'offset', 'skip', 'cursor', 'next', 'next_cursor', 'next_page',
    'next_page_token', 'page_token', 'continuation_token', 'next_token', 'prev', 'previous', 'previous_page', 'has_more', 'total', 'total_count', 'total_page',
    'total_result', 'total_item', 'total_record', 'result_count', 'status_code', 'error_code', 'error_message',
  ],
  excludedEnvelopeOutputs: [
    'status', 'message', 'msg', 'error', 'errors', 'success', 'ok', 'code', 'count', 'size', 'took', 'elapsed',
    'request_id', 'version', 'detail', 'description', 'timestamp',
  ],
  excludedInputs: [
    'page', 'page_number', 'page_size', 'per_page', 'limit', 'offset', 'skip', 'cursor', 'page_token', 'start', 'size', 'count',
    'sort', 'sort_by', 'order', 'order_by', 'direction', 'format', 'output', 'callback', 'pretty', 'fields', 'include',
    'api_key', 'apikey', 'access_token', 'auth', 'authorization', 'x_api_key', 'x_rapidapi_key', 'x_rapidapi_host',
    'accept', 'content_type', 'user_agent', 'x_http_method_override', 'page_index', 'page_no', 'continuation_token', 'start_at', 'start_index', 'max_result',
    'create_by', 'update_by', 'created_by', 'updated_by', 'created_at', 'updated_at',
  ],
  excludedLocations: ['header', 'cookie'],
  credentialPattern: '\\b(api[ _-]?key|access[ _-]?token|secret|password|credential)',
  progressOperations: 2000,
};

/** Defaults overlaid with the given values (weights merged key by key). */
export function resolveGraphConfig(options: Partial<GraphConfig> = {}): GraphConfig {
  return {
    ...DEFAULT_GRAPH_CONFIG,
    ...options,
    weights: { ...DEFAULT_GRAPH_CONFIG.weights, ...(options.weights ?? {}) },
  };
}
