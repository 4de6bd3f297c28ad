/**
 * The tree's texts are message keys that exist: every title, question, help text, option label, sub-cause, fix
 * step, check and escalation text of each of the nine causes names a key of the English sources, from the cause's
 * own folder (a key missing from its locales/en.json fails here), and every key of those files is used; FAQ
 * entries and tips resolve too, and render in another language once that dictionary is active.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { escalation } from '@/utils/causes/shared/escalation';
import { CAUSE_TITLES } from '@/utils/causes/titles';
import { FAQ, TIPS, TREE } from '@/utils/causes/tree';
import { setDictionaries, t } from '@/utils/i18n/translate';
import { CAUSE_IDS, type CauseId } from '@/utils/model';
import { readSources } from '../scripts/i18n-assets';

const { messages, origin } = readSources(new URL('..', import.meta.url).pathname);
const SHARED = 'utils/causes/shared/locales';
const isKey = (text: string) => messages.en[text] !== undefined;

/**
 * Every text field of one cause, in walk order. Escalation steps shared by all causes, and a support topic from the
 * shared folder (platform, app version, geo and cache file theirs under the common system-bug topic), are not this
 * cause's.
 */
function ownTexts(id: CauseId): string[] {
  const node = TREE[id];
  const shared = new Set(escalation(node.escalation.topic).steps);
  return [
    node.title,
    node.summary,
    ...node.questions.flatMap((q) => [q.text, ...(q.help ? [q.help] : []), ...q.options.map((o) => o.label)]),
    ...node.subCauses.flatMap((s) => [s.title, s.about, s.check, ...s.fixes.flatMap((f) => [f.title, ...f.steps])]),
    ...(origin[node.escalation.topic] === SHARED ? [] : [node.escalation.topic]),
    ...node.escalation.steps.filter((s) => !shared.has(s)),
  ];
}

describe.each(CAUSE_IDS)('%s walk texts', (id) => {
  const texts = ownTexts(id);

  it('every text is a defined key, shared escalation steps included', () => {
    expect([...texts, TREE[id].escalation.topic, ...TREE[id].escalation.steps].filter((x) => !isKey(x))).toEqual([]);
  });

  it('are keys of the English sources, from the cause’s own folder', () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((k) => origin[k] !== `utils/causes/${id}/locales`)).toEqual([]);
  });

  it('use every key of the cause’s en.json exactly once', () => {
    const own = Object.keys(origin).filter((k) => origin[k] === `utils/causes/${id}/locales`);
    expect([...texts].sort()).toEqual(own.sort());
  });
});

describe('tree texts are message keys', () => {
  it('every cause title, FAQ entry and tip is a defined key', () => {
    const texts = [
      ...CAUSE_IDS.map((id) => CAUSE_TITLES[id]),
      ...FAQ.flatMap((f) => [f.question, f.answer]),
      ...TIPS.flatMap((x) => [x.title, x.text]),
    ];
    expect(texts.filter((x) => !isKey(x))).toEqual([]);
  });

  it('names the support topic in the contact step', () => {
    const e = escalation('escalation.topic.system-bug');
    const steps = e.steps.map((s) => t(s, { topic: t(e.topic) }));
    expect(steps.join(' ')).toContain('"Technical issue / System bug"');
  });
});

describe('rendered in another language', () => {
  afterAll(() => setDictionaries('en', messages.en));

  it('shows German for the walk, a question and its options', () => {
    setDictionaries('de', messages.de, messages.en);
    const q = TREE.cache.questions[0];
    expect(q).toBeDefined();
    if (!q) return;
    expect(t(q.text)).toBe(messages.de[q.text]);
    expect(t(q.text)).not.toBe(messages.en[q.text]);
    expect(t('walk.check.fixed')).toBe('Ja, jetzt funktioniert es');
    expect(t(CAUSE_TITLES.cache)).toBe('Cache und Websitedaten');
  });
});
