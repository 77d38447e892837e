/**
 * The export-format registry. A built-in format is one module in this folder plus its line below; a
 * format from outside is one `registerExportFormat` call. Order here is the order of files in the
 * manifest and of configs in the dataset card (the `default` config first).
 */
import type { ExportFormatModule } from '../format.ts';
import { csvFormat } from './csv.ts';
import { evalFormat } from './eval.ts';
import { hfFormat } from './hf.ts';
import { openaiFormat } from './openai.ts';
import { prefOpenaiFormat } from './pref-openai.ts';
import { prefTrlFormat } from './pref-trl.ts';
import { sharegptFormat } from './sharegpt.ts';
import { tooldialApisFormat } from './tooldial-apis.ts';
import { tooldialFormat } from './tooldial.ts';
import { trlFormat } from './trl.ts';

const registry: ExportFormatModule[] = [openaiFormat, hfFormat, trlFormat, sharegptFormat, tooldialFormat, tooldialApisFormat, evalFormat, prefOpenaiFormat, prefTrlFormat, csvFormat];

/** Adds a format (its `name` must be new); `writeExports`, `validateFile` and the CLI pick it up. */
export function registerExportFormat(format: ExportFormatModule): void {
  if (registry.some((f) => f.name === format.name)) throw new Error(`export format "${format.name}" is already registered`);
  registry.push(format);
}

/** Every file kind, in registry order. */
export function exportFormatModules(): readonly ExportFormatModule[] {
  return registry;
}

export function exportFormatModule(name: string): ExportFormatModule | undefined {
  return registry.find((f) => f.name === name);
}

/** The names `--format` accepts (a format and the side files it selects share one). */
export function exportFormatNames(): string[] {
  return [...new Set(registry.map((f) => f.selectedBy ?? f.name))];
}

export { llamaFactoryDatasetInfo } from './sharegpt.ts';
