import { describe, expect, it } from 'vitest';
import { readEnvironment } from '@/utils/bundle';
import { clockProbe, environment, NOW } from './helpers/bundle-fixtures';

describe('readEnvironment', () => {
  it('reads browser, OS, locale, time zone and the newest clock skew', () => {
    const env = readEnvironment({
      nav: {
        userAgent: environment.userAgent,
        language: 'id-ID',
        languages: ['id-ID', 'en'],
        onLine: true,
        fullVersionList: [
          { brand: 'Not/A)Brand', version: '8.0.0.0' },
          { brand: 'Chromium', version: '126.0.6478.126' },
          { brand: 'Google Chrome', version: '126.0.6478.126' },
        ],
        platform: 'Windows',
        platformVersion: '15.0.0',
      },
      extensionVersion: '1.2.3',
      probes: [{ ...clockProbe, at: NOW - 90_000, metrics: { ...clockProbe.metrics, skewSeconds: 5 } }, clockProbe],
      timeZone: 'Asia/Jakarta',
    });
    expect(env).toMatchObject({
      browser: 'Chrome',
      version: '126.0.6478.126',
      os: 'Windows 11',
      locale: 'id-ID',
      timeZone: 'Asia/Jakarta',
      clockSkewSeconds: 42,
      clockOutsideWindow: true,
      extensionVersion: '1.2.3',
    });
  });

  it('falls back to the user-agent string (Edge, Firefox, macOS, Android) and null skew when unmeasured', () => {
    const read = (userAgent: string) =>
      readEnvironment({ nav: { userAgent }, extensionVersion: '1', probes: [], timeZone: 'UTC' });
    expect(
      read(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67',
      ),
    ).toMatchObject({ browser: 'Edge', version: '125.0.2535.67', os: 'macOS 10.15.7', clockSkewSeconds: null });
    expect(read('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toMatchObject({
      browser: 'Firefox',
      version: '128.0',
      os: 'Linux',
    });
    expect(
      read(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      ),
    ).toMatchObject({
      browser: 'Chrome',
      os: 'Android 14',
    });
  });
});
