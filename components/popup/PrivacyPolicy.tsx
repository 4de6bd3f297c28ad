/**
 * The privacy policy, from docs/privacy.md itself (one text for the store, the README and the popup) and its
 * translations in docs/privacy/, rendered with the little Markdown they use: headings, paragraphs and "- " lists.
 * No HTML from the files is interpreted. The text is fetched when the seller opens the policy (privacy-text.ts):
 * it is not part of the popup's script. The English text is authoritative; a translation says so and offers it.
 */
import { useState } from 'preact/hooks';
import { currentLocale, t } from '@/utils/i18n/translate';
import { loadPolicy, type PolicyTexts } from './privacy-text';

type Block = { kind: 'h'; text: string } | { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

export function parsePolicy(md: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of md.split(/\n\s*\n/)) {
    const lines = chunk.trim().split('\n');
    if (!lines[0]) continue;
    if (lines[0].startsWith('#')) {
      blocks.push({ kind: 'h', text: lines[0].replace(/^#+\s*/, '') });
      if (lines.length > 1) blocks.push({ kind: 'p', text: lines.slice(1).join(' ') });
    } else if (lines[0].startsWith('- ')) {
      const items: string[] = [];
      for (const l of lines) {
        if (l.startsWith('- ')) items.push(l.slice(2).trim());
        else items[items.length - 1] += ` ${l.trim()}`;
      }
      blocks.push({ kind: 'ul', items });
    } else {
      blocks.push({ kind: 'p', text: lines.map((l) => l.trim()).join(' ') });
    }
  }
  return blocks;
}

export function PrivacyPolicy() {
  const locale = currentLocale();
  const [texts, setTexts] = useState<PolicyTexts>();
  const [english, setEnglish] = useState(false);
  const onToggle = (e: Event) => {
    // The attribute, not the property: the same in browsers and in the tests' DOM.
    if ((e.currentTarget as HTMLDetailsElement).hasAttribute('open') && !texts) void loadPolicy(locale).then(setTexts);
  };
  const translated = texts?.translated;
  const showTranslation = translated !== undefined && !english;
  const shown = showTranslation ? translated : texts?.english;
  return (
    <details class="privacy" data-help="privacy" onToggle={onToggle}>
      <summary>{t('popup.privacy.title')}</summary>
      {!texts && (
        <p role="status" data-privacy="loading">
          {t('privacy.loading')}
        </p>
      )}
      {translated !== undefined && (
        <>
          <p class="muted" data-privacy="authoritative">
            {t('privacy.authoritative')}
          </p>
          <p>
            <button
              type="button"
              class="link privacy-switch"
              data-action="privacy-english"
              onClick={() => setEnglish(!english)}
            >
              {english ? t('privacy.showTranslation') : t('privacy.showEnglish')}
            </button>
          </p>
        </>
      )}
      {/* No translation shipped for this language yet: a summary in it, then the English text. */}
      {texts && translated === undefined && locale !== 'en' && (
        <>
          <p data-privacy="summary">{t('popup.privacy.summary')}</p>
          <p class="muted">{t('popup.privacy.full')}</p>
        </>
      )}
      {texts && !shown && <p data-privacy="failed">{t('privacy.failed')}</p>}
      {shown && <PolicyBody text={shown} lang={showTranslation ? locale : 'en'} />}
    </details>
  );
}

function PolicyBody({ text, lang }: { text: string; lang: string }) {
  // The file's own title is the <summary>.
  const [, ...blocks] = parsePolicy(text);
  return (
    <div lang={lang} data-privacy="text" data-privacy-lang={lang}>
      {blocks.map((b, i) =>
        b.kind === 'h' ? (
          <h4 key={i}>{b.text}</h4>
        ) : b.kind === 'p' ? (
          <p key={i}>{b.text}</p>
        ) : (
          <ul key={i}>
            {b.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
