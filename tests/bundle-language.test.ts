/**
 * Issue 15: report.html in the seller's language, report.en.html in English beside it when that language is not
 * English, diagnosis.json language-neutral apart from recording which language the report is in.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/utils/bundle';
import { dx } from '@/utils/diagnosis/message';
import type { Diagnosis } from '@/utils/model';
import type { Screenshot } from '@/utils/screenshot/types';
import { bundleData, environment, NOW } from './helpers/bundle-fixtures';
import { type Schema, validate } from './helpers/json-schema';
import { reportLanguage } from './helpers/report-language';

const schema = JSON.parse(readFileSync('docs/diagnosis.schema.json', 'utf8')) as Schema;
const now = new Date(NOW);
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const shot: Screenshot = {
  dataUrl: PNG,
  capturedAt: NOW - 1_000,
  url: 'https://seller-us.tiktok.com/homepage',
  width: 1,
  height: 1,
  method: 'tab-capture',
};
const diagnosis: Diagnosis = {
  at: NOW,
  healthy: false,
  causes: [{ id: 'platform', status: 'likely', score: 2, why: dx('dx.geo.vpn'), evidence: [] }],
};

function unzip(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

/** The bundle of `rows` events and requests with its report in `locale`. */
const reportIn = (locale: Parameters<typeof reportLanguage>[0], rows = 5) =>
  buildBundle({ data: bundleData(rows, rows), diagnosis, environment, now, language: reportLanguage(locale) });

describe('the report in the seller language', () => {
  it('Thai: report.html in Thai, report.en.html in English, both in the zip', async () => {
    const b = await reportIn('th');
    const files = unzip(b.zip);
    expect(Object.keys(files).sort()).toEqual(['diagnosis.json', 'network.har', 'report.en.html', 'report.html']);
    const th = files['report.html'] ?? '';
    const en = files['report.en.html'] ?? '';
    expect(langOf(th)).toBe('th');
    expect(th).toContain('<h1>TikTok Shop Seller Center: รายงานการวินิจฉัย</h1>');
    expect(th).toContain('<h2>สรุป</h2>');
    expect(th).toContain('เร็วกว่า open-api.tiktokglobalshop.com 42 วินาที');
    expect(th).not.toContain('<h2>Summary</h2>');
    // the Thai report points support to the English copy
    expect(th).toContain('<code>report.en.html</code>');
    expect(langOf(en)).toBe('en');
    expect(en).toContain('<h1>TikTok Shop Seller Center: diagnostic report</h1>');
    expect(en).toContain('<h2>Summary</h2>');
    expect(en).not.toMatch(/[\u0E00-\u0E7F]/);
    expect(en).not.toContain('report.en.html');
    expect(b.files['report.en.html']).toBe(en);
    expect(b.sizes['report.en.html']).toBe(new TextEncoder().encode(en).length);
  });

  it('German: plural forms and numbers in German, dates of the tables stay UTC stamps', async () => {
    const b = await reportIn('de');
    const de = b.files['report.html'];
    expect(langOf(de)).toBe('de');
    expect(de).toContain('<h2>Zusammenfassung</h2>');
    expect(de).toMatch(/\d+ Ereignisse/);
    expect(de).toContain('<th>Wann</th>');
    expect(de).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    expect(langOf(b.files['report.en.html'] ?? '')).toBe('en');
  });

  it('diagnosis.json stays language-neutral and records the report language (valid schema)', async () => {
    const th = await reportIn('th', 3);
    const en = await buildBundle({ data: bundleData(3, 3), diagnosis, environment, now });
    expect(validate(th.diagnosis, schema)).toEqual([]);
    expect(th.diagnosis.environment.reportLanguage).toBe('th');
    expect(en.diagnosis.environment.reportLanguage).toBe('en');
    const neutral = (text: string) => text.replace(/"reportLanguage": "\w+"/, '');
    expect(neutral(th.files['diagnosis.json'])).toBe(neutral(en.files['diagnosis.json']));
    expect(th.files['diagnosis.json']).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it('English alone: no report.en.html', async () => {
    for (const language of [reportLanguage('en'), undefined]) {
      const b = await buildBundle({ data: bundleData(2, 2), environment, now, language });
      expect(Object.keys(unzipSync(b.zip)).sort()).toEqual(['diagnosis.json', 'network.har', 'report.html']);
      expect(b.files['report.en.html']).toBeUndefined();
      expect(b.sizes['report.en.html']).toBeUndefined();
      expect(langOf(b.files['report.html'])).toBe('en');
      expect(b.files['report.html']).toContain('<h2>Summary</h2>');
    }
  });

  it('the screenshot goes into both reports after the last redaction pass', async () => {
    const b = await buildBundle({
      data: bundleData(1, 0),
      environment,
      now,
      screenshot: shot,
      language: reportLanguage('ja'),
    });
    for (const file of ['report.html', 'report.en.html'] as const) {
      expect(b.files[file], file).toContain(`<img class="shot" src="${PNG}"`);
      expect(b.files[file], file).not.toContain('tsd-screenshot-slot');
    }
    expect(b.files['report.html']).toContain('画面キャプチャ');
    expect(b.files['report.en.html']).toContain('screen capture');
  });

  it('renders back in the active language afterwards (renderIn restores it)', async () => {
    await buildBundle({ data: bundleData(1, 1), environment, now, language: reportLanguage('de') });
    const after = await buildBundle({ data: bundleData(1, 1), environment, now });
    expect(langOf(after.files['report.html'])).toBe('en');
    expect(after.files['report.html']).toContain('<h2>Summary</h2>');
  });
});
