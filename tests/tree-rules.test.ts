/** House rules of the troubleshooting tree: complete, reachable, unique, and wired to real signals. */
import { describe, expect, it } from 'vitest';
import { type CauseNode, FAQ, findQuestion, findSubCause, type NodeRef, TIPS, TREE } from '@/utils/causes/tree';
import { SIGNALS, type Signal } from '@/utils/diagnosis/signals';
import { t } from '@/utils/i18n/translate';
import { CAUSE_IDS } from '@/utils/model';

const nodes = CAUSE_IDS.map((id) => TREE[id]);

/** The English a text field shows: fields hold message keys (a field still in English renders as itself). */

/** Signals the rules emit that the walk does not route on: the questions decide instead. */
const UNROUTED: Signal[] = ['answer', 'payment-toast', 'billing-code', 'unauthorized', 'account-toast'];

function refs(node: CauseNode): NodeRef[] {
  return node.questions.flatMap((q) => q.options.map((o) => o.next));
}

describe.each(nodes)('$id', (node) => {
  it('is keyed by its own id and has a title and summary', () => {
    expect(TREE[node.id]).toBe(node);
    expect(t(node.title).length).toBeGreaterThan(3);
    expect(t(node.summary).length).toBeGreaterThan(20);
  });

  it('has sub-causes, each with fixes of concrete steps and a check', () => {
    expect(node.subCauses.length).toBeGreaterThanOrEqual(3);
    for (const s of node.subCauses) {
      expect(s.fixes.length, s.id).toBeGreaterThan(0);
      for (const f of s.fixes) expect(f.steps.length, f.id).toBeGreaterThan(0);
      expect(t(s.check).length, s.id).toBeGreaterThan(10);
      expect(t(s.about).length, s.id).toBeGreaterThan(10);
    }
  });

  it('has an escalation that sends the bundle', () => {
    expect(t(node.escalation.topic).length).toBeGreaterThan(3);
    expect(node.escalation.steps.map((s) => t(s)).join(' ')).toMatch(/bundle/);
  });

  it('prefixes its ids with the cause id', () => {
    for (const q of node.questions) expect(q.id.startsWith(`${node.id}.`), q.id).toBe(true);
    for (const s of node.subCauses) {
      expect(s.id.startsWith(`${node.id}.`), s.id).toBe(true);
      for (const f of s.fixes) expect(f.id.startsWith(`${s.id}.`), f.id).toBe(true);
    }
  });

  it('resolves every reference and offers real choices', () => {
    expect(findQuestion(node.start)).toBe(node.questions.find((q) => q.id === node.start));
    for (const r of refs(node)) {
      if ('question' in r)
        expect(
          node.questions.some((q) => q.id === r.question),
          r.question,
        ).toBe(true);
      if ('subCause' in r)
        expect(
          node.subCauses.some((s) => s.id === r.subCause),
          r.subCause,
        ).toBe(true);
      if ('cause' in r) expect(r.cause).not.toBe(node.id);
    }
    for (const q of node.questions) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.value)).size, q.id).toBe(q.options.length);
      for (const s of q.settledBy ?? []) {
        expect(SIGNALS).toContain(s.signal);
        expect(
          q.options.map((o) => o.value),
          `${q.id} settled by ${s.signal}`,
        ).toContain(s.value);
      }
    }
  });

  it('reaches every question from the start, and every sub-cause from a question or a signal', () => {
    const seen = new Set<string>();
    const stack = [node.start];
    while (stack.length) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const o of findQuestion(id)?.options ?? []) if ('question' in o.next) stack.push(o.next.question);
    }
    expect([...seen].sort()).toEqual(node.questions.map((q) => q.id).sort());
    const reached = new Set(refs(node).flatMap((r) => ('subCause' in r ? [r.subCause] : [])));
    for (const s of node.subCauses) {
      expect(reached.has(s.id) || (s.detectedBy?.length ?? 0) > 0, `${s.id} unreachable`).toBe(true);
      for (const sig of s.detectedBy ?? []) expect(SIGNALS).toContain(sig);
    }
  });
});

describe('the whole tree', () => {
  it('has nine causes', () => {
    expect(Object.keys(TREE).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('uses every id once', () => {
    const ids = [
      ...nodes.flatMap((n) => [
        ...n.questions.map((q) => q.id),
        ...n.subCauses.flatMap((s) => [s.id, ...s.fixes.map((f) => f.id)]),
      ]),
      ...FAQ.map((f) => f.id),
      ...TIPS.map((t) => t.id),
    ];
    expect(ids.length).toBe(new Set(ids).size);
    for (const s of nodes.flatMap((n) => n.subCauses)) expect(findSubCause(s.id)).toBe(s);
  });

  it('routes on every signal the diagnosis can establish, but a listed few', () => {
    const used = new Set<string>();
    for (const n of nodes) {
      for (const q of n.questions) for (const s of q.settledBy ?? []) used.add(s.signal);
      for (const s of n.subCauses) for (const sig of s.detectedBy ?? []) used.add(sig);
    }
    const missing = SIGNALS.filter((s) => !used.has(s) && !UNROUTED.includes(s));
    expect(missing).toEqual([]);
  });

  it('holds the six FAQ answers and seven prevention tips of the seed', () => {
    expect(FAQ).toHaveLength(6);
    expect(TIPS).toHaveLength(7);
    for (const f of [...FAQ, ...TIPS]) for (const c of f.causes) expect(CAUSE_IDS).toContain(c);
  });
});
