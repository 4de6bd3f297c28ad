/**
 * The privacy policy, from docs/privacy.md itself (one text for the store, the README and the popup), rendered
 * with the little Markdown it uses: headings, paragraphs and "- " lists. No HTML from the file is interpreted.
 */
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
  return (
    <details class="privacy" data-help="privacy">
      <summary>Privacy policy</summary>
      {blocks.map((b, i) =>
        b.kind === 'h' ? (
          <h4 key={i}>{b.text}</h4>
        ) : b.kind === 'p' ? (
          <p key={i}>{b.text}</p>
        ) : (
          <ul key={i}>
            {b.items.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ),
      )}
    </details>
  );
}
