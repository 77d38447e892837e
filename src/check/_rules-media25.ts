/**
 * Figures of one media record that agree (QUALITY.md E), wave 25. `popular_few_followers`: an artist or playlist
 * with popularity 70 or more (on Spotify's 0–100 scale) has at least 10,000 followers, never 724.
 * `image_size_unlike_link`: an image whose link names its size (`…/128x24.png`) has that width and height, never
 * 231 wide. Reads only the tool results of the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MEDIA25_INVARIANTS = ['popular_few_followers', 'image_size_unlike_link'] as const satisfies readonly InvariantId[];

const FOLLOWERS = /^(followers|follower_count|followers_count|followers_total|fans|fan_count|nb_fan)$/i;
const SIZE_IN_LINK = /(?:^|[/_.-])(\d{2,4})x(\d{2,4})(?=[/_.-]|$)/i;

function followersOf(obj: Record<string, unknown>): number | undefined {
  for (const [key, value] of Object.entries(obj)) {
    if (!FOLLOWERS.test(key)) continue;
    if (typeof value === 'number') return value;
    const total = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['total'] : undefined;
    if (typeof total === 'number') return total;
  }
  return undefined;
}

export function checkMedia25(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    let popular = false;
    let sized = false;
    eachObject(turn.result, (obj) => {
      const popularity = obj['popularity'];
      if (!popular && typeof popularity === 'number' && popularity >= 70 && popularity <= 100) {
        const followers = followersOf(obj);
        if (followers !== undefined && followers < 10000) {
          popular = true;
          add('popular_few_followers', at, `popularity ${popularity} with only ${followers} followers`);
        }
      }
      const width = obj['width'];
      const height = obj['height'];
      if (sized || typeof width !== 'number' || typeof height !== 'number') return;
      for (const value of Object.values(obj)) {
        const m = typeof value === 'string' ? SIZE_IN_LINK.exec(value) : null;
        if (m === null || (Number(m[1]) === width && Number(m[2]) === height)) continue;
        sized = true;
        add('image_size_unlike_link', at, `an image ${width}x${height} whose link names ${m[1]}x${m[2]}: "${value as string}"`);
        return;
      }
    });
  });
}
