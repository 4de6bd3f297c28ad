import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildI18nAssets } from './scripts/i18n-assets';
import {
  API_HOST,
  AUTH_HOST,
  CHECKOUT_MATCHES,
  CONTENT_MATCHES,
  DEFAULT_CONTROL_URLS,
  SELLER_HOSTS,
  SELLER_MATCHES,
} from './utils/facts/hosts';
import { PRODUCT_NAME } from './utils/product';

const controlHostPermissions = DEFAULT_CONTROL_URLS.map((u) => `${new URL(u).origin}/*`);
// The cookies API shows a cookie only with host permission for its domain: Seller Center's cookies are set on the
// parent domain (Domain=tiktok.com), so the bare parent domains are needed (exactly them, not their subdomains).
const cookieDomainPermissions = [
  ...new Set(SELLER_HOSTS.map((h) => `https://${h.host.split('.').slice(-2).join('.')}/*`)),
];

const LEAN_CONTEXT = fileURLToPath(new URL('./utils/content/script-context.ts', import.meta.url));

// Builds can go to another folder (EXT_OUT_DIR) so that parallel test runs do not overwrite each other.
export default defineConfig({
  outDir: process.env.EXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content scripts' `matches` come from the hosts table here, at build time: WXT bundles an entrypoint's
    // options object with its code, so declaring them in the entrypoint would ship the table into every page.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.options.matches ??= [...CONTENT_MATCHES];
    },
    // Every language's messages, merged from the `locales` folders (scripts/i18n-assets.ts), ship as data files.
    'build:publicAssets': (wxt, files) => {
      files.push(...buildI18nAssets(wxt.config.root));
    },
    // Content scripts get the native `browser` (Chrome MV3 and Firefox promise what they use: utils/messages.ts),
    // not the polyfill the module above aliases `wxt/browser` to: it would be a third of the page's budget.
    // They also get a lean content-script context (utils/content/script-context.ts) in place of WXT's.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const leanContext = { find: 'wxt/utils/content-script-context', replacement: LEAN_CONTEXT };
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: [...alias.filter((a) => a.find !== 'wxt/browser'), leanContext] };
      } else if (alias) {
        const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
        config.resolve = { ...config.resolve, alias: { ...rest, [leanContext.find]: LEAN_CONTEXT } };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: PRODUCT_NAME,
    short_name: 'Shop Doctor',
    description:
      'Tells TikTok Shop sellers why Seller Center misbehaves, walks them to a fix and exports a support bundle. Local only.',
    // `proxy` (read the proxy mode) cannot be optional in Chrome; Firefox asks for it only when needed.
    permissions: [
      'storage',
      'browsingData',
      'webRequest',
      'alarms',
      'cookies',
      // issue 18: watch notifications; the screenshot of a Seller Center tab (activeTab: the toolbar popup's tab,
      // scripting: a re-render of the page's own DOM when that tab is not the one the toolbar was clicked on)
      'notifications',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['proxy']),
    ],
    optional_permissions: browser === 'firefox' ? ['proxy'] : [],
    host_permissions: [
      ...SELLER_MATCHES,
      ...CHECKOUT_MATCHES,
      `https://${API_HOST}/*`,
      `https://${AUTH_HOST}/*`,
      ...controlHostPermissions,
      ...cookieDomainPermissions,
    ],
    action: { default_title: PRODUCT_NAME },
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
