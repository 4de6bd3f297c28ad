/**
 * The explanation card marks what is English on a page in another language: TikTok's own message always, and each
 * per-code text the reader's phrasebook lacks, so a screen reader reads it with an English voice.
 */
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplanationCard } from '@/components/api-doctor/ExplanationCard';
import { explainPaste } from '@/utils/api-doctor/explain-paste';
import { lookupCode } from '@/utils/facts/error-catalog';
import { textId } from '@/utils/i18n/text-id';
import { setDictionaries } from '@/utils/i18n/translate';
import { readSources } from '../scripts/i18n-assets';

const { messages } = readSources(new URL('..', import.meta.url).pathname);
const MESSAGE = 'you should apply auth pkg for this api';
const PASTE = JSON.stringify({ code: 105005, message: MESSAGE });
const entry = lookupCode(105005, MESSAGE);
const steps = entry ? entry.fix.slice(0, entry.fix.length - entry.familySteps) : [];

function card(phrases: Record<string, string>): string {
  const result = explainPaste(PASTE, phrases).items[0];
  if (!result) throw new Error('no explanation');
  return renderToString(<ExplanationCard result={result} />);
}

afterEach(() => setDictionaries('en', messages.en));

describe('explanation card languages', () => {
  it('marks the per-code texts the phrasebook lacks as English, and TikTok’s message', () => {
    setDictionaries('fr', messages.fr, messages.en);
    const half = { [textId(entry?.meaning ?? '')]: 'L’app ou son jeton n’a pas le scope requis.' };
    const html = card(half);
    expect(html).toContain('L’app ou son jeton n’a pas le scope requis.');
    expect(html).not.toContain(`<span lang="en">${entry?.meaning}</span>`);
    expect(html).toContain(`<span lang="en">${steps[0]}</span>`);
    expect(html).toContain(`<q lang="en">${MESSAGE}</q>`);
  });

  it('marks nothing but TikTok’s message when every text is translated, or when the page is English', () => {
    setDictionaries('fr', messages.fr, messages.en);
    const all = Object.fromEntries([entry?.meaning ?? '', ...steps].map((text) => [textId(text), `FR ${text}`]));
    expect(card(all)).not.toContain('<span lang="en">');
    setDictionaries('en', messages.en);
    const english = card({});
    expect(english).not.toContain('<span lang="en">');
    expect(english).toContain(steps[0]);
    expect(english).toContain(`<q lang="en">${MESSAGE}</q>`);
  });

  it('names the cause by its title in the reader’s language, not by its id', () => {
    setDictionaries('fr', messages.fr, messages.en);
    const html = card({});
    const cause = entry?.cause ?? '';
    expect(messages.fr[`cause.${cause}.title`]).toBeTruthy();
    expect(html).toContain(messages.fr[`cause.${cause}.title`] as string);
    expect(html).not.toContain(`: ${cause})`);
  });
});
