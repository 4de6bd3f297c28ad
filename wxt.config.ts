import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildCodeTextAssets } from './scripts/code-text-assets';
import { buildI18nAssets } from './scripts/i18n-assets';
import { buildPrivacyAssets } from './scripts/privacy-assets';
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
const LAZY_BROWSER = fileURLToPath(new URL('./utils/content/lazy-browser.ts', import.meta.url));

// Builds can go to another folder (EXT_OUT_DIR) so that parallel test runs do not overwrite each other.
export default defineConfig({
  outDir: process.env.EXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // EXT_NO_MINIFY=1 keeps names readable, for the bench's per-function view of the page's CPU (bench/README.md).
  vite: () => ({
    plugins: [preact()],
    ...(process.env.EXT_NO_MINIFY === '1' && { build: { minify: false } }),
    ...(process.env.EXT_SOURCEMAP === '1' && { build: { sourcemap: true } }),
  }),
  hooks: {
    // The content scripts' `matches` come from the hosts table here, at build time: WXT bundles an entrypoint's
    // options object with its code, so declaring them in the entrypoint would ship the table into every page.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.options.matches ??= [...CONTENT_MATCHES];
    },
    // Every language's messages, merged from the `locales` folders (scripts/i18n-assets.ts), and the error
    // catalog's phrasebooks (scripts/code-text-assets.ts) ship as data files.
    'build:publicAssets': (wxt, files) => {
      files.push(...buildI18nAssets(wxt.config.root), ...buildCodeTextAssets(wxt.config.root));
      // The privacy policy in every language written so far (scripts/privacy-assets.ts), fetched when opened.
      files.push(...buildPrivacyAssets(wxt.config.root));
    },
    // Content scripts and the extension pages (popup, API doctor) get the native `browser` (Chrome MV3 and Firefox
    // promise what they use: utils/messages.ts), not the polyfill the module above aliases `wxt/browser` to: it would
    // be a third of the page's budget, and about 3.5 KB of the popup's. The background keeps the polyfill.
    // Content scripts also get a lean content-script context (utils/content/script-context.ts) in place of WXT's.
    'vite:build:extendConfig': (entrypoints, config) => {
      const content = entrypoints.every((e) => e.type === 'content-script');
      // The popup's early script (entrypoints/popup-wake.ts) is part of the popup.
      const pages = entrypoints.every(
        (e) =>
          e.type === 'popup' || e.type === 'unlisted-page' || (e.type === 'unlisted-script' && e.name === 'popup-wake'),
      );
      if (!content && !pages) return;
      const alias = config.resolve?.alias;
      const extra = content
        ? [
            { find: 'wxt/utils/content-script-context', replacement: LEAN_CONTEXT },
            // the API looked up when first used, not at start (utils/content/lazy-browser.ts)
            { find: 'wxt/browser', replacement: LAZY_BROWSER },
          ]
        : [];
      if (Array.isArray(alias)) {
        // exactly `wxt/browser` (a string would also take `wxt/browser/...`)
        const exact = extra.map((a) => (a.find === 'wxt/browser' ? { ...a, find: /^wxt\/browser$/ } : a));
        config.resolve = { ...config.resolve, alias: [...alias.filter((a) => a.find !== 'wxt/browser'), ...exact] };
      } else if (alias) {
        const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
        const more = Object.fromEntries(extra.map((a) => [a.find, a.replacement]));
        config.resolve = { ...config.resolve, alias: { ...rest, ...more } };
      }
    },
  },
  // Store packages carry neither build nor test output (the sources zip is what AMO reviewers rebuild from).
  zip: {
    artifactTemplate: 'shop-doctor-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'shop-doctor-{{version}}-sources.zip',
    excludeSources: [
      '.output*/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.tmp/**',
      'coverage/**',
      '**/*.log',
      'docs/store/screenshots/**',
    ],
  },
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (locales/manifest/): the name does not start with someone
    // else's trademark; the description says who it is for, and that it is not TikTok's (132 characters at most).
    name: '__MSG_extName__',
    short_name: PRODUCT_NAME,
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Every permission, why, and what Chrome shows at install: docs/permissions.md. No `proxy` (Chrome warns "Read
    // and change all your data on all websites" for it). `webRequest` is optional: holding it slows every request
    // of every site, so it is asked for only while the seller troubleshoots (utils/permissions/network-recording.ts).
    // issue 18: `notifications` for the opt-in watch; the screenshot of a Seller Center tab (activeTab: the toolbar
    // popup's tab; scripting: a re-render of the page's own DOM when that tab is not the one the toolbar was clicked on).
    permissions: ['storage', 'browsingData', 'alarms', 'cookies', 'notifications', 'activeTab', 'scripting'],
    optional_permissions: ['webRequest'],
    host_permissions: [
      ...SELLER_MATCHES,
      ...CHECKOUT_MATCHES,
      `https://${API_HOST}/*`,
      `https://${AUTH_HOST}/*`,
      ...controlHostPermissions,
      ...cookieDomainPermissions,
    ],
    action: { default_title: PRODUCT_NAME },
    // Firefox builds are MV3 (the MAIN-world hook needs `world: 'MAIN'`, Firefox 128+; the data-collection statement
    // below, Firefox 140+, 142+ on Android: the floor is 140, an ESR). Chrome: a MAIN-world content script declared
    // in the manifest needs Chrome 111.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shop-doctor@tiktok-shop-doctor.local',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (docs/privacy.md); AMO asks every new add-on to say so.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '111' }),
  }),
});
