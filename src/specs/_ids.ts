/** Stable, readable identifiers for APIs and operations. */
import { basename, extname } from 'node:path';

/** API slug from the spec's file name: `api-specs/weather.yaml` → `weather`. */
export function apiSlugFromFile(file: string): string {
  const base = basename(file, extname(file));
  const slug = base
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'api';
}

/** `GET /pets/{petId}/photos` → `get_pets_petId_photos`; `/` → `get_root`. */
export function methodPathSlug(method: string, path: string): string {
  const slug = path
    .replace(/[{}]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${method.toLowerCase()}_${slug || 'root'}`;
}

/** An operationId as an id part: trimmed, whitespace and dots (the id separator) replaced. */
export function operationIdPart(operationId: string): string {
  return operationId.trim().replace(/[\s.]+/g, '_');
}

/**
 * ToolBench's `standardize()`: how RapidAPI tool and endpoint names become file and function names
 * (`"Get SERP [async]"` → `get_serp_async`). Recorded responses are stored under these names.
 */
export function toolbenchStandardize(name: string): string {
  let s = name.replace(/[^\u4e00-\u9fa5^a-zA-Z0-9_]/g, '_').replace(/_+/g, '_').toLowerCase();
  s = s.replace(/^_+|_+$/g, '');
  if (/^[0-9]/.test(s)) s = `get_${s}`;
  return s;
}

/** Hands out unique ids: the second `x` becomes `x_2`, the third `x_3`. */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** Returns the id to use and whether it had to be changed. */
  take(wanted: string): { id: string; renamed: boolean } {
    if (!this.used.has(wanted)) {
      this.used.add(wanted);
      return { id: wanted, renamed: false };
    }
    for (let n = 2; ; n++) {
      const candidate = `${wanted}_${n}`;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return { id: candidate, renamed: true };
      }
    }
  }
}
