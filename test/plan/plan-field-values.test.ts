/** One field's value means what its name, schema and description say (QUALITY.md E), as the generator draws it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { Rng } from '../../src/random/index.ts';

const many = (schema: Record<string, unknown>, name: string, extra: Record<string, unknown> = {}, n = 15) =>
  Array.from({ length: n }, (_, i) => mockParamValue(schema, { name, exampleRate: 0, ...extra }, Rng.for(29, i)));
const str = { type: 'string' };

describe('single values by meaning', () => {
  it('an id named "...To" (where issues move to) is an identifier, not a date; "validTo" stays a date', () => {
    for (const v of many(str, 'moveIssuesTo', { description: "The new component applied to issues whose 'id' component will be deleted." })) assert.doesNotMatch(String(v), /^\d{4}-\d\d-\d\d$/);
    for (const v of many(str, 'validTo')) assert.match(String(v), /^\d{4}-\d\d-\d\d$/);
  });

  it('takes the values a description defines one by one ("Valid values are <li>"new" - ...")', () => {
    const description = 'Valid values are <ul> <li>"new" - sets the estimate to a specific value</li> <li>"leave"- leaves the estimate as is</li> <li>"manual" - specify an amount</li> <li>"auto"- Default option. Will automatically adjust the value based on the new timeSpent specified on the worklog</li> </ul>'.padEnd(450, ' ');
    for (const v of many(str, 'adjustEstimate', { description })) assert.ok(['new', 'leave', 'manual', 'auto'].includes(String(v)), String(v));
    for (const v of many(str, 'type', { description: 'The type of copyright: `C` = the copyright, `P` = the sound recording (performance) copyright.' })) assert.ok(['C', 'P'].includes(String(v)), String(v));
  });

  it('an hour is a whole hour of the day; seats counted in people are few', () => {
    for (const v of many({ type: 'number' }, 'hour')) assert.ok(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 23, String(v));
    for (const v of many({ type: 'integer' }, 'capacity', { description: 'Capacity of product. For example, 4 people.' })) assert.ok((v as number) >= 1 && (v as number) <= 8, String(v));
  });

  it('an id follows the whole of an unanchored pattern, and the shape of the example', () => {
    const road = { type: 'string', pattern: '[A-Z][A-Za-z]*[1-9]([0-9]{1,3})?', example: 'A1' };
    for (const v of many(road, 'roadId')) assert.match(String(v), /^[A-Z][A-Za-z]*[1-9]([0-9]{1,3})?$/);
    for (const v of many({ type: 'string', example: 'ord_20481733' }, 'orderId')) assert.match(String(v), /^ord_\d{8}$/);
    for (const v of many({ type: 'string', example: 'OL59863W' }, 'workId')) assert.match(String(v), /^OL\d{5}W$/);
  });

  it('a spec example that is a placeholder ("My description") is never a value', () => {
    for (const v of many(str, 'description', { exampleRate: 1, example: 'My description' })) assert.notEqual(v, 'My description');
  });

  it("a media object's type is its kind: from its description, else from its record", () => {
    const fields = [
      { path: 'playlists.items[].name', schema: str },
      { path: 'playlists.items[].type', schema: str },
      { path: 'tracks[].type', schema: str, description: 'The object type: "track".' },
    ];
    for (let i = 0; i < 5; i++) {
      const { result } = buildResult(fields, Rng.for(3, i), [], {}, 'get playlists me playlists');
      const r = result as { playlists: { items: { type: string }[] }; tracks: { type: string }[] };
      for (const item of r.playlists.items) assert.equal(item.type, 'playlist');
      for (const t of r.tracks) assert.equal(t.type, 'track');
    }
  });

  it('a file a call asked for in a format is a file of that format', () => {
    const fields = [{ path: 'geomarkId', schema: str }, { path: 'name', schema: str }];
    for (let i = 0; i < 5; i++) {
      const { result } = buildResult(fields, Rng.for(4, i), [], { geomarkId: 'g1', fileFormatExtension: 'kmz' }, 'get a spatial point of the geomark point geomarks geomarkid point fileformatextension');
      assert.match(String((result as { name: string }).name), /\.kmz$/);
    }
  });
});
