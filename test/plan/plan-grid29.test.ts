/** A local rank grid is local (rapidapi m28 #231, #263, #278) and a place's url slug is its own (#99). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meaningString } from '../../src/plan/_vocab.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { Rng } from '../../src/random/index.ts';
import { farNotFound29 } from '../../src/plan/_grid-far29.ts';
import { placeSlugGrid29 } from '../../src/plan/_place-slugs-grid29.ts';

const GRID_RADIUS = 'The distance between coordinate points (on the same row / column in the grid). The units of the radius are determined by the **distance_units** parameter.  **Allowed values:** 0.1-100. **Default:** 1';

describe('grid29', () => {
  it('draws a grid radius of a few km, never 42', () => {
    for (let i = 0; i < 30; i++) {
      const r = Number(withRng(Rng.for(29, i), () => meaningString('radius', GRID_RADIUS)));
      assert.ok(r > 0 && r <= 5, String(r));
    }
  });

  it('finds no local business at a grid point 40 km out', () => {
    const points = [
      { lat: 1.2897, lng: 103.8501, found: true, rank: 2 },
      { lat: 1.3122, lng: 103.8726, found: true, rank: 2 },
      { lat: 1.667, lng: 104.2275, found: true, rank: 2 },
    ];
    farNotFound29(points, 1.2897, 103.8501);
    assert.deepEqual(points.map((p) => [p.found, p.rank]), [[true, 2], [true, 2], [false, null]]);
  });

  it("remakes a place's bare url slug from its own name, and keeps a link or a pinned slug", () => {
    const place: Record<string, unknown> = { name: 'Manchester', region: 'England', country: 'United Kingdom', url: 'tokyo-tokyo-japan' };
    placeSlugGrid29(place, new Set());
    assert.equal(place.url, 'manchester-england-united-kingdom');
    const link: Record<string, unknown> = { name: 'Manchester', country: 'United Kingdom', url: 'https://example.com/tokyo' };
    placeSlugGrid29(link, new Set());
    assert.equal(link.url, 'https://example.com/tokyo');
    const pinned: Record<string, unknown> = { name: 'Manchester', country: 'United Kingdom', url: 'tokyo-tokyo-japan' };
    placeSlugGrid29(pinned, new Set([JSON.stringify('tokyo-tokyo-japan')]));
    assert.equal(pinned.url, 'tokyo-tokyo-japan');
  });
});
