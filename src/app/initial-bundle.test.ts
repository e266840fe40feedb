// Guards the initial download (target ≤ 200 kB gzip, issue 2): the modules src/main.tsx reaches
// through static imports must not pull in the design loader (zod schema, YAML reader), monaco,
// elkjs or the share codec. Those load on first use through import(). The graph is built the way
// the bundler sees it: each file is compiled by Vite's own transform (so type-only imports vanish
// exactly as they do in the build), then its static import/export declarations are followed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'src/main.tsx');

/** Packages that must only ever be loaded lazily. */
const LAZY_PACKAGES = ['zod', 'yaml', 'monaco-editor', 'monaco-yaml', 'elkjs', 'fflate'];
/** Model files that carry the zod schema or the YAML reader; the barrel re-exports them all. */
const LAZY_MODEL_FILES = ['index.ts', 'schema.ts', 'load.ts', 'serialize.ts'].map((f) => `src/model/${f}`);

const CODE = /\.(ts|tsx|js|mjs)$/;

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The specifiers a compiled module imports statically (dynamic import() is not followed). */
async function staticImports(file: string): Promise<string[]> {
  const source = readFileSync(file, 'utf8');
  const { code } = await transformWithOxc(source, file, { lang: file.endsWith('x') ? 'tsx' : 'ts' });
  const specifiers: string[] = [];
  for (const node of parseAst(code).body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source &&
      typeof node.source.value === 'string'
    ) {
      specifiers.push(node.source.value);
    }
  }
  return specifiers;
}

interface StartupGraph {
  /** Project files reached, each with the file that first imported it (null for the entry). */
  files: Map<string, string | null>;
  /** Packages reached, each with the project file that imports it. */
  packages: Map<string, string>;
}

async function startupGraph(): Promise<StartupGraph> {
  const files = new Map<string, string | null>([[ENTRY, null]]);
  const packages = new Map<string, string>();
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const specifier of await staticImports(file)) {
      if (!specifier.startsWith('.')) {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, file);
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (!target) throw new Error(`${relative(ROOT, file)}: cannot resolve ${specifier}`);
      if (files.has(target) || !CODE.test(target)) continue;
      files.set(target, file);
      queue.push(target);
    }
  }
  return { files, packages };
}

/** "src/main.tsx → … → file", so a failure names the import to make lazy. */
function chain(graph: StartupGraph, file: string): string {
  const steps: string[] = [];
  for (let at: string | null | undefined = file; at; at = graph.files.get(at)) steps.unshift(relative(ROOT, at));
  return steps.join(' → ');
}

describe('initial bundle', () => {
  it('reaches no heavy package or model loader through static imports from src/main.tsx', async () => {
    const graph = await startupGraph();
    // The walk itself works: it reaches the app shell and the packages it is built on.
    expect(graph.files.has(join(ROOT, 'src/app/App.tsx'))).toBe(true);
    expect(graph.packages.has('react')).toBe(true);

    const offenders = [
      ...LAZY_PACKAGES.filter((name) => graph.packages.has(name)).map(
        (name) => `${name} via ${chain(graph, graph.packages.get(name)!)}`,
      ),
      ...LAZY_MODEL_FILES.map((path) => join(ROOT, path))
        .filter((file) => graph.files.has(file))
        .map((file) => chain(graph, file)),
    ];
    expect(offenders, 'import specific model files (types via `import type`), or import() on use').toEqual([]);
  });
});
