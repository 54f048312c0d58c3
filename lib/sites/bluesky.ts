/** Bluesky (bsky.app): TipTap/ProseMirror composer; Mod+Enter publishes. */
import { createAdapter } from './adapter';

export const blueskyAdapter = createAdapter({
  site: 'bluesky',
  composers: [
    '.ProseMirror[contenteditable="true"][aria-label="Write post"]',
    '.ProseMirror[contenteditable="true"]',
    '[data-testid="composePostView"] [contenteditable="true"]',
  ],
  postButtons: ['[data-testid="composerPublishBtn"]', 'button[aria-label="Publish post"]'],
});
