/**
 * Path rules of the request checker: the current shape /{category}/{version}/{resource}, the sunset legacy
 * /api/... paths, and which calls need shop_cipher (TIKTOK_FACTS.md, "Partner API hosts and versions").
 */
import { dx } from '../diagnosis/message';
import type { AddFinding } from './finding';

/** Legacy `/api/...` shutdown (Partner changelog): phased from 2025-07-01, fully 2025-12-31. */
export const LEGACY_SUNSET = { phasedFrom: '2025-07-01', fullyOff: '2025-12-31' } as const;
/** The first version of the current API shape. */
export const FIRST_VERSION = 202309;
/** The current path shape, as the docs write it (a value, not a placeholder, in the messages). */
const SHAPE = '/{category}/{version}/{resource}';

export function checkApiPath(path: string, now: number, add: AddFinding): string | undefined {
  if (path === '/api' || path.startsWith('/api/')) {
    const off = now >= Date.parse(`${LEGACY_SUNSET.fullyOff}T00:00:00Z`);
    add({
      id: 'path',
      level: 'fail',
      title: dx(off ? 'apicheck.path.legacyOff' : 'apicheck.path.legacyGoing', { path }),
      detail: dx('apicheck.path.legacyDetail', {
        from: LEGACY_SUNSET.phasedFrom,
        until: LEGACY_SUNSET.fullyOff,
        shape: SHAPE,
      }),
    });
    return undefined;
  }
  const shape = /^\/([a-z_]+)\/(\d{6})\/(.+)$/.exec(path);
  if (!shape) {
    const looseVersion = /\/(v\d+|\d{6})(\/|$)/i.exec(path)?.[1];
    const copy = dx('apicheck.path.copyFromDocs');
    add({
      id: 'path',
      level: 'fail',
      title: dx('apicheck.path.notShape', { path, shape: SHAPE }),
      detail: looseVersion?.toLowerCase().startsWith('v')
        ? dx('apicheck.join', { first: dx('apicheck.path.notVersion', { version: looseVersion }), second: copy })
        : copy,
    });
    return undefined;
  }
  const version = shape[2] as string;
  add({
    id: 'path',
    level: 'pass',
    title: dx('apicheck.path.current', { category: shape[1] as string, version }),
  });
  const v = Number(version);
  const month = v % 100;
  const d = new Date(now);
  const current = d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
  if (month < 1 || month > 12) {
    add({
      id: 'version',
      level: 'fail',
      title: dx('apicheck.version.notMonth', { version }),
      detail: dx('apicheck.version.notMonthDetail'),
    });
  } else if (v < FIRST_VERSION) {
    add({
      id: 'version',
      level: 'fail',
      title: dx('apicheck.version.old', { version, first: String(FIRST_VERSION) }),
      detail: dx('apicheck.version.oldDetail'),
    });
  } else if (v > current) {
    add({
      id: 'version',
      level: 'fail',
      title: dx('apicheck.version.future', { version }),
      detail: dx('apicheck.version.futureDetail'),
    });
  } else {
    add({
      id: 'version',
      level: 'pass',
      title: dx('apicheck.version.ok', { version }),
      detail: dx('apicheck.version.okDetail'),
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
  const name = 'shop_cipher';
  if (needsShopCipher(category, resource)) {
    add(
      has
        ? { id: 'shop_cipher', level: 'pass', title: dx('apicheck.param.present', { name }) }
        : {
            id: 'shop_cipher',
            level: 'fail',
            title: dx('apicheck.param.missing', { name }),
            detail: dx('apicheck.shopCipher.missingDetail'),
          },
    );
  } else if (has) {
    add({ id: 'shop_cipher', level: 'info', title: dx('apicheck.shopCipher.notNeeded', { category }) });
  }
}
