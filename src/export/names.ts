/**
 * Function names for tool-calling formats. Operation ids (`petstore.getPetById`) contain dots, and OpenAI
 * accepts only `^[a-zA-Z0-9_-]{1,64}$`, so every operation gets a valid name, kept in a map that the
 * manifest records so a name can always be traced back to its operation.
 */
import { createHash } from 'node:crypto';

export const FUNCTION_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
/** The retriever, exposed as a tool in every tool-calling format. */
export const RETRIEVER_FUNCTION = 'search_apis';

function hash8(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** The name an operation gets when nothing collides: dots become `__`, other invalid characters `_`. */
export function baseFunctionName(operation: string): string {
  const name = operation.replace(/\./g, '__').replace(/[^a-zA-Z0-9_-]/g, '_');
  if (name.length === 0 || name.length > 64) return `${name.slice(0, 55)}_${hash8(operation)}`;
  return name;
}

/**
 * The operation ↔ function-name map of one export run. A name that would collide with another
 * operation's (or with the retriever) gets a hash suffix of its operation id instead, so two operations
 * never share a name.
 */
export class FunctionNames {
  private readonly byOperation = new Map<string, string>();
  private readonly byName = new Map<string, string>([[RETRIEVER_FUNCTION, '']]);

  nameOf(operation: string): string {
    const known = this.byOperation.get(operation);
    if (known !== undefined) return known;
    let name = baseFunctionName(operation);
    if (this.byName.has(name)) name = `${name.slice(0, 55)}_${hash8(operation)}`;
    this.byOperation.set(operation, name);
    this.byName.set(name, operation);
    return name;
  }

  /** The operation a function name stands for (undefined for unknown names and the retriever). */
  operationOf(name: string): string | undefined {
    const operation = this.byName.get(name);
    return operation === '' ? undefined : operation;
  }

  /** function name → operation id, sorted by name (what the manifest records). */
  toJSON(): Record<string, string> {
    const entries = [...this.byName].filter(([, op]) => op !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }

  /** Rebuild from a manifest's map (for reading exported files back). */
  static fromJSON(map: Record<string, string>): FunctionNames {
    const names = new FunctionNames();
    for (const [name, operation] of Object.entries(map)) {
      names.byOperation.set(operation, name);
      names.byName.set(name, operation);
    }
    return names;
  }
}
