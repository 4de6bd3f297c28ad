/**
 * The popup's and the background's own words follow the active language: badge title, watch notification lines,
 * outcome labels, figures and counts with plurals. Rendered in German and Japanese, then English again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { badgeState } from '@/utils/background/badge';
import { formatBytes } from '@/utils/background/site-data/format';
import { WATCH_TEXT } from '@/utils/background/watch-notice';
import { outcomeLabel } from '@/utils/diagnosis/history';
import type { Locale } from '@/utils/i18n/locales';
import { setDictionaries, t } from '@/utils/i18n/translate';
import type { TroubleSession } from '@/utils/model';
import { readSources } from '../scripts/i18n-assets';

const { messages } = readSources(new URL('..', import.meta.url).pathname);
const speak = (locale: Locale) => setDictionaries(locale, messages[locale], messages.en);

afterEach(() => speak('en'));

const session = (outcome: TroubleSession['outcome']) => ({ outcome, steps: [] }) as unknown as TroubleSession;
const clockFailing = [{ probe: 'clock' as const, target: undefined, metrics: {} }];

describe('popup and background words', () => {
  it('are English by default, as before', () => {
    expect(badgeState(clockFailing, [])?.title).toBe(
      'Shop Doctor: 1 problem found (clock out of sync). Click to see why.',
    );
    expect(WATCH_TEXT.more(1)).toBe('One more cause is likely too.');
    expect(WATCH_TEXT.more(3)).toBe('3 more causes are likely too.');
    expect(outcomeLabel(session('escalated'))).toBe('sent to support');
  });

  it('follow the active language, plurals included', () => {
    speak('de');
    expect(badgeState(clockFailing, [])?.title).toBe(
      'Shop Doctor: 1 Problem gefunden (Uhr geht falsch). Klicken, um zu sehen, warum.',
    );
    expect(t('popup.summary.likely', { count: 2 })).toBe('2 wahrscheinliche Ursachen');
    expect(WATCH_TEXT.where('seller-de.tiktok.com', 'DE')).toBe('Auf seller-de.tiktok.com (Markt DE)');
    expect(outcomeLabel(session('fixed'))).toBe('behoben');
    // Numbers the German way.
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(null)).toBe('unbekannt');

    speak('ja');
    expect(t('popup.history.steps', { count: 1 })).toBe('1 ステップ');
    expect(WATCH_TEXT.open()).toBe('クリックして診断を表示。');
  });
});
