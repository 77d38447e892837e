/**
 * Phase 5 of playing a flow: the plan record. Every slot says where its value came from (given, asked,
 * chained from a tool result field, default); a value the user said for another operation must be found
 * again in a tool result, or the chain is rejected.
 */
import { readFileSync } from 'node:fs';
import type { EdgeKind } from '../graph/types.ts';
import { pathOfValue, type Draft } from './_draft.ts';
import { valueAtPath } from './_result.ts';
import type { PlayedTurns } from './_turns.ts';
import type { DialoguePlan, RecordOperation, Slot } from './types.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const GENERATOR = `dialforge@${VERSION}`;

export function recordOf(draft: Draft, played: PlayedTurns): DialoguePlan | string {
  const { flow, ops, hops, chainIds, assigned, seed, index } = draft;
  const { turns, slotFrom, resultOf, selfCorrection } = played;
  const slots: Slot[] = [];
  const slotOf = new Map<string, Slot>();
  for (let j = 0; j < assigned.length; j++) {
    const a = assigned[j]!;
    for (const p of a.op.params) {
      const value = a.values.get(p.name);
      if (!a.values.has(p.name)) continue;
      let source: Slot['source'] = a.chainedIn.has(p.name) ? 'chained' : a.asked.includes(p) ? 'asked' : a.given.includes(p) ? 'given' : 'default';
      let from = source === 'chained' ? slotFrom.get(`${a.op.id}\u0000${p.name}`) : undefined;
      const origin = a.shared.get(p.name);
      if (origin) {
        const originSlot = slotOf.get(`${origin.position}\u0000${origin.param}`);
        if (origin.position === hops && assigned[hops]!.given.some((q) => q.name === origin.param)) {
          source = 'given'; // stated with the request
        } else {
          // Found again in an earlier tool result (the shipment of order X says order_id X), or chained along.
          let found: { operation: string; field: string } | undefined;
          // In a list, the item the chained value came from (the time entry whose task is updated) says it.
          for (const [name, link] of a.chainedIn) {
            const at = slotFrom.get(`${a.op.id}\u0000${name}`);
            const item = at?.field.replace(/\.[^.[\]]+$/, '');
            if (!at || !item || item === at.field || link.from !== at.operation) continue;
            const path = `${item}.${p.name}`;
            if (JSON.stringify(valueAtPath(resultOf.get(at.operation), path)) === JSON.stringify(value)) found = { operation: at.operation, field: path };
            break;
          }
          for (let k = j - 1; k >= 0 && !found; k--) {
            const path = pathOfValue(resultOf.get(chainIds[k]!), p.name, value) ?? pathOfValue(resultOf.get(chainIds[k]!), origin.param, value);
            if (path !== undefined) found = { operation: chainIds[k]!, field: path };
          }
          found ??= originSlot?.source === 'chained' ? originSlot.from : undefined;
          if (found) {
            source = 'chained';
            from = found;
          } else {
            // Only said by the user for another operation: no slot source says that, so play another chain.
            return `${a.op.id}: ${p.name} repeats a value no tool result carries`;
          }
        }
      }
      const slot: Slot = { operation: a.op.id, param: p.name, value, source, required: p.required };
      if (source === 'chained') slot.from = from!;
      slots.push(slot);
      slotOf.set(`${j}\u0000${p.name}`, slot);
    }
  }
  const operations: Record<string, RecordOperation> = {};
  if (!flow.cannotFulfil) for (const op of ops) operations[op.id] = op.record;
  let edgeType: EdgeKind | null = null;
  if (hops > 0) {
    const source = assigned[hops - 1]!;
    const sourceNeeds = source.asked.length > 0 || source.chainedIn.size > 0;
    const targetNeeds = assigned[hops]!.asked.length + assigned[hops]!.given.filter((p) => p.required).length > 0;
    edgeType = `${sourceNeeds ? 'yes' : 'zero'}${targetNeeds ? 'yes' : 'zero'}` as EdgeKind;
  }
  const plan: DialoguePlan = {
    id: `${seed}-${index}`,
    seed,
    index,
    flow: flow.definition.id,
    family: flow.definition.family,
    edge_type: edgeType,
    operations,
    chain: flow.callsTarget ? chainIds.slice() : [],
    slots,
    turns,
    meta: { generator: GENERATOR, realizer: 'none', ...(selfCorrection ? { self_correction: selfCorrection } : {}) },
  };
  return plan;
}
