/** X (x.com, twitter.com): Draft.js composers; see shared/SITES.md. */
import { createAdapter } from './adapter';

export const xAdapter = createAdapter({
  site: 'x',
  composers: [
    'div[data-testid^="tweetTextarea_"][role="textbox"]',
    '[data-testid^="tweetTextarea"] textarea', // mobile web
    'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
  ],
  postButtons: ['button[data-testid^="tweetButton"]', '[role="button"][data-testid^="tweetButton"]'],
});
