/**
 * Items of one list are different records (wave 15): never "Spain, Austria, Austria" under "There are 3 countries",
 * never two alerts with one headline. A clash on a record's own name, title, text or id is settled, in order of
 * how well the record keeps agreeing with itself:
 * 1. the whole item is built again (its name, code and capital, or event and headline, drawn together);
 * 2. an identifier alone is drawn again (an opaque id or uri says nothing else about the record);
 * 3. an item that still repeats an earlier one is left out: a shorter list beats a list that says one thing twice.
 * Deeper lists (the genres of a film) keep the old way: the clashing value alone is drawn again.
 */

/** Identifiers that are a record's own: drawing one again leaves the record agreeing with itself. */
const OPAQUE_ID = /(^|_)(id|uuid|guid|oid|uri|urn|key|slug|isbn|isbn_?1[03]|sku|vin|imei|iban|ean|upc|barcode)$|[a-z](Id|ID|Uri|URI)$/i;

export interface DistinctLeaf {
  key: string;
  /** Draw this leaf's value again for item `i` (attempt `attempt`). */
  redraw: (i: number, attempt: number) => unknown;
  /** A name or title whose old value other fields may repeat ("Little Women" in a description). */
  label: boolean;
}

export interface DistinctOptions {
  /** Build item `i` again from scratch (attempt `attempt`); only for the outermost list. */
  rebuild?: (i: number, attempt: number) => unknown;
  /** Items may be left out (a list of N seats for N asked keeps N). */
  canDrop: boolean;
  /** Put a renamed label into the item's other fields. */
  rename: (item: Record<string, unknown>, key: string, before: string, after: string) => void;
}

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Items of one list differ on each of `leaves`; `chosen` (the item the chain reads) is never changed or dropped. */
export function distinctRecords(items: unknown[], leaves: readonly DistinctLeaf[], chosen: number, options: DistinctOptions): void {
  if (leaves.length === 0 || items.length < 2) return;
  const seen = leaves.map(() => new Set<string>());
  const clashes = (obj: Record<string, unknown>): boolean => leaves.some((leaf, j) => leaf.key in obj && seen[j]!.has(JSON.stringify(obj[leaf.key])));
  const drop = new Set<number>();
  // The chosen item is kept as it is, so the others make way for it, the earlier ones too.
  const first = items[chosen];
  if (isRecord(first)) leaves.forEach((leaf, j) => { if (leaf.key in first) seen[j]!.add(JSON.stringify(first[leaf.key])); });
  for (let i = 0; i < items.length; i++) {
    if (!isRecord(items[i]) || i === chosen) continue;
    if (i !== chosen && options.rebuild) {
      for (let attempt = 0; attempt < 2 && clashes(items[i] as Record<string, unknown>); attempt++) {
        const next = options.rebuild(i, attempt);
        if (isRecord(next)) items[i] = next;
      }
    }
    const obj = items[i] as Record<string, unknown>;
    leaves.forEach((leaf, j) => {
      if (!(leaf.key in obj) || i === chosen) return;
      // After a rebuild, only an opaque id is drawn alone; a name or text alone would no longer fit its record.
      if (options.rebuild && !OPAQUE_ID.test(leaf.key)) return;
      const before = obj[leaf.key];
      for (let attempt = 0; seen[j]!.has(JSON.stringify(obj[leaf.key])) && attempt < 5; attempt++) obj[leaf.key] = leaf.redraw(i, attempt);
      if (leaf.label && typeof before === 'string' && typeof obj[leaf.key] === 'string') options.rename(obj, leaf.key, before, obj[leaf.key] as string);
    });
    if (i > chosen && options.rebuild && options.canDrop && clashes(obj)) { // after the chosen item: its index stays
      drop.add(i);
      continue;
    }
    leaves.forEach((leaf, j) => { if (leaf.key in obj) seen[j]!.add(JSON.stringify(obj[leaf.key])); });
  }
  if (drop.size === 0) return;
  for (let i = items.length - 1; i >= 0; i--) if (drop.has(i)) items.splice(i, 1);
}

/** A list of scalars holds different values: a repeat is drawn again, and one that cannot be drawn otherwise (the one
 * market of the dialogue's world) is listed once, not repeated ("Veyron, Veyron and Veyron"); the pinned item is kept. */
export function distinctScalars(items: unknown[], chosen: number, redraw: () => unknown): void {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    for (let attempt = 0; seen.has(JSON.stringify(items[i])) && attempt < 5 && i !== chosen; attempt++) items[i] = redraw();
    seen.add(JSON.stringify(items[i]));
  }
  // Each item written out once (not once per comparison); a repeat of an earlier item is dropped, last first.
  const written = items.map((item) => JSON.stringify(item));
  for (let i = items.length - 1; i > 0; i--) {
    if (i !== chosen && written.indexOf(written[i]!) < i) {
      items.splice(i, 1);
      written.splice(i, 1);
    }
  }
}
