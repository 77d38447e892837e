/**
 * The one error class of dialforge. Every failure a user can cause carries a code and a message that
 * names the file, the location and what to do; the CLI prints `message` (never a stack) and exits.
 */
export type DialforgeErrorCode =
  | 'E_USAGE' // bad command-line or config value
  | 'E_READ' // file missing or unreadable
  | 'E_PARSE' // JSON/YAML syntax error
  | 'E_SPEC' // not a spec we can read, or a structural defect
  | 'E_REF' // unresolvable or external $ref
  | 'E_GRAPH' // bad or incompatible graph file
  | 'E_CONFIG' // config file fails its schema
  | 'E_FORMAT' // exported file breaks its format
  | 'E_LLM' // LLM endpoint failure after retries
  | 'E_LOCKED' // another run writes to the same output folder
  | 'E_WRITE' // an output file cannot be written (disk full, permissions)
  | 'E_INTERRUPTED';

export class DialforgeError extends Error {
  readonly code: DialforgeErrorCode;
  /** File the problem is in, when there is one. */
  readonly file?: string;
  /** Line/column ("12:5") or JSON pointer ("#/paths/~1pets/get") inside `file`. */
  readonly location?: string;

  constructor(code: DialforgeErrorCode, message: string, options: { file?: string; location?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DialforgeError';
    this.code = code;
    if (options.file !== undefined) this.file = options.file;
    if (options.location !== undefined) this.location = options.location;
  }
}

export function isDialforgeError(error: unknown): error is DialforgeError {
  return error instanceof DialforgeError;
}
