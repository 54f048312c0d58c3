/** Content script for X (x.com, twitter.com): in-page checking, see lib/content. */
import { startContentScript } from '../lib/content/start';

export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, 'x');
  },
});
