import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE_PATTERN, BUNDLE_SECTIONS, type Bundle, buildBundle, bundleFileName } from '@/utils/bundle';
import { buildHar } from '@/utils/bundle/har';
import { previewSections } from '@/utils/bundle/preview';
import { createScrubber, redactCapped } from '@/utils/bundle/scrub';
import type { DxMessage } from '@/utils/diagnosis/message';
import { setDictionaries } from '@/utils/i18n/translate';
import type { Diagnosis } from '@/utils/model';
import { readSources } from '../scripts/i18n-assets';
import { bundleData, environment, eventGroup, NOW, REQUEST_ID, requestRecord } from './helpers/bundle-fixtures';
import { checkHar } from './helpers/har-check';
import { type Schema, validate } from './helpers/json-schema';

const schema = JSON.parse(readFileSync('docs/diagnosis.schema.json', 'utf8')) as Schema;

const CLOCK: DxMessage = { key: 'dx.clock.ahead', params: { skew: { key: 'dx.skew.s', params: { s: 42 } } } };
const diagnosis: Diagnosis = {
  at: NOW,
  healthy: false,
  causes: [
    {
      id: 'connectivity',
      status: 'likely',
      score: 2.1,
      why: { key: 'dx.net.dns' },
      evidence: [
        {
          message: {
            key: 'dx.net.page',
            params: {
              phrase: { key: 'dx.net.dns' },
              errors: { key: 'dx.net.errors', params: { errors: 'net::ERR_NAME_NOT_RESOLVED' } },
              target: { key: 'dx.net.target.requests' },
              where: {
                key: 'dx.where',
                params: {
                  spread: { key: 'dx.spread.times', params: { count: 12 } },
                  when: { key: 'dx.when.last.minutes', params: { count: 10 } },
                },
              },
              tail: { key: 'dx.control.ok' },
            },
          },
          weight: 1.5,
          source: 'event',
        },
        { message: CLOCK, weight: 0.6, source: 'probe', ref: 'clock' },
      ],
    },
    {
      id: 'platform',
      status: 'possible',
      score: 0.4,
      why: { key: 'dx.platform.rate-limited', params: { where: { key: 'dx.spread.once' } } },
      evidence: [],
    },
    {
      id: 'cache',
      status: 'clear',
      score: 0,
      why: { key: 'dx.cache.checked.storage', params: { percent: { key: 'dx.percent', params: { value: 3 } } } },
      evidence: [],
    },
  ],
};

const now = new Date(NOW);

