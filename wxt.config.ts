import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  API_HOST,
  AUTH_HOST,
  CHECKOUT_MATCHES,
  DEFAULT_CONTROL_URLS,
  SELLER_HOSTS,
  SELLER_MATCHES,
} from './utils/facts/hosts';

const controlHostPermissions = DEFAULT_CONTROL_URLS.map((u) => `${new URL(u).origin}/*`);
// The cookies API shows a cookie only with host permission for its domain: Seller Center's cookies are set on the
// parent domain (Domain=tiktok.com), so the bare parent domains are needed (exactly them, not their subdomains).
const cookieDomainPermissions = [
  ...new Set(SELLER_HOSTS.map((h) => `https://${h.host.split('.').slice(-2).join('.')}/*`)),
];

// Builds can go to another folder (EXT_OUT_DIR) so that parallel test runs do not overwrite each other.
export default defineConfig({
  outDir: process.env.EXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts get the native `browser` (Chrome MV3 and Firefox promise what they use: utils/messages.ts),
    // not the polyfill the module above aliases `wxt/browser` to: it would be a third of the page's budget.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((a) => a.find !== 'wxt/browser') };
      } else if (alias) {
        const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
        config.resolve = { ...config.resolve, alias: rest };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Shop Doctor for TikTok Shop sellers',
    short_name: 'Shop Doctor',
    // The name does not start with someone else's trademark; the description says who it is for, and that it is
    // not TikTok's (Chrome allows 132 characters).
    description:
      'For TikTok Shop sellers: why Seller Center misbehaves, a guided fix, a support bundle. Not affiliated with or endorsed by TikTok.',
    // Every permission, why, and what Chrome shows at install: docs/permissions.md. No `proxy` (Chrome warns "Read
    // and change all your data on all websites" for it). `webRequest` is optional: holding it slows every request
    // of every site, so it is asked for only while the seller troubleshoots (utils/permissions/network-recording.ts).
    permissions: ['storage', 'browsingData', 'alarms', 'cookies'],
    optional_permissions: ['webRequest'],
    host_permissions: [
      ...SELLER_MATCHES,
      ...CHECKOUT_MATCHES,
      `https://${API_HOST}/*`,
      `https://${AUTH_HOST}/*`,
      ...controlHostPermissions,
      ...cookieDomainPermissions,
    ],
    action: { default_title: 'Shop Doctor' },
    // Firefox builds are MV3 (the MAIN-world hook needs `world: 'MAIN'`, Firefox 128+).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'shop-doctor@tiktok-shop-doctor.local', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
