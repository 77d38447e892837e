/**
 * The request built from an operation's id and path (builtIntent), with widget words made things and the result
 * finished (src/realize/_intents-said28.ts): what words.ts offers as the built way of saying an operation.
 */
import { builtIntent } from './_intent.ts';
import { finishedBuilt28, unwidgeted28 } from './_intents-said28.ts';

type BuildInput = Parameters<typeof builtIntent>[0];

export function builtIntent28(op: BuildInput): string {
  const path = unwidgeted28(op.path);
  return finishedBuilt28(builtIntent({ ...op, name: unwidgeted28(op.name), path }), path, op.required);
}
