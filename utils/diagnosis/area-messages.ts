import type { INDEX_AREAS } from '../facts/error-codes.index';
import type { MessageKey } from '../i18n/keys';

/** The message of each catalog area's label, for evidence lines of codes without a hand-written meaning. */
export const AREA_MESSAGES: Readonly<Record<(typeof INDEX_AREAS)[number], MessageKey>> = {
  credentials: 'dx.area.credentials',
  authorization: 'dx.area.authorization',
  signing: 'dx.area.signing',
  permissions: 'dx.area.permissions',
  'shop-identity': 'dx.area.shop-identity',
  'account-status': 'dx.area.account-status',
  onboarding: 'dx.area.onboarding',
  'rate-limit': 'dx.area.rate-limit',
  server: 'dx.area.server',
  clock: 'dx.area.clock',
  'ip-allowlist': 'dx.area.ip-allowlist',
  endpoint: 'dx.area.endpoint',
  request: 'dx.area.request',
  product: 'dx.area.product',
  category: 'dx.area.category',
  inventory: 'dx.area.inventory',
  media: 'dx.area.media',
  brand: 'dx.area.brand',
  restricted: 'dx.area.restricted',
  finance: 'dx.area.finance',
  fulfillment: 'dx.area.fulfillment',
  orders: 'dx.area.orders',
  returns: 'dx.area.returns',
  promotion: 'dx.area.promotion',
  affiliate: 'dx.area.affiliate',
  'customer-service': 'dx.area.customer-service',
};
