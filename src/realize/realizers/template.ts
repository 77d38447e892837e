/** The template realizer: phrase banks, slot phrases from parameter names, intent phrases from descriptions. */
import { realizeWithTemplates } from '../_template.ts';
import type { Realizer, RealizerModule } from '../types.ts';

export const templateRealizer: Realizer = {
  name: 'template',
  realize: (plan, ctx) => realizeWithTemplates(plan, ctx ?? {}),
};

export const templateRealizerModule: RealizerModule<void, Realizer> = {
  name: 'template',
  summary: 'template (default, offline)',
  workers: true,
  create: () => templateRealizer,
};
