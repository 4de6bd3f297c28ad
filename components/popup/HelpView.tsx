/** The six frequent questions and seven prevention tips (from the seed), for reading when nothing is on fire. */
import { FAQ, TIPS } from '@/utils/causes/shared/faq';
import { CAUSE_TITLES } from '@/utils/causes/titles';
import { PrivacyPolicy } from './PrivacyPolicy';
import type { HeadingRef } from './useFocus';

export function HelpView({ headingRef }: { headingRef: HeadingRef }) {
  return (
    <section class="help-view" aria-labelledby="help-title">
      <h2 id="help-title" tabIndex={-1} ref={headingRef}>
        Questions and tips
      </h2>
      <h3>Frequent questions</h3>
      <div class="faq">
        {FAQ.map((f) => (
          <details key={f.id} data-faq={f.id}>
            <summary>{f.question}</summary>
            <p>{f.answer}</p>
            {f.causes.length > 0 && <p class="muted">See: {f.causes.map((c) => CAUSE_TITLES[c]).join(', ')}.</p>}
          </details>
        ))}
      </div>
      <h3>Prevent problems</h3>
      <ol class="tips">
        {TIPS.map((t) => (
          <li key={t.id} data-tip={t.id}>
            <strong>{t.title}.</strong> {t.text}
          </li>
        ))}
      </ol>
      <h3>About</h3>
      <p data-help="not-affiliated">
        Shop Doctor is made for TikTok Shop sellers. It is not affiliated with or endorsed by TikTok. Everything it
        records stays in this browser.
      </p>
      <PrivacyPolicy />
    </section>
  );
}
