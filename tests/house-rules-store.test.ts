/**
 * House rules of the store: only `utils/store/` imports Dexie, and the popup's code (what popup.html loads, lazy
 * chunks included) reaches neither the database library nor the bundle builder: it asks the background. No shipped
 * code reaches fflate: the bundle's zip is written on the platform's deflate (utils/bundle/zip.ts); fflate is a
 * development dependency, the independent reader of tests and scripts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'coverage']);
const CODE = /\.(ts|tsx|mts|mjs|js)$/;

function sourceFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (CODE.test(name)) out.push(path);
  }
  return out;
}

/** Module specifiers a file loads at run time: static and dynamic imports and re-exports, not type-only ones. */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const statements =
    /^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statements)) {
    if (m[2]) continue; // `import type` / `export type`: erased
    out.push((m[3] ?? m[4]) as string);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every local file and package the entry reaches at run time. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, spec);
      if (local) todo.push(local);
      else if (!spec.startsWith('.') && !spec.startsWith('@/'))
        packages.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  }
  return { files, packages };
}

const rel = (p: string) => relative(ROOT, p).split('\\').join('/');

describe('house rules: the store', () => {
  it('only utils/store/ imports Dexie', () => {
    const importers = sourceFiles()
      .filter((f) => runtimeImports(readFileSync(f, 'utf8')).some((s) => s === 'dexie' || s.startsWith('dexie/')))
      .map(rel);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !f.startsWith('utils/store/'))).toEqual([]);
  });

  it('the popup reaches neither Dexie nor the bundle builder', () => {
    const { files, packages } = reach(join(ROOT, 'entrypoints/popup/main.tsx'));
    const reached = [...files].map(rel);
    expect(reached).toContain('components/ExportBundle.tsx'); // the walk follows lazy imports too
    expect(reached).toContain('utils/store/client.ts');
    expect([...packages].filter((p) => p === 'dexie')).toEqual([]);
    // The store's queries take the database as an argument and load no library; its schema and index do.
    expect(reached.filter((f) => ['utils/store/schema.ts', 'utils/store/index.ts'].includes(f))).toEqual([]);
    expect(reached.filter((f) => ['utils/bundle/build.ts', 'utils/bundle/export.ts'].includes(f))).toEqual([]);
  });

  it('no entrypoint, the background included, reaches fflate or any other development-only package', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.devDependencies)).toContain('fflate');
    expect(Object.keys(manifest.dependencies)).not.toContain('fflate');
    const entries = [
      'background.ts',
      'content.ts',
      'hook.content.ts',
      'popup-wake.ts',
      'popup/main.tsx',
      'api-doctor/main.tsx',
    ];
    for (const entry of entries) {
      const { files, packages } = reach(join(ROOT, 'entrypoints', entry));
      if (entry === 'background.ts') expect([...files].map(rel)).toContain('utils/bundle/zip.ts'); // it walks far
      // wxt is the build tool: its runtime modules (wxt/browser, wxt/utils/...) ship inside the build
      const devOnly = [...packages].filter((p) => !(p in manifest.dependencies) && p !== 'wxt');
      expect(devOnly, entry).toEqual([]);
    }
  });

  it('sees the imports it checks (the rule cannot pass by reading nothing)', () => {
    expect(runtimeImports("import Dexie, { type T } from 'dexie';\nimport type { X } from './x';")).toEqual(['dexie']);
    expect(runtimeImports("const m = import('@/utils/db');\nexport { a } from './a';")).toEqual(['./a', '@/utils/db']);
  });
});
