/** The browser builds of the drawing libraries, read from node_modules when a report is written. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DialforgeError } from '../errors.ts';

const require = createRequire(import.meta.url);

/** Each library's UMD build (it sets a global: Chart, graphology, Sigma), as its package ships it. */
const LIBRARIES: Array<{ name: string; file: string }> = [
  { name: 'chart.js', file: 'dist/chart.umd.min.js' },
  { name: 'graphology', file: 'dist/graphology.umd.min.js' },
  { name: 'sigma', file: 'dist/sigma.min.js' },
];

/** The folder of an installed package (its main entry may sit anywhere below; its package.json names it). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // no package.json here: keep climbing
    }
    const up = dirname(dir);
    if (up === dir) throw new DialforgeError('E_READ', `cannot find the installed package ${name}: run npm install`);
    dir = up;
  }
}

export function libraryScripts(): Array<{ name: string; code: string }> {
  return LIBRARIES.map(({ name, file }) => {
    const path = join(packageDir(name), file);
    try {
      return { name, code: readFileSync(path, 'utf8') };
    } catch {
      throw new DialforgeError('E_READ', `cannot read ${path}, the browser build of ${name}: run npm install`, { file: path });
    }
  });
}
