/**
 * A regional API's dialogue happens in its region (QUALITY.md E): a British Columbia geomark's point, a German
 * autobahn's closure lie there, never in Prague or Kyoto. The chain's API home moves the dialogue's world there
 * before any value is drawn.
 */
import type { ApiInfo } from '../specs/types.ts';
import type { ChainCandidate, PlanCatalog } from './catalog.ts';
import { Rng } from '../random/index.ts';
import { apiHome, localizeWorld } from '../world/index.ts';
import { settleApiSite } from './_own-urls20.ts';

const COUNTRY_PARAM = /^(country|country_?code|countries|country_?iso|iso_?country|nation)$/i;
const homes = new WeakMap<ApiInfo, ReturnType<typeof apiHome> | null>();

/** An API's home; none for one that takes a country (Nager.Date's holidays of any country, served from date.nager.at). */
function homeOf(api: ApiInfo, catalog: PlanCatalog): ReturnType<typeof apiHome> {
  let home = homes.get(api);
  if (home === undefined) {
    const anyCountry = catalog.operations.some((op) => op.operation.api.name === api.name && op.params.some((p) => COUNTRY_PARAM.test(p.name)));
    home = anyCountry ? null : apiHome(`${api.title} ${api.description ?? ''}`, api.provenance ?? '') ?? null;
    homes.set(api, home);
  }
  return home ?? undefined;
}

/** Moves the current world to the home of the chain's first API that has one (on a stream of its own). */
export function settleApiHome(catalog: PlanCatalog, candidate: ChainCandidate, seed: number, index: number): void {
  // The first API's site: its own resources' URLs are on its host.
  const first = candidate.operations.length > 0 ? catalog.byId.get(candidate.operations[0]!)?.operation.api : undefined;
  settleApiSite(first, catalog, () => catalog.operations.filter((op) => op.operation.api === first).map((op) => op.operation.path));
  for (const id of candidate.operations) {
    const api = catalog.byId.get(id)?.operation.api;
    const home = api ? homeOf(api, catalog) : undefined;
    if (!home) continue;
    localizeWorld(home.countryCode, home.regionCode, Rng.for(seed, index, HOME_STREAM));
    return;
  }
}

const HOME_STREAM = 0x40e3;
