/**
 * A result asked for in a file format is a file of that format (QUALITY.md E): a bounding box asked for as GPKG
 * or a point as KMZ (binary files no JSON body holds) comes back as the file's name (with that extension), type,
 * size and link, never as inline latitude and longitude. Text formats (json, wkt, kml) may stay inline. The ids
 * the call sent stay; a result the chain reads a value from (`pinnedPaths`) is kept whole.
 */
import type { Operation } from '../specs/types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { textFileType35 } from './_oaf35.ts';

type Json = Record<string, unknown>;
const FORMAT_INPUT = /^(file_?)?format(_?extension)?$|^(file_?)?extension$|^output_?format$|^export_?format$/i;
/** Binary or packaged formats, with their media type. */
const BINARY: Record<string, string> = {
  kmz: 'application/vnd.google-earth.kmz', gpkg: 'application/geopackage+sqlite3', shp: 'application/zip', shpz: 'application/zip',
  zip: 'application/zip', pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', tif: 'image/tiff', tiff: 'image/tiff',
  mp3: 'audio/mpeg', mp4: 'video/mp4', gz: 'application/gzip', fgb: 'application/octet-stream', mbtiles: 'application/vnd.sqlite3',
};
const FILE_KEY = /(^|_)(file|file_?name|filename|url|download_?url|link|href|content_?type|mime_?type)$/i;
const words = snakeKey;

/** The result as file metadata when the call asked for a binary file format and the result holds none. */
export function fileOfAskedFormat(result: unknown, op: Pick<Operation, 'name' | 'path' | 'inputs' | 'api'>, args: Readonly<Json>, pinnedPaths: readonly string[]): void {
  if (result === null || typeof result !== 'object' || Array.isArray(result) || pinnedPaths.length > 0) return;
  const format = Object.entries(args).find(([k, v]) => FORMAT_INPUT.test(words(k)) && typeof v === 'string');
  if (!format) return;
  const ext = (format[1] as string).toLowerCase().replace(/^\./, '');
  const type = BINARY[ext] ?? textFileType35(words(format[0]), ext); // a text file asked as a file is one too (_oaf35.ts)
  const record = result as Json;
  if (type === undefined || Object.keys(record).some((k) => FILE_KEY.test(words(k))) || 'error' in record) return;
  // The file is the path's resource (`boundingBox.{fileFormatExtension}` → boundingBox.gpkg), named for the record asked about.
  const filled = op.path.replace(/\{([^}]+)\}/g, (m, name: string) => (typeof args[name] === 'string' || typeof args[name] === 'number' ? String(args[name]) : m));
  const last = filled.split('/').filter((s) => s !== '' && !s.includes('{')).pop() ?? 'export';
  const stem = last.replace(/\.[^.]*$/, '') || 'export';
  const ids = Object.entries(args).filter(([k, v]) => k in record && k !== format[0] && (typeof v === 'string' || typeof v === 'number'));
  const owner = ids[0]?.[1];
  const fileName = `${owner !== undefined && !stem.includes(String(owner)) ? `${String(owner)}-` : ''}${stem}.${ext}`;
  const base = /\bhttps?:\/\/[^\s/]+[^\s]*/.exec(op.api.provenance ?? '')?.[0]?.replace(/\/$/, '');
  // A file's size fits what it holds (wave 26): a bounding box or a point is a few corners, under 2 KB even packed.
  const small = /(bounding_?box|bbox|envelope|extent|centroid|point)/i.test(`${op.path} ${op.name}`);
  // A GeoPackage is an SQLite file: its tables alone take about 96 KB, whatever it holds.
  const sqlite = ext === 'gpkg' || ext === 'mbtiles';
  const size = small ? (sqlite ? 96 : BINARY[ext] === undefined ? 1.2 : 0.6) + (JSON.stringify(record).length % 13) * (sqlite ? 0.4 : 0.1) : 8 + (JSON.stringify(record).length % 90) * 4.7;
  for (const k of Object.keys(record)) if (!ids.some(([id]) => id === k)) delete record[k];
  record.file_name = fileName;
  record.content_type = type;
  record.size_kb = Math.round(size * 10) / 10;
  if (base !== undefined) record.download_url = `${base}${filled.startsWith('/') ? '' : '/'}${filled.replace(/\{[^}]+\}/g, '')}`;
}
