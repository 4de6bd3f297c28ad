/**
 * Small source readers for the house-rules tests: split TypeScript into code, strings and comments (enough to
 * tell a numeric literal from a code named in a sentence), and follow static imports from an entry point.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Pieces {
  /** code outside strings and comments; strings and comments replaced by spaces */
  code: string;
  strings: string[];
  comments: string[];
}

const REGEX_BEFORE = /[(,=:[!&|?{};+\-*%<>~^]$|\breturn$|\btypeof$|^$/;

export function splitSource(src: string): Pieces {
  let code = '';
  const strings: string[] = [];
  const comments: string[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    const next = src[i + 1];
    if (ch === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      comments.push(src.slice(i, stop));
      code += ' ';
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      comments.push(src.slice(i, stop));
      code += ' ';
      i = stop;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== ch) j += src[j] === '\\' ? 2 : 1;
      strings.push(src.slice(i + 1, j));
      code += ' ';
      i = j + 1;
    } else if (ch === '/' && REGEX_BEFORE.test(code.trimEnd())) {
      // a regular expression literal: skip to its closing slash (outside a character class)
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '/' && !inClass) break;
        j++;
      }
      strings.push(src.slice(i + 1, j));
      code += ' ';
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return { code, strings, comments };
}

/** Every .ts / .tsx file under a folder. */
export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Type-only imports and exports: erased at build, so they ship nothing. */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*;/gm;

/** The project files an entry point reaches through static and dynamic imports (type-only ones ship nothing). */
export function reachable(root: string, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8').replace(TYPE_ONLY, '');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1] as string;
      const base = spec.startsWith('@/')
        ? join(root, spec.slice(2))
        : spec.startsWith('.')
          ? resolve(dirname(file), spec)
          : '';
      if (!base) continue;
      const hit = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
        (p) => existsSync(p) && statSync(p).isFile(),
      );
      if (hit && /\.tsx?$/.test(hit)) visit(hit);
    }
  };
  visit(entry);
  return seen;
}
