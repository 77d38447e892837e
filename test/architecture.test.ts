/**
 * The house rules that a reader cannot see in one file: no import cycles in src/, the checker imports
 * nothing from what it checks (realize/, plan's `_` internals), `_` modules are not re-exported by
 * index.ts files.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { projectRoot } from './_shared.ts';

const SRC = join(projectRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Relative imports of a file (value and type imports and re-exports), as paths under src/. */
function importsOf(file: string, typesToo: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms)) {
    if (m[1] && !typesToo) continue;
    found.push(relative(SRC, resolve(dirname(file), m[2]!)));
  }
  return found;
}

function cycles(typesToo: boolean): string[][] {
  const graph = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f), importsOf(f, typesToo)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('architecture', () => {
  it('src/ has no import cycles (type-only imports included)', () => {
    assert.deepEqual(cycles(true), []);
  });

  it('the checker imports nothing from realize/ and no _ internals of plan/', () => {
    const bad = sourceFiles(join(SRC, 'check')).flatMap((f) => importsOf(f, true).filter((p) => p.startsWith('realize/') || /^plan\/_/.test(p)).map((p) => `${relative(SRC, f)} → ${p}`));
    assert.deepEqual(bad, []);
  });

  it('the modules below every stage (src/text, src/random, src/schemas) import no stage', () => {
    const below = ['text', 'random', 'schemas'];
    const bad = below.filter((dir) => existsSync(join(SRC, dir))).flatMap((dir) =>
      sourceFiles(join(SRC, dir)).flatMap((f) => importsOf(f, true).filter((p) => !below.some((b) => p.startsWith(`${b}/`)) && p !== 'errors.ts').map((p) => `${relative(SRC, f)} → ${p}`)),
    );
    assert.deepEqual(bad, []);
  });

  it('src/index.ts lists the public API by name, and holds every name the README imports from dialforge', async () => {
    const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
    assert.doesNotMatch(index, /^export \*/m);
    const api = (await import('../src/index.ts')) as Record<string, unknown>;
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const imported = [...readme.matchAll(/import \{([^}]+)\} from 'dialforge'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()).filter(Boolean));
    assert.ok(imported.length > 0, 'the README shows library imports');
    assert.deepEqual(imported.filter((name) => !(name in api)), []);
  });

  it('no source file over 600 lines and no top-level function or method over 150', () => {
    const tooLong: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      const rel = relative(SRC, file);
      const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      if (lineCount > 600) tooLong.push(`${rel}: ${lineCount} lines`);
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const span = (n: ts.Node): number => source.getLineAndCharacterOfPosition(n.getEnd()).line - source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      const check = (n: ts.Node, name: string): void => {
        if (span(n) > 150) tooLong.push(`${rel}: ${name} is ${span(n)} lines`);
      };
      for (const st of source.statements) {
        if (ts.isFunctionDeclaration(st)) check(st, st.name?.text ?? 'default');
        else if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) check(d, d.name.getText());
        else if (ts.isClassDeclaration(st)) for (const m of st.members) check(m, `${st.name?.text}.${m.name?.getText() ?? 'constructor'}`);
      }
    }
    assert.deepEqual(tooLong, []);
  });
});
