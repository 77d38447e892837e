/**
 * A result that is a file is said as one (QUALITY.md F): a bounding box asked for as KML comes back as a KML file,
 * "Here is the bounding box as a KML file, gm-…-boundingBox.kml (2.1 kB).", never as "the file name is … and the
 * size is 2.1 kilobytes" read field by field. Only a record that is nothing but the file (its name, type, size and
 * link, beside ids the call sent) is said so.
 */
import type { RecordOperation } from '../plan/types.ts';
import type { Rng } from '../random/index.ts';

const NAME_KEY = /^(file_?name|filename)$/i;
const TYPE_KEY = /^(content_?type|mime_?type|media_?type)$/i;
const SIZE_KEY = /^(size_?kb|file_?size_?kb)$/i;
const LINK_KEY = /^(download_?url|download_?link|url|href|link)$/i;
/** What a file of each extension is called ("a KML file", "a zipped shapefile"). */
const FORMAT_NAME: Record<string, string> = {
  kml: 'KML file', kmz: 'KMZ file', gpkg: 'GeoPackage file', shp: 'zipped shapefile', shpz: 'zipped shapefile', geojson: 'GeoJSON file', gml: 'GML file',
  gpx: 'GPX file', csv: 'CSV file', tsv: 'tab-separated file', xml: 'XML file', wkt: 'WKT text file', wkb: 'WKB file', pdf: 'PDF', xlsx: 'Excel file',
  xls: 'Excel file', docx: 'Word document', zip: 'ZIP archive', png: 'PNG image', jpg: 'JPEG image', jpeg: 'JPEG image', gif: 'GIF image',
  webp: 'WebP image', svg: 'SVG image', fgb: 'FlatGeobuf file',
};

/** What the file holds, by the path's last named segment (`/geomarks/{id}/boundingBox.{ext}` → "bounding box"). */
function thingOf(op: RecordOperation | undefined): string | undefined {
  const last = (op?.path ?? '').split('/').filter((s) => s !== '' && !s.startsWith('{')).pop();
  const stem = last?.replace(/\.\{[^}]*\}$|\.[a-z0-9]+$/i, '');
  if (stem === undefined || !/^[A-Za-z]+$/.test(stem)) return undefined;
  return stem.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "Here is the bounding box as a KML file, …" for a result that is only a file, else undefined. */
export function fileSummary35(result: unknown, op: RecordOperation | undefined, sent: Readonly<Record<string, unknown>>, rng: Rng): string | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const record = result as Record<string, unknown>;
  let name: string | undefined;
  let size: number | undefined;
  let link: string | undefined;
  let typed = false;
  for (const [k, v] of Object.entries(record)) {
    if (NAME_KEY.test(k) && typeof v === 'string') name = v;
    else if (TYPE_KEY.test(k) && typeof v === 'string') typed = true;
    else if (SIZE_KEY.test(k) && typeof v === 'number') size = v;
    else if (LINK_KEY.test(k) && typeof v === 'string' && /^https?:\/\//.test(v)) link = v;
    else if (!(k in sent) || sent[k] !== v) return undefined;
  }
  const ext = name === undefined ? undefined : /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const format = ext === undefined ? undefined : FORMAT_NAME[ext];
  if (!typed || format === undefined) return undefined;
  const thing = thingOf(op);
  const a = /^(XML|Excel|SVG)/.test(format) ? 'an' : 'a';
  const sized = size === undefined ? '' : ` (${size} kB)`;
  const are = thing !== undefined && /[^s]s$/.test(thing) ? 'are' : 'is';
  const opening = thing === undefined
    ? rng.pick([`Here is ${a} ${format}`, `It came back as ${a} ${format}`])
    : rng.pick([`Here ${are} the ${thing} as ${a} ${format}`, `The ${thing} came back as ${a} ${format}`, `I have the ${thing} for you as ${a} ${format}`]);
  return `${opening}, ${name}${sized}.${link === undefined ? '' : ` ${rng.pick(['You can download it from', 'It can be downloaded from', 'The download link is'])} ${link}.`}`;
}
