/**
 * Path rules of the request checker: the current shape /{category}/{version}/{resource}, the sunset legacy
 * /api/... paths, and which calls need shop_cipher (TIKTOK_FACTS.md, "Partner API hosts and versions").
 */
import type { AddFinding } from './finding';

/** Legacy `/api/...` shutdown (Partner changelog): phased from 2025-07-01, fully 2025-12-31. */
export const LEGACY_SUNSET = { phasedFrom: '2025-07-01', fullyOff: '2025-12-31' } as const;
/** The first version of the current API shape. */
export const FIRST_VERSION = 202309;

export function checkApiPath(path: string, now: number, add: AddFinding): string | undefined {
  if (path === '/api' || path.startsWith('/api/')) {
    const off = now >= Date.parse(`${LEGACY_SUNSET.fullyOff}T00:00:00Z`);
    add({
      id: 'path',
      level: 'fail',
      title: `Legacy path ${path}: the /api/... API is ${off ? 'shut down' : 'being shut down'}.`,
      detail: `TikTok phased out the legacy API from ${LEGACY_SUNSET.phasedFrom}, fully by ${LEGACY_SUNSET.fullyOff}. Move to the current shape /{category}/{version}/{resource}, for example /order/202309/orders/search, with the token in the x-tts-access-token header and shop_cipher in the query.`,
    });
    return undefined;
  }
  const shape = /^\/([a-z_]+)\/(\d{6})\/(.+)$/.exec(path);
  if (!shape) {
    const looseVersion = /\/(v\d+|\d{6})(\/|$)/i.exec(path)?.[1];
    add({
      id: 'path',
      level: 'fail',
      title: `Path ${path} does not have the Partner API shape /{category}/{version}/{resource}.`,
      detail: `${looseVersion?.toLowerCase().startsWith('v') ? `"${looseVersion}" is not a TikTok version; versions are year and month, like 202309. ` : ''}Copy the path from the Partner Center documentation, for example /order/202309/orders/search or /product/202309/products/search.`,
    });
    return undefined;
  }
  const version = shape[2] as string;
  add({ id: 'path', level: 'pass', title: `Path shape is current: category "${shape[1]}", version ${version}.` });
  const v = Number(version);
  const month = v % 100;
  const d = new Date(now);
  const current = d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
  if (month < 1 || month > 12) {
    add({
      id: 'version',
      level: 'fail',
      title: `Version ${version} is not a year and month.`,
      detail: 'Versions look like 202309 (September 2023).',
    });
  } else if (v < FIRST_VERSION) {
    add({
      id: 'version',
      level: 'fail',
      title: `Version ${version} is older than ${FIRST_VERSION}, the first version of the current API.`,
      detail:
        'Use the version the endpoint documents (202309 or later); TikTok answers 36009014 for versions it does not serve.',
    });
  } else if (v > current) {
    add({
      id: 'version',
      level: 'fail',
      title: `Version ${version} is in the future.`,
      detail: 'Use the version the endpoint documents.',
    });
  } else {
    add({
      id: 'version',
      level: 'pass',
      title: `Version ${version} has the right form.`,
      detail:
        'Each endpoint exists in specific versions; if TikTok answers 36009009 or 36009014, check this endpoint\u2019s version in the docs.',
    });
  }
  return version;
}

export function needsShopCipher(category: string, resource: string): boolean {
  if (category === 'authorization' || category === 'seller') return false;
  if (category === 'product' && (/^global_products\b/.test(resource) || /(^|\/)(images|files)\/upload$/.test(resource)))
    return false;
  return true;
}

export function checkShopCipher(
  category: string,
  resource: string,
  q: (k: string) => string | undefined,
  add: AddFinding,
): void {
  const has = q('shop_cipher');
  if (needsShopCipher(category, resource)) {
    add(
      has
        ? { id: 'shop_cipher', level: 'pass', title: 'shop_cipher is present.' }
        : {
            id: 'shop_cipher',
            level: 'fail',
            title: 'shop_cipher is missing from the query.',
            detail:
              'Shop calls need shop_cipher (TikTok answers 106013 without it). Get it from GET /authorization/202309/shops, once per shop, and keep it with the shop.',
          },
    );
  } else if (has) {
    add({
      id: 'shop_cipher',
      level: 'info',
      title: `shop_cipher is not needed on /${category}/... calls of this kind (harmless, but it is signed).`,
    });
  }
}
