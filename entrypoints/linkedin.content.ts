/** Content script for LinkedIn (classic and 2026 page): in-page checking, see lib/content. */
import { startContentScript } from '../lib/content/start';

export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, 'linkedin');
  },
});
