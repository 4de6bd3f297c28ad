import { afterEach, describe, expect, it } from 'vitest';
import { endpointOfUrl } from '@/utils/diagnosis/groups';

// What endpointOfUrl must always answer: the URL parser's host + pathname (Node's URL is the WHATWG parser, as the
// browsers' is), or the text before "?" when it does not parse.
function byParser(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** A small seeded generator, so that a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const RealURL = globalThis.URL;
afterEach(() => {
  globalThis.URL = RealURL;
});

describe('endpointOfUrl', () => {
  it('reads a plain Seller Center URL without the parser', () => {
    // The fast path is the point: with the parser gone, plain URLs still give the right answer.
    globalThis.URL = class {
      constructor() {
        throw new Error('parser called');
      }
    } as unknown as typeof URL;
    expect(endpointOfUrl('https://seller-us.tiktok.com/api/v1/product/list?page=3&shop_cipher=GCP_1')).toBe(
      'seller-us.tiktok.com/api/v1/product/list',
    );
    expect(endpointOfUrl('https://open-api.tiktokglobalshop.com/order/202309/orders/search#x')).toBe(
      'open-api.tiktokglobalshop.com/order/202309/orders/search',
    );
    expect(endpointOfUrl('http://shop.tiktok.com?x=1')).toBe('shop.tiktok.com/');
    expect(endpointOfUrl('https://seller-us.tiktok.com')).toBe('seller-us.tiktok.com/');
  });

  it.each([
    'https://Seller-US.TikTok.com/api/v1/x',
    'https://seller-us.tiktok.com:443/api/v1/x',
    'https://seller-us.tiktok.com:8443/api/v1/x',
    'http://seller-us.tiktok.com:80/a',
    'https://user:pass@seller-us.tiktok.com/a',
    'https://seller-us.tiktok.com/a/./b/../c',
    'https://seller-us.tiktok.com/a/%2e%2E/c',
    'https://seller-us.tiktok.com/.well-known/x',
    'https://seller-us.tiktok.com/a b/c',
    'https://seller-us.tiktok.com/a\\b',
    'https://seller-us.tiktok.com/a^b`c{d}',
    'https://seller-us.tiktok.com/ä/ü',
    'https://seller-us.tiktok.com/a\tb',
    'https://xn--nxasmq6b.com/a',
    'https://xn--invalid-.com/a',
    'https://a.xn--p1ai/a',
    'https://192.168.0.1/a',
    'https://0x7f.1/a',
    'https://a.b.123/a',
    'https://seller.tiktok.com./a',
    'https://a..b/c',
    'https://-a-.b/c',
    'HTTPS://seller-us.tiktok.com/a',
    ' https://seller-us.tiktok.com/a',
    'https://seller-us.tiktok.com/a ',
    'https:seller-us.tiktok.com/a',
    'https:///a',
    'ftp://seller-us.tiktok.com/a',
    'wss://seller-us.tiktok.com/a',
    '/api/v1/relative?x=1',
    'not a url',
    '',
    'https://[::1]/a',
    'https://seller-us.tiktok.com/a%zz/b%41',
    "https://seller-us.tiktok.com/a'b;c=d,e@f:g~h!i$j&k(l)m*n+o",
  ])('agrees with the parser on %j', (url) => {
    expect(endpointOfUrl(url)).toBe(byParser(url));
  });

  it('agrees with the parser on 20,000 generated URLs', () => {
    const r = rng(0x5eed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    const schemes = ['https://', 'http://', 'HTTP://', 'https:/', 'https:', 'ftp://', 'file://', ''];
    const labelChars = 'abcz09-_.AZé';
    const pathChars = 'abcAZ09-._~!$&\'()*+,;=:@%/ \\^`{}|"<>éü\t2eE';
    const label = () =>
      pick(['xn--', '', '', '', '0x', '1']) +
      Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick([...labelChars])).join('');
    const host = () =>
      Array.from({ length: 1 + Math.floor(r() * 3) }, label).join('.') +
      pick(['', '', '', '.', ':443', ':80', ':8443', ':', '@x']);
    const path = () =>
      r() < 0.15
        ? ''
        : Array.from({ length: Math.floor(r() * 14) }, () => pick([...pathChars, '/', '/', '/.', '/..', '%2e'])).join(
            '',
          );
    // Half near-plain (the fast path's shape, sometimes with one character the parser treats differently), half wild.
    const safeLabel = () =>
      pick([...'abcxyz']) + Array.from({ length: Math.floor(r() * 6) }, () => pick([...'abz09-'])).join('');
    const safePath = () =>
      Array.from({ length: Math.floor(r() * 5) }, () =>
        Array.from({ length: Math.floor(r() * 6) }, () => pick([..."az09-_.~!$&'()*+,;=:@%"])).join(''),
      )
        .map((seg) => `/${seg}`)
        .join('');
    const hostile = ['.', '/.', '/..', '%2e', 'A', ' ', '\\', 'é', '\t', ':443', '@', 'xn--', '0', '^', '?', '#'];
    const mutate = (text: string) => {
      const at = Math.floor(r() * (text.length + 1));
      return text.slice(0, at) + pick(hostile) + text.slice(at);
    };
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      let url: string;
      if (r() < 0.5) {
        url = `${pick(['https://', 'http://'])}${Array.from({ length: 1 + Math.floor(r() * 3) }, safeLabel).join('.')}${safePath()}${pick(['', '?q=1', '#f', '?a#b'])}`;
        if (r() < 0.3) url = mutate(url);
      } else {
        const p = path();
        url = `${pick(schemes)}${host()}${p.startsWith('/') || p === '' ? p : `/${p}`}${pick(['', '?q=1', '#f', '?a#b'])}`;
      }
      expect(endpointOfUrl(url), url).toBe(byParser(url));
      if (/^https?:\/\/[a-z][a-z0-9.-]*(\/[\w/-]*)?([?#]|$)/.test(url) && !/\/\.|xn--/.test(url)) plain++;
    }
    // the generator reaches the fast path too, not only the parser's
    expect(plain).toBeGreaterThan(2_000);
  });
});
