/**
 * The privacy policy leaves the popup's script: the build ships docs/privacy.md and each docs/privacy/<locale>.md
 * as files, and the popup fetches the reader's one when the policy is opened, with English as the fallback.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrivacyPolicy } from '@/components/popup/PrivacyPolicy';
import { setDictionaries } from '@/utils/i18n/translate';
import { readSources } from '../scripts/i18n-assets';
import { buildPrivacyAssets } from '../scripts/privacy-assets';
import { click, installDom, mount, until } from './popup-dom';

const root = new URL('..', import.meta.url).pathname;
const { messages } = readSources(root);

describe('privacy policy files in the build', () => {
  it('ships English from docs/privacy.md and only the translations that exist; a missing one breaks nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-'));
    mkdirSync(join(dir, 'docs', 'privacy'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'privacy.md'), '# Privacy policy\n\nEnglish.\n');
    writeFileSync(join(dir, 'docs', 'privacy', 'de.md'), '# Datenschutzerklärung\n\nDeutsch.\n');
    writeFileSync(join(dir, 'docs', 'privacy', 'xx.md'), '# not a locale\n');
    const files = buildPrivacyAssets(dir);
    expect(files.map((f) => f.relativeDest)).toEqual(['privacy/en.md', 'privacy/de.md']);
    expect(files[1]?.contents).toContain('Deutsch.');
    expect(buildPrivacyAssets(join(dir, 'nowhere'))).toEqual([]);
  });

  it('ships the real policy', () => {
    expect(buildPrivacyAssets(root)[0]).toMatchObject({ relativeDest: 'privacy/en.md' });
  });
});

describe('the privacy policy in the popup', () => {
  let dom: ReturnType<typeof installDom>;
  const files: Record<string, string> = {
    'privacy/en.md': '# Privacy policy\n\n## Where it goes\n\nNowhere.\n',
    'privacy/de.md': '# Datenschutzerklärung\n\n## Wohin sie gehen\n\nNirgendwohin.\n',
  };
  let fetched: string[];

  beforeEach(() => {
    dom = installDom();
    fetched = [];
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname.slice(1);
      fetched.push(path);
      const body = files[path];
      return body === undefined ? new Response('', { status: 404 }) : new Response(body);
    });
  });
  afterEach(() => {
    dom.cleanup();
    vi.unstubAllGlobals();
    setDictionaries('en', messages.en);
  });

  const q = (sel: string) => dom.container.querySelector(sel);
  const open = () => {
    const details = q('[data-help="privacy"]') as HTMLDetailsElement;
    details.setAttribute('open', '');
    // Preact listens to `toggle` where the element knows `ontoggle` (browsers), else to `Toggle` (linkedom).
    const name = 'ontoggle' in details ? 'toggle' : 'Toggle';
    details.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event(name));
  };

  it('fetches nothing until opened, then shows the reader\u2019s translation, says English prevails, and shows English', async () => {
    setDictionaries('de', messages.de, messages.en);
    mount(<PrivacyPolicy />, dom.container);
    expect(fetched).toEqual([]);
    open();
    await until(() => q('[data-privacy="text"]') !== null, 3000, 'the policy');
    expect(q('[data-privacy="text"]')?.getAttribute('lang')).toBe('de');
    expect(q('[data-privacy="text"]')?.textContent).toContain('Nirgendwohin.');
    expect(q('[data-privacy="authoritative"]')?.textContent).toBe(messages.de['privacy.authoritative']);
    const toggle = q('[data-action="privacy-english"]');
    expect(toggle?.textContent).toBe(messages.de['privacy.showEnglish']);
    click(toggle);
    await until(() => q('[data-privacy="text"]')?.getAttribute('lang') === 'en', 3000, 'the English text');
    expect(q('[data-privacy="text"]')?.textContent).toContain('Nowhere.');
    expect(q('[data-action="privacy-english"]')?.textContent).toBe(messages.de['privacy.showTranslation']);
  });

  it('falls back to English with the translated summary when no translation is shipped', async () => {
    setDictionaries('fr', messages.fr, messages.en);
    mount(<PrivacyPolicy />, dom.container);
    open();
    await until(() => q('[data-privacy="text"]') !== null, 3000, 'the policy');
    expect(fetched).toContain('privacy/fr.md');
    expect(q('[data-privacy="text"]')?.getAttribute('lang')).toBe('en');
    expect(q('[data-privacy="summary"]')?.textContent).toBe(messages.fr['popup.privacy.summary']);
    expect(q('[data-action="privacy-english"]')).toBeNull();
  });

  it('in English: the English text alone', async () => {
    mount(<PrivacyPolicy />, dom.container);
    open();
    await until(() => q('[data-privacy="text"]') !== null, 3000, 'the policy');
    expect(q('[data-privacy="summary"]')).toBeNull();
    expect(q('[data-privacy="authoritative"]')).toBeNull();
    expect(q('h4')?.textContent).toBe('Where it goes');
  });
});
