import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import pkg from './package.json' with { type: 'json' };
import { localeSubsetVitePlugin } from './scripts/lib/locale-subset-plugin';
import { ruleDataVitePlugin } from './scripts/lib/rule-data-plugin';

// Hosts the content scripts run on. Kept in one place so the manifest's host
// access and the adapters agree (Mastodon instances are added at run time
// through an optional host permission, see README).
export const SITE_HOSTS = [
  '*://x.com/*',
  '*://twitter.com/*',
  '*://*.facebook.com/*',
  '*://*.linkedin.com/*',
  '*://bsky.app/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets', // icons and _locales are copied as they are,
  // PIKETPAAL_OUT lets parallel builds (e.g. several developers on one machine) use their own folder.
  outDir: process.env.PIKETPAAL_OUT ?? '.output',
  vite: () => ({
    // ruleDataVitePlugin: ships the rule data compacted and packed (engine + packs ~490 KB -> ~250 KB).
    // localeSubsetVitePlugin: content scripts and background carry only the UI strings they name.
    plugins: [preact(), ruleDataVitePlugin(), localeSubsetVitePlugin()],
    build: {
      target: 'es2022',
      // No modulepreload polyfill: it is the only fetch() in the build (see
      // scripts/check-built-code.mjs), and every supported browser preloads natively.
      modulePreload: { polyfill: false },
      // Maps only for measuring (scripts/lib/size-by-source.mjs, with PIKETPAAL_OUT elsewhere): none ship.
      sourcemap: process.env.PIKETPAAL_SOURCEMAP === '1',
    },
  }),
  // Sources zip for AMO review: WXT already leaves out node_modules, dot folders
  // (.output*, .wxt, .git) and *.test/*.spec files; also leave out local test
  // artefacts and generated fixture bundles (all gitignored).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'tests/fixtures/sites/dist/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    version: pkg.version,
    // storage: settings and packs. Nothing else; see README "Permissions".
    // scripting: registers the Mastodon content script for the instances the user granted (README).
    permissions: ['storage', 'scripting'],
    host_permissions: SITE_HOSTS,
    // Mastodon runs on any host: the user grants one instance at a time.
    optional_host_permissions: ['https://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions (WXT does not carry it over): there the
          // same grant for a Mastodon instance is an optional permission.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'piketpaal@piketpaal.nl',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Central configuration by an IT department (Chrome policy "3rdparty"); Firefox reads
          // managed storage from policies.json without a schema. See docs/policies/.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
