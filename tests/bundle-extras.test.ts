import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Breadcrumb } from '@/utils/breadcrumbs';
import { buildBundle } from '@/utils/bundle';
import { zonedTime } from '@/utils/bundle/report-data';
import type { Screenshot } from '@/utils/screenshot/types';
import { bundleData, environment, eventGroup, NOW } from './helpers/bundle-fixtures';
import { type Schema, validate } from './helpers/json-schema';

const schema = JSON.parse(readFileSync('docs/diagnosis.schema.json', 'utf8')) as Schema;
// A 1x1 PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const crumbs: Breadcrumb[] = [
  { at: NOW - 10 * 60_000, kind: 'navigation', host: 'seller-us.tiktok.com', path: '/product/manage' },
  { at: NOW - 5 * 60_000, kind: 'click', host: 'seller-us.tiktok.com', label: 'Save product' },
];
const shot: Screenshot = {
  dataUrl: PNG,
  capturedAt: NOW - 1_000,
  url: 'https://seller-us.tiktok.com/product/manage?access_token=abcdefSECRETabcdef0123456789ABCDEFabcdef',
  width: 1,
  height: 1,
  method: 'page-render',
};

describe('bundle: breadcrumbs and screenshot (issue 18)', () => {
  it('diagnosis.json holds the breadcrumbs with the failures between them, oldest first, valid', async () => {
    const data = bundleData(3, 0);
    data.events.push({ ...eventGroup(9), firstAt: NOW - 20 * 60_000, lastAt: NOW - 20 * 60_000 });
    const b = await buildBundle({ data, environment, now: new Date(NOW), breadcrumbs: crumbs });
    expect(validate(b.diagnosis, schema)).toEqual([]);
    const kinds = b.diagnosis.breadcrumbs.map((c) => c.kind);
    expect(kinds.slice(0, 2)).toEqual(['navigation', 'click']);
    // the three recent groups at their latest occurrence (and first, when within the window), not the older one
    expect(kinds.filter((k) => k === 'failure')).toHaveLength(5); // 1 + 2 + 2: a single occurrence is one step
    expect(b.diagnosis.breadcrumbs[0]).toEqual({
      at: new Date(NOW - 10 * 60_000).toISOString(),
      kind: 'navigation',
      host: 'seller-us.tiktok.com',
      path: '/product/manage',
    });
    const failures = b.diagnosis.breadcrumbs.filter((c) => c.kind === 'failure').map((c) => c.label);
    expect(failures).toContain('http-error HTTP 503 GET /api/v1/product/local/products/100000/list');
    expect(failures).toContain('network-failure GET /api/v1/product/local/products/100002/list (latest of ×3)');
    expect(failures).toContain('network-failure GET /api/v1/product/local/products/100002/list (first of ×3)');
    const html = b.files['report.html'];
    expect(html).toContain('What happened before');
    expect(html).toContain('Save product');
    expect(b.diagnosis.screenshot).toBeUndefined();
    expect(Object.keys(unzipSync(b.zip)).sort()).toEqual(['diagnosis.json', 'network.har', 'report.html']);
  });

  it('leaving the events out leaves the breadcrumbs out', async () => {
    const b = await buildBundle({
      data: bundleData(3, 0),
      environment,
      now: new Date(NOW),
      breadcrumbs: crumbs,
      sections: ['network'],
    });
    expect(b.diagnosis.breadcrumbs).toEqual([]);
    expect(b.files['report.html']).toContain('No steps recorded');
  });

  it('the screenshot: a file in the zip, recorded in diagnosis.json, shown first in report.html', async () => {
    const b = await buildBundle({ data: bundleData(1, 0), environment, now: new Date(NOW), screenshot: shot });
    const files = unzipSync(b.zip);
    const png = files['screenshot.png'];
    expect(png && Array.from(png.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(validate(b.diagnosis, schema)).toEqual([]);
    expect(b.diagnosis.screenshot).toMatchObject({
      file: 'screenshot.png',
      width: 1,
      height: 1,
      method: 'page-render',
    });
    expect(b.diagnosis.screenshot?.url).not.toContain('SECRET');
    const html = b.files['report.html'];
    expect(html).toContain(`<img class="shot" src="${PNG}"`);
    expect(html.indexOf('id="screenshot"')).toBeLessThan(html.indexOf('id="causes"'));
    // the seller's time zone and UTC
    expect(html).toContain('2025-06-01 04:59:59 PDT (America/Los_Angeles)');
    expect(html).toContain('2025-06-01 11:59:59 UTC');
    expect(html).not.toContain('SECRET');
  });

  it('refuses anything but a PNG or JPEG data URL', async () => {
    await expect(
      buildBundle({
        data: bundleData(1, 0),
        environment,
        screenshot: { ...shot, dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' },
      }),
    ).rejects.toThrow(/PNG or JPEG/);
  });

  it('capture time in an unknown zone falls back to UTC', () => {
    expect(zonedTime('2025-06-01T11:59:59.000Z', 'Not/AZone')).toBe('2025-06-01 11:59:59 UTC');
  });
});
