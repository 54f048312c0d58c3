/** Content script for Facebook: in-page checking, see lib/content. */
import { startContentScript } from '../lib/content/start';

export default defineContentScript({
  matches: ['*://*.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, 'facebook');
  },
});
