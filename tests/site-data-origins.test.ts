import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildOrigins,
  computeOrigins,
  hostsFromRows,
  isTikTokOwnedHost,
  MAX_ORIGINS,
  registrableDomain,
  sellerHostsOfMarkets,
  type TabsLike,
} from '@/utils/background/site-data/origins';
import type { ObservedEvent } from '@/utils/model';
import { DoctorDb, mergeEventGroups } from '@/utils/store';

const tabs = (...list: { id?: number; url?: string; active?: boolean }[]): TabsLike => ({
  query: async () => list,
});

describe('TikTok allowlist', () => {
  it.each([
    'seller-us.tiktok.com',
    'seller.us.tiktokglobalshop.com',
    'seller-id.tokopedia.com',
    'sf16-website-login.neutral.ttwstatic.com',
    'lf16-cdn-tos.tiktokcdn-us.com',
    'p16-oec-va.ibyteimg.com',
    'open-api.tiktokglobalshop.com',
  ])('accepts %s', (host) => expect(isTikTokOwnedHost(host)).toBe(true));

  it.each([
    'example.com',
    'www.gstatic.com',
    'evil-tiktok.com',
    'tiktok.com.evil.example',
    'www.tokopedia.com',
    'seller-us.tiktok.com:8443',
    '',
    'tiktok',
  ])('refuses %s', (host) => expect(isTikTokOwnedHost(host)).toBe(false));

  it('names the registrable domain whose cookies Chrome clears', () => {
    expect(registrableDomain('seller-us.tiktok.com')).toBe('tiktok.com');
    expect(registrableDomain('seller.eu.tiktokglobalshop.com')).toBe('tiktokglobalshop.com');
  });
});

describe('hosts the observer saw', () => {
  it('keeps only TikTok hosts loaded by Seller Center pages', () => {
    const seen = hostsFromRows([
      { pageHost: 'seller-uk.tiktok.com', url: 'https://lf16-cdn-tos.tiktokcdn-eu.com/app.js' },
      { pageHost: 'seller-uk.tiktok.com', url: 'https://www.gstatic.com/x.js' },
      { pageHost: 'seller-uk.tiktok.com', url: 'https://example.com/api' },
      { pageHost: 'seller-uk.tiktok.com', url: 'http://insecure.tiktokcdn.com/a.js' },
      { pageHost: 'seller-uk.tiktok.com', url: 'not a url' },
      // a buyer checkout page is not Seller Center
      { pageHost: 'shop.tiktok.com', url: 'https://p16.ibyteimg.com/a.png' },
      { pageHost: 'example.com', url: 'https://p19.ibyteimg.com/a.png' },
    ]);
    expect([...seen.seller]).toEqual(['seller-uk.tiktok.com']);
    expect([...seen.loaded]).toEqual(['lf16-cdn-tos.tiktokcdn-eu.com']);
  });

  it('takes webRequest hosts that are TikTok Shop hosts but not the buyer site', () => {
    const seen = hostsFromRows([
      {
        pageHost: 'open-api.tiktokglobalshop.com',
        url: 'https://open-api.tiktokglobalshop.com/x',
        source: 'webrequest',
      },
      { pageHost: 'www.tiktok.com', url: 'https://www.tiktok.com/shop/x', source: 'webrequest' },
      { pageHost: 'seller-mx.tiktok.com', url: 'https://seller-mx.tiktok.com/api', source: 'webrequest' },
    ]);
    expect([...seen.loaded]).toEqual(['open-api.tiktokglobalshop.com']);
    expect([...seen.seller]).toEqual(['seller-mx.tiktok.com']);
  });
});

describe('origins of the seller market', () => {
  it('defaults to the US Seller Center when nothing was seen', () => {
    const o = buildOrigins([], []);
    expect(o.seller).toEqual(['https://seller-us.tiktok.com', 'https://seller.us.tiktokglobalshop.com']);
    expect(o.loaded).toEqual([]);
    expect(o.cookieDomains).toEqual(['tiktok.com', 'tiktokglobalshop.com']);
  });

  it('adds the other Seller Center hosts of the same market, not Partner Center', () => {
    expect(sellerHostsOfMarkets(['seller-uk.tiktok.com'])).toEqual([
      'seller-uk-accounts.tiktok.com',
      'seller-uk.tiktok.com',
    ]);
    expect(sellerHostsOfMarkets(['seller-us.tiktok.com'])).not.toContain('partner.us.tiktokshop.com');
    expect(sellerHostsOfMarkets(['partner.us.tiktokshop.com'])).toContain('partner.us.tiktokshop.com');
    expect(sellerHostsOfMarkets(['example.com'])).toEqual([]);
  });

  it('never lets a non-TikTok host through, and caps the list', () => {
    const loaded = ['example.com', 'www.gstatic.com', ...Array.from({ length: 40 }, (_, i) => `p${i}.ibyteimg.com`)];
    const o = buildOrigins(['seller-de.tiktok.com', 'example.com'], loaded);
    expect(o.all).toHaveLength(MAX_ORIGINS);
    expect(o.all.slice(0, 2)).toEqual(['https://seller-de-accounts.tiktok.com', 'https://seller-de.tiktok.com']);
    expect(o.all.every((x) => x.startsWith('https://') && isTikTokOwnedHost(new URL(x).hostname))).toBe(true);
    expect(o.all.some((x) => x.includes('example.com') || x.includes('gstatic'))).toBe(false);
  });
});

describe('computeOrigins', () => {
  let n = 0;
  let database: DoctorDb;
  beforeEach(() => {
    database = new DoctorDb(`site-data-origins-${++n}`);
  });

  const event = (pageHost: string, url: string): ObservedEvent => ({
    kind: 'http-error',
    at: Date.now(),
    source: 'page',
    pageHost,
    url,
    status: 500,
  });

  it('joins open seller tabs and stored events', async () => {
    await mergeEventGroups(database, [
      {
        fingerprint: 'f1',
        count: 1,
        firstAt: Date.now(),
        lastAt: Date.now(),
        sample: event('seller-us.tiktok.com', 'https://p16-oec-va.ibyteimg.com/img.png'),
        requestIds: [],
      },
    ]);
    const o = await computeOrigins(
      tabs(
        { id: 1, url: 'https://seller-de.tiktok.com/homepage' },
        { id: 2, url: 'https://example.com/' },
        { url: 'https://seller-fr.tiktok.com/' },
      ),
      database,
    );
    expect(o.seller).toContain('https://seller-de.tiktok.com');
    expect(o.seller).toContain('https://seller-us.tiktok.com');
    expect(o.seller).not.toContain('https://seller-fr.tiktok.com');
    expect(o.loaded).toEqual(['https://p16-oec-va.ibyteimg.com']);
  });

  it('falls back to the default when tabs cannot be read', async () => {
    const o = await computeOrigins({ query: () => Promise.reject(new Error('no')) }, database);
    expect(o.seller[0]).toBe('https://seller-us.tiktok.com');
  });
});
