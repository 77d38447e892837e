/**
 * A game store's search is for games and finds games (QUALITY.md E, wave 34; rapidapi 2026-13): a user searches
 * Steam for a kind of game ("racing"), never a stock topic ("podcasts"), and the other hits are games named after
 * the query as games are ("Racing Legends", "Racing Simulator"), never a team's things ("Engineering Podcasts").
 */
import { faker } from './_faker.ts';

/** Words of an operation about a shop of games (its API, path or summary). */
const GAME_STORE = /\b(steam|video ?games?|games? (store|shop)|gog|epic games|playstation store|xbox store|nintendo eshop)\b/i;
const GAME_SEARCHES = ['racing', 'strategy', 'puzzle', 'survival', 'football', 'zombies', 'space', 'farming', 'city builder', 'horror'];
const GAME_SUFFIXES = ['Legends', 'Simulator', 'Tycoon', 'Online', 'Arena', 'Remastered'];

/** A search term for a game store; undefined where the operation is not about one. */
export function gameSearchValue34(context: string): string | undefined {
  return GAME_STORE.test(context) ? faker.helpers.arrayElement(GAME_SEARCHES) : undefined;
}

/** Whether the operation searches a shop of games. */
export function isGameStore34(op: { id?: string; name: string; path?: string; summary?: string; description?: string }): boolean {
  return GAME_STORE.test(`${op.id ?? ''} ${op.name} ${op.path ?? ''} ${op.summary ?? ''} ${op.description ?? ''}`.replace(/[._/-]+/g, ' '));
}

/** The `i`-th other game a query finds ("Racing Legends"). */
export function gameHit34(titledQuery: string, i: number): string {
  return `${titledQuery} ${GAME_SUFFIXES[(i - 1 + titledQuery.length) % GAME_SUFFIXES.length]!}`;
}
