import { describe, expect, it } from 'vitest';
import { cookieFigures, formatBytes, storageFigures } from '@/utils/background/site-data/format';
import { buildRemoval } from '@/utils/background/site-data/options';

const origins = ['https://seller-us.tiktok.com', 'https://seller.us.tiktokglobalshop.com', 'https://p16.ibyteimg.com'];

describe('removal options', () => {
  it('Chrome: origins filter, six site-data types, cookies off by default', () => {
    const r = buildRemoval('chrome', origins);
    expect(r.options).toEqual({ origins });
    expect(r.dataTypes).toEqual({
      cache: true,
      cacheStorage: true,
      indexedDB: true,
      localStorage: true,
      serviceWorkers: true,
      fileSystems: true,
    });
    expect(r.dataTypes).not.toHaveProperty('cookies');
    expect(r.unsupported).toEqual([]);
  });

  it('adds cookies only when asked', () => {
    expect(buildRemoval('chrome', origins, true).dataTypes.cookies).toBe(true);
    expect(buildRemoval('chrome', origins, true).types.at(-1)).toBe('cookies');
  });

  it('Firefox: bare hostnames, and the types it cannot filter are reported, not sent', () => {
    const r = buildRemoval('firefox', [...origins, 'https://seller-us.tiktok.com'], true);
    expect(r.options).toEqual({
      hostnames: ['seller-us.tiktok.com', 'seller.us.tiktokglobalshop.com', 'p16.ibyteimg.com'],
    });
    expect(r.options).not.toHaveProperty('origins');
    expect(Object.keys(r.dataTypes).sort()).toEqual([
      'cache',
      'cookies',
      'indexedDB',
      'localStorage',
      'serviceWorkers',
    ]);
    expect(r.unsupported).toEqual(['cacheStorage', 'fileSystems']);
  });

  it('refuses to build a removal without origins (an empty filter would mean everything)', () => {
    expect(() => buildRemoval('chrome', [])).toThrow();
    expect(() => buildRemoval('firefox', [])).toThrow();
  });
});

describe('figures', () => {
  it('formats bytes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(30 * 1024 * 1024)).toBe('30 MB');
    expect(formatBytes(null)).toBe('unknown');
  });

  it('says "not measured" for origins nobody could measure', () => {
    const o = 'https://seller-us.tiktok.com';
    const report = {
      origin: o,
      at: 1,
      usage: 2048,
      quota: null,
      cacheNames: 1,
      indexedDbs: 2,
      serviceWorkers: 0,
      localStorageKeys: 3,
    };
    const record = {
      at: 1,
      ok: true,
      origins: [o, 'https://seller.us.tiktokglobalshop.com'],
      includeCookies: false,
      dataTypes: [],
      durationMs: 1,
      before: [report],
      after: [{ ...report, usage: 0, cacheNames: 0, indexedDbs: 0, localStorageKeys: 0 }],
      cookiesBefore: 4,
      cookiesAfter: 4,
      cookieBytesBefore: 100,
      cookieBytesAfter: 100,
    };
    const [us, global] = storageFigures(record, record.origins);
    expect(us?.rows?.find((r) => r.label === 'localStorage keys')).toEqual({
      label: 'localStorage keys',
      before: '3',
      after: '0',
    });
    expect(us?.rows?.[0]).toEqual({ label: 'storage used', before: '2.0 KB', after: '0 B' });
    expect(global?.rows).toBeUndefined();
    expect(cookieFigures(record)).toEqual({
      label: 'tiktok.com, tiktokglobalshop.com and subdomains',
      before: '4 (100 B)',
      after: '4 (100 B)',
    });
    expect(cookieFigures({ ...record, cookiesBefore: undefined, cookiesAfter: undefined })).toBeUndefined();
  });
});
