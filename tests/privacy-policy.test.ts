import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@/components/popup/PrivacyPolicy';

describe('privacy policy shown in the popup help', () => {
  const blocks = parsePolicy(readFileSync('docs/privacy.md', 'utf8'));

  it('keeps headings, paragraphs and lists of docs/privacy.md', () => {
    expect(blocks[0]).toEqual({ kind: 'h', text: 'Privacy policy' });
    expect(blocks.filter((b) => b.kind === 'h').map((b) => b.kind === 'h' && b.text)).toContain('Where it goes');
    const list = blocks.find((b) => b.kind === 'ul');
    expect(list?.kind === 'ul' && list.items.length).toBe(3);
    // a list item wrapped over lines is one item
    expect(list?.kind === 'ul' && list.items[0]).toMatch(/^Errors and failed .* before anything is stored\.$/);
  });

  it('says it is not affiliated with TikTok and that nothing leaves the browser', () => {
    const text = JSON.stringify(blocks);
    expect(text).toContain('not affiliated with or endorsed by TikTok');
    expect(text).toContain('no telemetry');
  });
});
