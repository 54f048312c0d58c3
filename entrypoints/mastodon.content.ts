/**
 * Content script for Mastodon. Instances live on any host, so it is not in the
 * manifest: lib/background/mastodon.ts registers it at run time for the
 * instances the user added and granted (optional host permission).
 * `matches` stays empty so WXT adds no host permission for it.
 */
import { startContentScript } from '../lib/content/start';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, 'mastodon');
  },
});
