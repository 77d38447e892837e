/** The operation model every later stage reads. See DESIGN.md "Data model". */

/** A JSON Schema object, fully dereferenced (cycles cut with `x-circular`). */
export type JsonSchema = Record<string, unknown>;

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

export interface Param {
  name: string;
  in: ParamLocation;
  required: boolean;
  schema: JsonSchema;
  description?: string;
  example?: unknown;
  default?: unknown;
  enum?: unknown[];
}

/** One leaf of a response body. */
export interface Field {
  /**
   * e.g. `items[].id`, `data.city.name`; the response root is the empty prefix, so a top-level array
   * gives `[].id` (objects) or `[]` (primitives), and a response that is one primitive (a string, a
   * number) gives a single field whose path is the empty string `` (not `$`).
   */
  path: string;
  schema: JsonSchema;
  description?: string;
  /** True when the leaf sits inside an array (one value per item). */
  isList: boolean;
  /** A value seen for this field (spec example or recorded response), when known. */
  example?: unknown;
  /** A list item's leaf: its value in each recorded item, in item order (null where absent); aligned across the item's leaves. */
  samples?: unknown[];
  /** The fixed lengths (minItems = maxItems) of the arrays on its path, by array pattern (`board[]`, `board[][]`). */
  fixedLengths?: Record<string, number>;
}

export interface ApiInfo {
  /** Slug used in operation ids, e.g. `petstore`. */
  name: string;
  title: string;
  category?: string;
  version?: string;
  /** The spec file as given on the command line. */
  source: string;
  /** What the API is for (OpenAPI `info.description`'s first paragraph, RapidAPI `tool_description`). */
  description?: string;
  format: 'openapi-3.1' | 'openapi-3.0' | 'swagger-2.0' | 'rapidapi';
  /** Where the API is run from: its servers' hosts, its licence and contact names (a regional API's region shows here). */
  provenance?: string;
}

/**
 * What calling an operation does (DESIGN.md "Meaning"): `read` (get, list, search, or a POST that only
 * queries), `create`, `update`, `delete`, `action` (send, cancel, purchase, run). Lookups start only at reads.
 */
export type OperationEffect = 'read' | 'create' | 'update' | 'delete' | 'action';

export interface Operation {
  /** Stable id: `<api-slug>.<operationId or method-path slug>`. */
  id: string;
  api: ApiInfo;
  /** operationId as written in the spec, or the endpoint name of a RapidAPI tool. */
  name: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  tags?: string[];
  /** Marked `deprecated` in the spec. */
  deprecated?: boolean;
  inputs: Param[];
  outputs: Field[];
  /** What calling it does, decided at load from name, summary, path and method. */
  effect: OperationEffect;
  /** Which word or method decided `effect`, e.g. `name verb "search" on POST`, `method DELETE`. */
  effectEvidence: string;
  /**
   * Name of the response schema component, when the spec names one (context for matching); for an
   * inline array of a named component, the item component's name.
   */
  responseSchemaName?: string;
}

export type IssueSeverity = 'error' | 'warning';

/** A problem found while loading: errors skip the spec, warnings do not. */
export interface LoadIssue {
  severity: IssueSeverity;
  file: string;
  /** Line/column or JSON pointer where known. */
  location?: string;
  /** JSON pointer inside `file` (`#/paths/~1pets/get`), when the problem sits at one. */
  pointer?: string;
  message: string;
  code: string;
}

export interface LoadedSpec {
  file: string;
  api?: ApiInfo;
  operations: Operation[];
  issues: LoadIssue[];
}

export interface LoadResult {
  specs: LoadedSpec[];
  operations: Operation[];
  issues: LoadIssue[];
}
