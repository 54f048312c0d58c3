/** Content script for Bluesky (bsky.app): in-page checking, see lib/content. */
import { startContentScript } from '../lib/content/start';

export default defineContentScript({
  matches: ['*://bsky.app/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx, 'bluesky');
  },
});
