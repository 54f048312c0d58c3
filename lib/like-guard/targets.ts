/**
 * Where the like, repost and share buttons are, per site, and how to find the
 * post they belong to. Selectors are data with fallbacks (first: seen on the
 * live site, see shared/SITES.md; "guess" marks unconfirmed ones).
 */
import type { SiteId } from '../storage/settings';

export type ActionKind = 'like' | 'share';

export interface LikeTargets {
  /** Buttons that like a post, page or group (not the "unlike" state). */
  like: string[];
  /** Buttons that repost or share it. */
  share: string[];
  /** Containers of one post, innermost first. */
  post: string[];
  /** The post's own text inside its container; the container's text when none matches. */
  text: string[];
}

export const LIKE_TARGETS: Record<SiteId, LikeTargets> = {
  x: {
    like: ['[data-testid="like"]'], // liked posts show data-testid="unlike" (seen)
    share: ['[data-testid="retweet"]'], // opens the repost menu (seen)
    post: ['article[data-testid="tweet"]', 'article'],
    text: ['[data-testid="tweetText"]'],
  },
  facebook: {
    // Labels are localised; the Dutch ones are guesses. "Remove Like" is not matched (already liked).
    like: ['[role="button"][aria-label="Like"]', '[role="button"][aria-label="Vind ik leuk"]'],
    share: ['[role="button"][aria-label="Share"]', '[role="button"][aria-label="Delen"]'],
    post: ['[role="article"]', '[role="main"]'],
    text: [
      '[data-ad-rendering-role="story_message"]',
      '[data-ad-preview="message"]',
      '[data-ad-comet-preview="message"]',
    ],
  },
  linkedin: {
    like: [
      'button.react-button__trigger[aria-pressed="false"]', // v1 (seen)
      'button[data-view-name="reaction-button"]:not([aria-pressed="true"])', // v2 (seen)
    ],
    share: ['button.social-reshare-button', 'button[data-view-name="feed-reshare-button"]' /* v2: guess */],
    post: [
      '.feed-shared-update-v2',
      '[data-urn]',
      '[data-view-name="feed-full-update"]',
      '[role="article"]',
      'article',
    ],
    text: ['.update-components-text', '.feed-shared-inline-show-more-text', '[data-view-name="feed-commentary"]'],
  },
  bluesky: {
    like: ['[data-testid="likeBtn"]'], // same test id when liked: the label says "Unlike" then (checked below)
    share: ['[data-testid="repostBtn"]'],
    post: ['[data-testid^="feedItem-by-"]', '[data-testid^="postThreadItem-by-"]'],
    text: ['[data-testid="postText"]'],
  },
  mastodon: {
    like: ['.status__action-bar button.star-icon:not(.active)'],
    share: ['.status__action-bar button.boost-icon:not(.active)', '.status__action-bar button[title="Boost"]'],
    post: ['.status', 'article'],
    text: ['.status__content'],
  },
};

/** A button already in its "liked" state: pressing it undoes the like, which needs no question. */
export function isAlreadyActive(button: Element): boolean {
  if (button.getAttribute('aria-pressed') === 'true') return true;
  const label = button.getAttribute('aria-label') ?? '';
  return /^(unlike|remove like|undo repost)|niet meer leuk|ongedaan/i.test(label);
}
