/**
 * A spatial API that offers one UTM zone per strip of its region beside a region-wide system (BC Geomark: 4326,
 * 3005 BC Albers, 3857, and UTM zones 7N–11N) is called in a region-wide one: a zone drawn at random knows nothing
 * of where the point lies, and a Vancouver point asked in zone 7N landed in the open Pacific (disc openapi 184).
 */
import type { Param } from '../specs/types.ts';

const SRID_NAME = /^(srid|out_?srid|output_?srid|in_?srid|input_?srid|crs|epsg|srs)$/i;
const isZone = (v: unknown): boolean => {
  const n = Number(v);
  return Number.isInteger(n) && ((n >= 26901 && n <= 26923) || (n >= 32601 && n <= 32660) || (n >= 32701 && n <= 32760));
};

export function withRegionSrid31(param: Param): Param {
  if (!SRID_NAME.test(param.name)) return param; // the cheap test first
  const declared = (param.schema as { enum?: unknown[] } | undefined)?.enum;
  const values = param.enum ?? (Array.isArray(declared) ? declared : undefined);
  if (!values || values.filter(isZone).length < 2) return param;
  const wide = values.filter((v) => !isZone(v));
  if (wide.length === 0) return param;
  // Values are drawn from the schema's enum, so the schema lists the region-wide systems too (as withoutUnanchoredDistance does).
  return { ...param, enum: wide, ...(Array.isArray(declared) ? { schema: { ...param.schema, enum: declared.filter((v) => !isZone(v)) } } : {}) };
}
