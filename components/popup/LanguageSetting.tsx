import { useEffect, useState } from 'preact/hooks';
import { browserUiLanguage } from '@/utils/i18n/load';
import { AUTONYMS, LOCALES, negotiateLocale } from '@/utils/i18n/locales';
import { languageChoice } from '@/utils/i18n/preference';
import { t } from '@/utils/i18n/translate';

/**
 * The language select of settings (`[data-option="language"]`). '' follows the browser. A change is stored and
 * the page reloads, so every view, date and number comes back in the new language at once.
 */
export function LanguageSetting({ reload = () => location.reload() }: { reload?: () => void }) {
  const [choice, setChoice] = useState<string | undefined>(undefined);
  useEffect(() => {
    languageChoice.getValue().then(setChoice, () => setChoice(''));
  }, []);
  const browserLocale = negotiateLocale(browserUiLanguage());

  return (
    <label class="setting setting-language">
      <span class="setting-label">{t('settings.language')}</span>
      <select
        data-option="language"
        value={choice ?? ''}
        disabled={choice === undefined}
        onChange={async (e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          setChoice(value);
          await languageChoice.setValue(value);
          reload();
        }}
      >
        <option value="">{t('settings.language.browser', { language: AUTONYMS[browserLocale] })}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {AUTONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
