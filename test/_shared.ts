/** Where the shared test data lives (../shared beside the project), and how tests skip without it. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = process.env.DIALFORGE_SHARED ?? resolve(projectRoot, '..', 'shared');
export const fixturesDir = join(sharedDir, 'fixtures');
export const hasFixtures = existsSync(fixturesDir);

/** Pass as the `skip` option of a test or describe: a string is printed as the reason. */
export const skipWithoutFixtures: string | false = hasFixtures
  ? false
  : `../shared/fixtures not found at ${fixturesDir}: fixture tests skipped (set DIALFORGE_SHARED to point elsewhere)`;

export const bundledSpecsDir = join(projectRoot, 'api-specs');
