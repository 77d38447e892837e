/**
 * Filler values a careful person would accept (QUALITY.md E, I), wave 35. `kind_holds_person`: a kind field
 * (`authorisationType`, `address_type`, `paymentMode`) holds a kind, never a person's name ("authorisationType":
 * "Jesse Prosacco"). `status_against_stock`: a record's sale status agrees with what is left of it: sold out with
 * tickets left, or an event off sale, sold out or cancelled whose offers a later call lists with tickets left, is
 * told two things that cannot both be true. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { looksLikePersonName } from './_rules-fit.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FIL35_INVARIANTS = ['kind_holds_person', 'status_against_stock'] as const satisfies readonly InvariantId[];

/** A key naming a kind: `type`, `address_type`, `authorisationType`, `paymentMode` (not a `typeface`). */
const KIND_KEY = /(^|_)(type|kind|mode)$|[a-z](Type|Kind|Mode)$/;
/** A key of what is left to buy: tickets, seats, stock. */
const LEFT_KEY = /^(available|availability|remaining|left|tickets_?left|ticketsLeft|seats_?available|seatsAvailable|seats_?left|quantity_?available|quantityAvailable|in_?stock|stock)$/;
const STATUS_KEY = /^(status|state|sale_?status|saleStatus)$/;
/** Statuses under which nothing is left to buy. */
const NOTHING_LEFT = /^(off_?sale|sold_?out|cancell?ed)$/i;
const SOLD_OUT = /^sold_?out$/i;
const ID_KEY = /(^|_)id$|[a-z]Id$/;

/** The first count of things left above 0 among the objects of `value`, as "key n". */
function leftOf(value: unknown): string | undefined {
  let found: string | undefined;
  eachObject(value, (obj) => {
    if (found !== undefined) return;
    for (const [k, v] of Object.entries(obj)) if (LEFT_KEY.test(k) && typeof v === 'number' && v > 0) { found = `${k} ${v}`; return; }
  });
  return found;
}

export function checkFil35(record: DialogueRecord, add: Add): void {
  // Ids of records over for sale, by the id value, with their status.
  const over = new Map<string, string>();
  let kind = false, stock = false;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call && over.size > 0 && !stock) {
      const args = Object.values(turn.call.arguments ?? {});
      const id = args.find((v): v is string => typeof v === 'string' && over.has(v));
      if (id === undefined) return;
      const result = record.turns.slice(at + 1).find((t) => t.speaker === 'tool' && t.call_id === turn.call!.id);
      const left = result && result.speaker === 'tool' && result.status === 'ok' ? leftOf(result.result) : undefined;
      if (left === undefined) return;
      stock = true;
      add('status_against_stock', at, `the record ${id} is "${over.get(id)}", yet the call on it lists ${left}`);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      let status: string | undefined;
      for (const [k, v] of Object.entries(obj)) {
        if (typeof v !== 'string') continue;
        if (!kind && KIND_KEY.test(k) && v.includes(' ') && looksLikePersonName(v)) {
          kind = true;
          add('kind_holds_person', at, `the kind field ${k} holds a person's name: "${v}"`);
        }
        if (STATUS_KEY.test(k) && NOTHING_LEFT.test(v.trim())) status = v.trim();
      }
      if (status === undefined) return;
      if (SOLD_OUT.test(status) && !stock) {
        const left = Object.entries(obj).find(([k, v]) => LEFT_KEY.test(k) && typeof v === 'number' && v > 0);
        if (left) {
          stock = true;
          add('status_against_stock', at, `a record is "${status}" with ${left[0]} ${String(left[1])}`);
        }
      }
      for (const [k, v] of Object.entries(obj)) if (ID_KEY.test(k) && typeof v === 'string' && v.length >= 4) over.set(v, status);
    });
  });
}
