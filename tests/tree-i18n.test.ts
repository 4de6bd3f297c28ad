/**
 * The tree's texts are message keys that exist: every question, option, sub-cause, fix step, check, escalation,
 * FAQ entry and tip resolves in English, and renders in another language once that dictionary is active.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { escalation } from '@/utils/causes/shared/escalation';
import { CAUSE_TITLES } from '@/utils/causes/titles';
import { type CauseNode, FAQ, TIPS, TREE } from '@/utils/causes/tree';
import { setDictionaries, t } from '@/utils/i18n/translate';
import { CAUSE_IDS, type CauseId } from '@/utils/model';
import { readSources } from '../scripts/i18n-assets';

const { messages } = readSources(new URL('..', import.meta.url).pathname);

// The causes whose questions and fixes hold keys. The other five are converted on their own branch (issue 15,
// i18n-walk-a): once merged, this is CAUSE_IDS.
const KEYED: CauseId[] = ['platform', 'app-version', 'geo', 'cache'];

function textsOf(node: CauseNode): string[] {
  return [
    node.title,
    node.summary,
    ...node.questions.flatMap((q) => [q.text, ...(q.help ? [q.help] : []), ...q.options.map((o) => o.label)]),
    ...node.subCauses.flatMap((s) => [s.title, s.about, s.check, ...s.fixes.flatMap((f) => [f.title, ...f.steps])]),
    node.escalation.topic,
    ...node.escalation.steps,
  ];
}

const isKey = (text: string) => messages.en[text] !== undefined;

describe('tree texts are message keys', () => {
  it.each(KEYED)('%s: every text is a defined key', (id) => {
    expect(textsOf(TREE[id]).filter((x) => !isKey(x))).toEqual([]);
  });

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
