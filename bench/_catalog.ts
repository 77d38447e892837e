/**
 * The RapidAPI scale catalogue (../shared/bench): unpacked once into the OS temp folder and reused by
 * every benchmark that needs it (specs, graph). Never copied into the project.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from '../test/_shared.ts';

export interface Catalog {
  /** `tools/<Category>/<tool>.json` — 10,428 tool files. */
  tools: string;
  /** `tool_response_cache`: `<Category>/<tool>_for_<Category>/<endpoint>.json` recorded responses. */
  responses: string;
}

export const catalogArchives = {
  tools: join(sharedDir, 'bench', 'rapidapi-tools.tar.gz'),
  responses: join(sharedDir, 'bench', 'rapidapi-responses.tar.gz'),
};

/** Unpacks both archives into `<tmp>/dialforge-rapidapi-catalog` unless already there; returns the two folders. */
export async function unpackCatalog(): Promise<Catalog> {
  for (const archive of Object.values(catalogArchives)) {
    if (!existsSync(archive)) throw new Error(`${archive} not found: the RapidAPI catalogue benchmark needs ../shared/bench`);
  }
  const root = join(tmpdir(), 'dialforge-rapidapi-catalog');
  const catalog: Catalog = { tools: join(root, 'tools'), responses: join(root, 'tool_response_cache') };
  for (const [key, folder] of [['tools', catalog.tools], ['responses', catalog.responses]] as const) {
    if (existsSync(folder) && readdirSync(folder).length > 0) continue;
    // Unpack beside the target and rename, so an interrupted unpack is never mistaken for a complete one.
    const staging = join(root, `.unpacking-${key}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    execFileSync('tar', ['-xzf', catalogArchives[key], '-C', staging], { stdio: 'inherit' });
    const unpacked = join(staging, key === 'tools' ? 'tools' : 'tool_response_cache');
    if (!existsSync(unpacked)) throw new Error(`${catalogArchives[key]} did not contain the expected folder`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(unpacked, folder);
    rmSync(staging, { recursive: true, force: true });
  }
  return catalog;
}
