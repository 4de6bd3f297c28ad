/**
 * The guided-walk texts of connectivity, policy, payment, listing and account are message keys: every title,
 * question, help text, option label, sub-cause, fix step, check and escalation text names a key of the English
 * sources (a key missing from a cause's locales/en.json fails here), and every key of those files is used.
 */
import { describe, expect, it } from 'vitest';
import { escalation } from '@/utils/causes/shared/escalation';
import { TREE } from '@/utils/causes/tree';
import { readSources } from '../scripts/i18n-assets';

const ROOT = new URL('..', import.meta.url).pathname;
const { messages, origin } = readSources(ROOT);
const en = messages.en;
const CAUSES = ['connectivity', 'policy', 'payment', 'listing', 'account'] as const;

/** Every text field of one cause, in walk order. Escalation steps shared by all causes are not this cause's. */
function textsOf(id: (typeof CAUSES)[number]): string[] {
  const node = TREE[id];
  const shared = new Set(escalation(node.escalation.topic).steps);
  return [
    node.title,
    node.summary,
    ...node.questions.flatMap((q) => [q.text, ...(q.help ? [q.help] : []), ...q.options.map((o) => o.label)]),
    ...node.subCauses.flatMap((s) => [s.title, s.about, s.check, ...s.fixes.flatMap((f) => [f.title, ...f.steps])]),
    node.escalation.topic,
    ...node.escalation.steps.filter((s) => !shared.has(s)),
  ];
}

describe.each(CAUSES)('%s walk texts', (id) => {
  const texts = textsOf(id);

  it('are keys of the English sources, from the cause’s own folder', () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((k) => en[k] === undefined)).toEqual([]);
    expect(texts.filter((k) => origin[k] !== `utils/causes/${id}/locales`)).toEqual([]);
  });

  it('use every key of the cause’s en.json exactly once', () => {
    const own = Object.keys(origin).filter((k) => origin[k] === `utils/causes/${id}/locales`);
    expect([...texts].sort()).toEqual(own.sort());
  });
});
