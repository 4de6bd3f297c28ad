/**
 * The leak corpus (tests/helpers/leak-corpus.ts) through the redactor as the extension runs it: the content script
 * (learning from the request's cookie, URL, headers and body, then converting and scrubbing its batch), the
 * background (redacting again, by value and the rarer shapes) and the export (every file, by value once more).
 * No sample may survive; everything support needs must. Also: hostile input costs linear time.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber, scrubTree } from '@/utils/bundle/scrub';
import type { Batch } from '@/utils/content/collector';
import { convertItem, plainText } from '@/utils/content/to-events';
import type { RequestItem } from '@/utils/hook/wire';
import type { ObservedEvent } from '@/utils/model';
import { redactText } from '@/utils/redact';
import { scrubBatch } from '@/utils/redact/batch';
import { learnCookies, learnItem } from '@/utils/redact/learn';
import { isCard, redactFully } from '@/utils/redact/shapes';
import { isMemorable, SecretMemory } from '@/utils/redact/values';
import { KEEP, KEEP_MESSAGE, LEAK_SAMPLES, type LeakSample, leakForms, plant } from './helpers/leak-corpus';

const PAGE = { url: 'https://seller-us.tiktok.com/homepage', host: 'seller-us.tiktok.com' };

/** One sample planted in one page, through content script, background and export; the exported text. */
function throughExtension(s: LeakSample, worker = new SecretMemory()): string {
  const p = plant(s);
  const page = new SecretMemory();
  if (p.cookie) learnCookies(p.cookie.split(';')[0] ?? '', page);
  const item: RequestItem = {
    t: 'r',
    m: p.method,
    u: p.url,
    s: 401,
    d: 12,
    c: 105002,
    msg: p.message,
    rid: KEEP.requestId,
    h: Object.entries(p.headers),
    b: p.body,
    n: 1,
    a: 1,
    z: 2,
  };
  learnItem(item, page);
  const converted = convertItem(item, PAGE, page);
  if (!converted?.record) throw new Error('no event');
  const event = (kind: ObservedEvent['kind'], message: string): ObservedEvent => ({
    kind,
    at: 2,
    source: 'page',
    pageHost: PAGE.host,
    message: plainText(message, page),
  });
  const events = [
    converted.event,
    event('console-error', p.console.join(' ')),
    event('console-error', p.stack),
    event('toast', p.toast),
    event('console-error', KEEP_MESSAGE),
  ];
  const batch: Batch = {
    groups: events.map((e, i) => ({
      fingerprint: `f${i}`,
      count: 1,
      firstAt: 1,
      lastAt: 2,
      sample: e,
      requestIds: [],
    })),
    requests: [converted.record],
  };
  // the content script's send, then the background's intake
  const sent = JSON.parse(page.scrub(JSON.stringify(batch))) as Batch;
  const stored = scrubBatch(sent, worker, true);
  // the export: every string again, then the whole file by value
  const scrub = createScrubber();
  return scrub.final(JSON.stringify(scrubTree(stored, scrub)));
}

describe('leak corpus', () => {
  it('has at least 60 samples of distinct formats and ids', () => {
    expect(LEAK_SAMPLES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LEAK_SAMPLES.map((s) => s.id)).size).toBe(LEAK_SAMPLES.length);
    expect(new Set(LEAK_SAMPLES.map((s) => s.value)).size).toBe(LEAK_SAMPLES.length);
    for (const s of LEAK_SAMPLES) expect(s.id).toMatch(/^[a-z-]+$/);
  });

  it.each(LEAK_SAMPLES.map((s) => [s.id, s] as const))('%s appears nowhere, in any place', (_id, s) => {
    const out = throughExtension(s);
    for (const form of leakForms(s.value)) expect(out.includes(form), `${s.id} leaks ${form} in ${out}`).toBe(false);
    for (const kept of Object.values(KEEP)) expect(out, `${s.id} lost ${kept}`).toContain(kept);
  });

  it('one worker memory across all samples still keeps what support needs', () => {
    const worker = new SecretMemory();
    for (const s of LEAK_SAMPLES) {
      const out = throughExtension(s, worker);
      for (const kept of Object.values(KEEP)) expect(out).toContain(kept);
    }
  });

  it('keeps the keep-list through every pass', () => {
    const mem = new SecretMemory();
    expect(redactFully(redactText(KEEP_MESSAGE, mem), mem)).toBe(KEEP_MESSAGE);
  });
});

