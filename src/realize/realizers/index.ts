/**
 * The realizer registry: one module per realizer. `generate --realizer`, its help text and the choice of
 * worker threads loop over it. Adding a realizer is one module here plus its line in `BUILT_IN`, or one
 * `registerRealizer(module)` call from outside.
 */
import { DialforgeError } from '../../errors.ts';
import type { RealizerModule } from '../types.ts';
import { llmRealizerModule } from './llm.ts';
import { templateRealizerModule } from './template.ts';

// The modules' options differ (none for templates, model settings for the LLM); callers know which they hold.
type AnyRealizerModule = RealizerModule<any, unknown>;

const BUILT_IN: readonly AnyRealizerModule[] = [templateRealizerModule, llmRealizerModule];
const registry = new Map<string, AnyRealizerModule>(BUILT_IN.map((m) => [m.name, m]));

/** Adds (or replaces) a realizer by name. */
export function registerRealizer(module: AnyRealizerModule): void {
  registry.set(module.name, module);
}

/** Every registered realizer, built-ins first. */
export function realizerModules(): AnyRealizerModule[] {
  return [...registry.values()];
}

export function realizerNames(): string[] {
  return [...registry.keys()];
}

/** The realizer named `name`; E_USAGE naming the known ones when there is none (`what` names the flag or key). */
export function realizerModule(name: string, what = '--realizer'): AnyRealizerModule {
  const found = registry.get(name);
  if (!found) throw new DialforgeError('E_USAGE', `${what}: "${name}" is not a realizer; use ${joinOr(realizerNames())}`);
  return found;
}

function joinOr(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

export { llmRealizerModule, templateRealizerModule };
