/**
 * Records of an authorization service are named as what they are (QUALITY.md E), wave 22. `authz_store_shop_name`:
 * an OpenFGA store holds one app's permission model, so it is named for the app ("Document Sharing"), never like a
 * shop ("Vancouver Tea House", "Grady Pass Market"); nor are its tuples' conditions. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const AUTHZ22_INVARIANTS = ['authz_store_shop_name'] as const satisfies readonly InvariantId[];

/** An operation of relationship-based authorization (OpenFGA, Zanzibar-like), by its description. */
const AUTHZ_OPERATION = /\b(openfga|fga|authori[sz]ation models?|relationship tuples?|zanzibar)\b/i;
/** How shops, places to eat and lodgings are named: the last words of their names. */
const SHOP_NAME = /\b(market|store|shop|bakery|tea house|deli|hardware|pharmacy|kitchen|wine bar|books|bagels|tailors|noodle bar|coffee roasters|florist|barbers|pet supplies|ice cream|records|opticians|outdoor gear|hotel|inn|bistro|grill|trattoria|diner|cafe|boutique)$/i;

export function checkAuthz22(record: DialogueRecord, add: Add): void {
  const authz = new Set(Object.entries(record.operations).filter(([, op]) => AUTHZ_OPERATION.test(op.description ?? '')).map(([id]) => id));
  if (authz.size === 0) return;
  record.turns.forEach((turn, at) => {
    let named: unknown;
    if (turn.speaker === 'assistant' && turn.call && authz.has(turn.call.operation)) named = turn.call.arguments;
    else if (turn.speaker === 'tool' && turn.status === 'ok' && authz.has(turn.operation)) named = turn.result;
    else return;
    let said = false;
    eachObject(named, (obj) => {
      const name = obj.name;
      if (said || typeof name !== 'string' || !SHOP_NAME.test(name.trim())) return;
      said = true;
      add('authz_store_shop_name', at, `a record of an authorization service is named like a shop: "${name}"`);
    });
  });
}
