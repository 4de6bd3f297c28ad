/**
 * The export in the background (`bundle/build`): the zip crosses the message as base64 and comes back byte for
 * byte; the chosen sections and the preview are the built bundle's.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportForPage } from '@/utils/bundle/export';
import { fromBase64, toBase64 } from '@/utils/bundle/wire';
import { addRequests, DoctorDb, mergeEventGroups } from '@/utils/store';
import { eventGroup, NOW, requestRecord } from './helpers/bundle-fixtures';

describe('base64 for the message', () => {
  it('round-trips every byte value, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 7 + (i >> 8)) % 256);
    const text = toBase64(bytes);
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(fromBase64(text)).toEqual(bytes);
    expect(fromBase64(toBase64(new Uint8Array()))).toEqual(new Uint8Array());
  });
});

// The service worker's navigator (Node 20 has none).
const nav = {
  userAgent: 'Mozilla/5.0 Chrome/140.0.0.0',
  language: 'en-US',
  languages: ['en-US'],
  onLine: true,
} as unknown as Navigator;

describe('exportForPage', () => {
  it('builds from the store: the zip, its name and sizes, and the preview; sections left out stay out', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 't', version: '9.9.9' });
    const database = new DoctorDb('bundle-wire-test');
    // The fixtures' clock is a fixed day; the store's retention counts from today, so the rows are moved to now.
    const shift = Date.now() - NOW;
    const deltas = [eventGroup(1), eventGroup(2)].map((g) => ({
      fingerprint: g.fingerprint,
      sample: { ...g.sample, at: g.sample.at + shift },
      count: g.count,
      firstAt: g.firstAt + shift,
      lastAt: g.lastAt + shift,
      requestIds: g.requestIds,
    }));
    await mergeEventGroups(database, deltas);
    await addRequests(
      database,
      [1, 2].map((i) => ({ ...requestRecord(i), at: requestRecord(i).at + shift })),
    );

    const all = await exportForPage(database, undefined, undefined, nav);
    expect(all.fileName).toMatch(/^tiktok-shop-diagnostics-\d{8}-\d{6}\.zip$/);
    const zip = fromBase64(all.zip);
    expect(zip.length).toBe(all.sizes.zip);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['diagnosis.json', 'network.har', 'report.html']);
    expect(JSON.parse(strFromU8(files['network.har'] as Uint8Array)).log.entries).toHaveLength(2);
    expect(all.preview.find((s) => s.id === 'network')?.count).toBe(2);
    expect(strFromU8(files['diagnosis.json'] as Uint8Array)).toContain('9.9.9');

    const some = await exportForPage(database, ['events', 'probes', 'history'], undefined, nav);
    const har = JSON.parse(strFromU8(unzipSync(fromBase64(some.zip))['network.har'] as Uint8Array));
    expect(har.log.entries).toHaveLength(0);
    expect(some.preview.find((s) => s.id === 'network')?.count ?? 0).toBe(0);
    database.close();
  });
});
