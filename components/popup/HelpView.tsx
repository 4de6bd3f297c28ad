/** The six frequent questions and seven prevention tips (from the seed), for reading when nothing is on fire. */
import { FAQ, TIPS } from '@/utils/causes/shared/faq';
import { causeTitle } from '@/utils/causes/titles';
import { t } from '@/utils/i18n/translate';
import { PrivacyPolicy } from './PrivacyPolicy';
import type { HeadingRef } from './useFocus';

export function HelpView({ headingRef }: { headingRef: HeadingRef }) {
  return (
    <section class="help-view" aria-labelledby="help-title">
      <h2 id="help-title" tabIndex={-1} ref={headingRef}>
        {t('popup.help.title')}
      </h2>
      <h3>{t('popup.help.faq')}</h3>
      <div class="faq">
        {FAQ.map((f) => (
          <details key={f.id} data-faq={f.id}>
            <summary>{t(f.question)}</summary>
            <p>{t(f.answer)}</p>
            {f.causes.length > 0 && (
              <p class="muted">{t('popup.help.see', { causes: f.causes.map((c) => causeTitle(c)).join(', ') })}</p>
            )}
          </details>
        ))}
      </div>
      <h3>{t('popup.help.prevent')}</h3>
      <ol class="tips">
        {TIPS.map((tip) => (
          <li key={tip.id} data-tip={tip.id}>
            <strong>{t(tip.title)}.</strong> {t(tip.text)}
          </li>
        ))}
      </ol>
      <h3>{t('popup.help.about')}</h3>
      <p data-help="not-affiliated">{t('popup.help.notAffiliated')}</p>
      <PrivacyPolicy />
    </section>
  );
}
