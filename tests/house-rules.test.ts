/** House rules of the code's layout: one folder per cause with every part, one registry of the contract's causes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '@/utils/causes/registry';
import { TREE } from '@/utils/causes/tree';
import { CAUSE_IDS } from '@/utils/model';

const ROOT = join(__dirname, '..', 'utils', 'causes');
/** The parts of a cause folder: same file names in every folder. */
const PARTS = ['index.ts', 'rule.ts', 'questions.ts', 'fixes.ts', 'words.ts', 'titles.ts'];
const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name)
  .sort();

describe('cause folders', () => {
  it('the registry lists exactly the contract causes, in their order, one module each', () => {
    expect(CAUSES.map((c) => c.id)).toEqual([...CAUSE_IDS]);
    expect(folders).toEqual([...CAUSE_IDS].sort());
  });

  it.each(folders)('%s has every part', (id) => {
    for (const part of PARTS) expect(existsSync(join(ROOT, id, part)), `utils/causes/${id}/${part}`).toBe(true);
  });

  it.each(CAUSES.map((c) => [c.id, c] as const))('%s is whole: rule, questions, words, titles, fixes', (id, c) => {
    expect(c.rule.id).toBe(id);
    expect(c.questions.questions.some((q) => q.id === c.questions.start)).toBe(true);
    expect(c.questions.questions.every((q) => q.id.startsWith(`${id}.`))).toBe(true);
    expect(Object.keys(c.words.byLanguage)).toContain('en');
    expect(c.titles.title.length).toBeGreaterThan(3);
    expect(TREE[id].subCauses.every((s) => s.id.startsWith(`${id}.`))).toBe(true);
  });

  it('the diagnosis does not import the causes (they reach it through the registry passed to diagnose)', () => {
    const dir = join(__dirname, '..', 'utils', 'diagnosis');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      expect(readFileSync(join(dir, f), 'utf8'), `utils/diagnosis/${f}`).not.toMatch(
        /from '(\.\.\/causes|@\/utils\/causes)/,
      );
    }
  });
});