describe('redaction by value', () => {
  it('replaces a remembered value wherever it stands alone, not inside a longer word', () => {
    const mem = new SecretMemory();
    mem.learn('Kx8Lm2Qp');
    expect(mem.scrub('rt Kx8Lm2Qp expired; (Kx8Lm2Qp) "Kx8Lm2Qp"')).toBe(
      'rt [REDACTED] expired; ([REDACTED]) "[REDACTED]"',
    );
    expect(mem.scrub('aKx8Lm2Qp Kx8Lm2Qp9')).toBe('aKx8Lm2Qp Kx8Lm2Qp9');
  });

  it('remembers percent-decoded and encoded forms, and what a query, header or cookie held', () => {
    const mem = new SecretMemory();
    redactText('GET https://x.test/a?refresh_token=ab%2Bcd%2F12 failed', mem);
    expect(mem.scrub('token ab+cd/12 and ab%2Bcd%2F12')).toBe('token [REDACTED] and [REDACTED]');
    learnCookies('lang=en; sid_guard=zz9Qx7Lm; theme=dark', mem);
    expect(mem.scrub('sid zz9Qx7Lm; lang en; theme dark')).toBe('sid [REDACTED]; lang en; theme dark');
  });

  it('does not remember what is too short or too common: codes, numbers, words, request ids', () => {
    for (const v of ['abc12', '36009004', '576461413038785752', 'refresh', 'logged_in', KEEP.requestId, '2024-01-15'])
      expect(isMemorable(v), v).toBe(false);
    for (const v of ['at8Kd93hQz', 'Hunter2-fake', '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098'])
      expect(isMemorable(v)).toBe(true);
    const mem = new SecretMemory();
    redactText('https://x.test/a?code=36009004&state=active&password=abc', mem);
    expect(mem.size).toBe(0);
  });

  it('is bounded: the oldest values go first', () => {
    const mem = new SecretMemory(3);
    for (const v of ['Aa11111', 'Bb22222', 'Cc33333', 'Dd44444']) mem.learn(v);
    expect(mem.size).toBe(3);
    expect(mem.scrub('Aa11111 Dd44444')).toBe('Aa11111 [REDACTED]');
  });
});

describe('shapes', () => {
  it('knows cards by network, length and Luhn; ids are not cards', () => {
    expect(isCard('4111 1111 1111 1111')).toBe(true);
    expect(isCard('4111 1111 1111 1112')).toBe(false);
    for (const id of ['576461413038785752', '1729384756129384123', '1729384756129384', '1700000000123'])
      expect(isCard(id), id).toBe(false);
  });

  it('takes an announced value only when it looks secret', () => {
    expect(redactFully('access token is expired, please refresh it')).toBe(
      'access token is expired, please refresh it',
    );
    expect(redactFully('token refresh failed for order 576461413038785752')).toBe(
      'token refresh failed for order 576461413038785752',
    );
    expect(redactFully('rt 9f8e7d6c5b has expired')).toBe('rt [REDACTED] has expired');
    expect(redactFully('otp 482913 rejected')).toBe('otp [REDACTED] rejected');
    expect(redactFully('sidebar1234 toggled, tokenize abc123def')).toBe('sidebar1234 toggled, tokenize abc123def');
  });

  it('finishes fast on hostile 100 KB input', () => {
    const hostile = [
      'a'.repeat(100_000),
      'a-'.repeat(50_000),
      'token '.repeat(17_000),
      `token${' '.repeat(100_000)}x`,
      '4 '.repeat(50_000),
      '4'.repeat(100_000),
      '-----BEGIN '.repeat(9_000),
      `-----BEGIN PRIVATE KEY-----${'A'.repeat(100_000)}`,
      'a@'.repeat(50_000),
      'x=1&'.repeat(25_000),
      `https://x.test/${'a/'.repeat(50_000)}`,
      'Cookie: a=1; '.repeat(8_000),
      `https://x.test/${'%41/'.repeat(30_000)}`,
      '0'.repeat(100_000),
      '+1 '.repeat(33_000),
    ];
    const mem = new SecretMemory();
    for (let i = 0; i < 200; i++) mem.learn(`Secret${i}xQ`);
    for (const h of hostile) {
      const t0 = performance.now();
      redactFully(h, mem);
      const ms = performance.now() - t0;
      expect(ms, `${h.slice(0, 20)}... took ${ms} ms`).toBeLessThan(1_000);
    }
  });
});
