/**
 * The privacy policy, from docs/privacy.md itself (one text for the store, the README and the popup), rendered
 * with the little Markdown it uses: headings, paragraphs and "- " lists. No HTML from the file is interpreted.
 */

import { currentLocale, t } from '@/utils/i18n/translate';
import policy from '../../docs/privacy.md?raw';

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
  // The file's own title is the summary.
  const [, ...blocks] = parsePolicy(policy);
  // The policy is one English document (the store's and the README's): other languages read a summary first.
  const english = currentLocale() === 'en';
  return (
    <details class="privacy" data-help="privacy">
      <summary>{t('popup.privacy.title')}</summary>
      {!english && <p data-privacy="summary">{t('popup.privacy.summary')}</p>}
      {!english && <p class="muted">{t('popup.privacy.full')}</p>}
      <div lang="en">
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
    </details>
  );
}