function unzip(zip: Uint8Array): Record<string, string> {
  const files = unzipSync(zip);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('buildBundle', () => {
  let bundle: Bundle;
  let files: Record<string, string>;
  beforeAll(async () => {
    bundle = await buildBundle({ data: bundleData(40, 30), diagnosis, environment, now });
    files = unzip(bundle.zip);
  });

  it('names the zip tiktok-shop-diagnostics-YYYYMMDD-HHMMSS.zip and holds the three files', () => {
    expect(bundle.fileName).toMatch(BUNDLE_FILE_PATTERN);
    expect(bundleFileName(new Date(2025, 0, 2, 3, 4, 5))).toBe('tiktok-shop-diagnostics-20250102-030405.zip');
    expect(Object.keys(files).sort()).toEqual(['diagnosis.json', 'network.har', 'report.html']);
  });

  it('writes a diagnosis.json that validates against docs/diagnosis.schema.json', () => {
    const json = JSON.parse(files['diagnosis.json'] ?? '');
    expect(validate(json, schema)).toEqual([]);
    expect(json.schema).toBe('tiktok-shop-diagnostics/1');
    expect(json.generatedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(json.extension.version).toBe('0.1.0');
    expect(json.environment).toMatchObject({
      browser: 'Chrome',
      os: 'Windows 11',
      timeZone: 'America/Los_Angeles',
      clockSkewSeconds: 42,
    });
    expect(json.events).toHaveLength(40);
    expect(json.events[0]).toMatchObject({ at: expect.any(String), kind: expect.any(String) });
    expect(json.probes[0]).toMatchObject({ at: expect.any(String), name: 'clock', outcome: 'warn' });
  });

  it('keeps clean URLs, ids in paths included, unchanged', async () => {
    const data = bundleData(3, 3);
    const b = await buildBundle({ data, environment, now });
    expect(b.diagnosis.events.map((e) => e.url)).toEqual(data.events.map((g) => g.sample.url));
    expect(b.har.log.entries.map((e) => e.request.url).sort()).toEqual(data.requests.map((r) => r.url).sort());
  });

  it('keeps the diagnosis rank order and fills in the causes it did not rank', () => {
    const causes = bundle.diagnosis.causes;
    expect(causes.map((c) => c.id).slice(0, 3)).toEqual(['connectivity', 'platform', 'cache']);
    expect(causes).toHaveLength(9);
    expect(causes.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(causes.slice(3).every((c) => c.status === 'unknown')).toBe(true);
    expect(causes[3]?.why).toBe('Not ranked by the diagnosis.');
    expect(causes[0]?.evidence[0]?.text).toBe(
      'DNS lookup failed (net::ERR_NAME_NOT_RESOLVED) for Seller Center requests 12 times on 1 endpoint in the last 10 minutes while the control host answered',
    );
    expect(bundle.diagnosis.summary.topCauses).toEqual(['connectivity', 'platform']);
    expect(causes[0]?.evidence[1]).toEqual({
      text: "This computer's clock is 42 s ahead of TikTok's; TikTok accepts 5 minutes behind to 30 seconds ahead",
      message: CLOCK,
      weight: 0.6,
      source: 'probe',
      ref: 'clock',
    });
  });

  it('without a diagnosis, lists every cause as unknown and healthy as null (still valid)', async () => {
    const b = await buildBundle({ data: bundleData(2, 2), environment, now });
    expect(b.diagnosis.causes.every((c) => c.status === 'unknown')).toBe(true);
    expect(b.diagnosis.summary.healthy).toBeNull();
    expect(validate(b.diagnosis, schema)).toEqual([]);
  });

  it('writes a structurally valid HAR 1.2 with failures below HTTP as status 0 and _error', () => {
    const har = JSON.parse(files['network.har'] ?? '');
    expect(checkHar(har)).toEqual([]);
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(30);
    const failed = har.log.entries.filter((e: { response: { status: number } }) => e.response.status === 0);
    expect(failed.length).toBe(10);
    for (const e of failed) expect(e.response._error).toBe('net::ERR_NAME_NOT_RESOLVED');
    const withId = har.log.entries.find((e: { _requestId?: string }) => e._requestId);
    expect(withId._requestId).toBe(REQUEST_ID);
    expect(har.log.entries.some((e: { _tiktokCode?: number }) => e._tiktokCode === 36009003)).toBe(true);
    // oldest first, a waterfall
    const times = har.log.entries.map((e: { startedDateTime: string }) => e.startedDateTime);
    expect([...times].sort()).toEqual(times);
  });

  it('derives queryString from the redacted URL, and the structural check catches broken entries', () => {
    const har = buildHar([requestRecord(1, { url: 'https://seller-us.tiktok.com/a?x=1&access_token=abc&y' })], {
      creator: { name: 't', version: '1' },
      scrub: createScrubber(),
    });
    expect(har.log.entries[0]?.request.queryString).toEqual([
      { name: 'x', value: '1' },
      { name: 'access_token', value: '[REDACTED]' },
      { name: 'y', value: '' },
    ]);
    const broken = structuredClone(har) as unknown as { log: { entries: Record<string, unknown>[] } };
    const entry = broken.log.entries[0] as {
      time: number;
      timings: Record<string, number>;
      response: Record<string, unknown>;
    };
    entry.time += 5;
    entry.timings.send = -1;
    entry.response.status = 0;
    entry.response.bogus = 1;
    expect(checkHar(broken).length).toBeGreaterThanOrEqual(4);
  });

  it('writes a report.html with no script, no external resource, every value escaped', async () => {
    const hostile = await buildBundle({
      data: {
        ...bundleData(1, 1),
        events: [eventGroup(0, { kind: 'js-error', message: '<img src=x onerror=alert(1)><script>alert(2)</script>' })],
        requests: [
          requestRecord(0, { url: 'https://seller-us.tiktok.com/"><script src="https://evil.example/x.js"></script>' }),
        ],
      },
      diagnosis,
      environment,
      now,
    });
    const html = hostile.files['report.html'];
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    // Text is escaped as Preact renders it: every `<` (what opens a tag) as &lt;; `>` in text is inert.
    expect(html).toContain('&lt;img src=x onerror=alert(1)>&lt;script>');
    expect(html).not.toMatch(/<img|onerror=alert\(1\)>[^&]*<script/i);
    for (const section of ['summary', 'causes', 'timeline', 'network', 'probes', 'environment', 'history']) {
      expect(html).toContain(`<section id="${section}">`);
    }
    expect(html).toContain('Connection to TikTok');
    expect(html).toContain('42 s ahead of open-api.tiktokglobalshop.com');
    expect(html).toContain('Restarted the router');
  });

  it('leaves out the sections the seller unticked, keeping the three files and a valid schema', async () => {
    const b = await buildBundle({ data: bundleData(10, 10), diagnosis, environment, now, sections: ['probes'] });
    expect(b.diagnosis.events).toEqual([]);
    expect(b.diagnosis.history).toEqual({ sessions: [], clears: [] });
    expect(b.har.log.entries).toEqual([]);
    expect(b.diagnosis.probes.length).toBeGreaterThan(0);
    expect(b.diagnosis.sections).toEqual({ included: ['probes'], omitted: ['events', 'network', 'history'] });
    expect(b.diagnosis.counts.events).toEqual({ included: 0, stored: 10 });
    expect(validate(b.diagnosis, schema)).toEqual([]);
    expect(checkHar(b.har)).toEqual([]);
    expect(Object.keys(unzipSync(b.zip)).sort()).toEqual(['diagnosis.json', 'network.har', 'report.html']);
    expect(b.files['report.html']).toContain('Left out by the seller.');
  });

  it('truncates long strings with a marker, after redaction', async () => {
    const long = `${'x'.repeat(3_000)} password=Hunter2`;
    const b = await buildBundle({
      data: { ...bundleData(0, 0), events: [eventGroup(0, { kind: 'js-error', message: long })] },
      environment,
      now,
    });
    const msg = b.diagnosis.events[0]?.message ?? '';
    expect(msg.length).toBeLessThan(2_100);
    expect(msg).toMatch(/…\[truncated \d+ chars\]$/);
    // a secret split at a cut in a very long input never survives
    const huge = `${'a '.repeat(4_000)}${'Zz9'.repeat(30)}`;
    const cut = redactCapped(huge, 2_000, (s) => s);
    expect(cut).not.toContain('Zz9Zz9');
  });

  it('previews each section from the built (redacted) files', () => {
    const sections = previewSections(bundle);
    expect(sections.map((s) => s.id)).toEqual(['summary', ...BUNDLE_SECTIONS]);
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]));
    expect(byId.events?.count).toBe(40);
    expect(byId.network?.count).toBe(30);
    expect(byId.network?.sample[0]).toContain('seller-us.tiktok.com');
    expect(byId.history?.count).toBe(2);
    expect(byId.summary?.optional).toBe(false);
  });

  it("puts the preview's lines into the seller's words (cause titles, statuses, outcomes), ids and URLs as they are", () => {
    const { messages } = readSources(new URL('..', import.meta.url).pathname);
    const english = previewSections(bundle);
    setDictionaries('de', messages.de, messages.en);
    try {
      const german = previewSections(bundle);
      const summary = german.find((s) => s.id === 'summary')?.sample ?? [];
      const top = bundle.diagnosis.causes[0];
      expect(summary[0]).toContain(messages.de[`cause.${top?.id}.title`] as string);
      expect(summary[0]).toContain(messages.de[`status.${top?.status}`] as string);
      expect(german.find((s) => s.id === 'network')?.sample).toEqual(english.find((s) => s.id === 'network')?.sample);
      for (const line of german.flatMap((s) => s.sample)) expect(line).not.toMatch(/\b(session|cleared site data):/);
    } finally {
      setDictionaries('en', messages.en);
    }
  });
});
