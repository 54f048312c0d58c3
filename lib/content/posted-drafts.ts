/**
 * Hands each post that went out through a watched composer to the archive
 * (start.ts passes lib/archive's recordPostedDraft, which adds the site).
 * The archive is optional: whatever it throws, posting never depends on it.
 */
import type { PostedDraft } from '../archive/client';

/** A post as the in-page parts see it; start.ts knows the site. */
export type PostedDraftOnPage = Omit<PostedDraft, 'site'>;

export type RecordPosted = (draft: PostedDraftOnPage) => void;

/** Wraps the archive's callback so that a throwing archive can never stop a post. */
export function postedDraftRecorder(onPosted?: RecordPosted): RecordPosted {
  return (draft) => {
    try {
      onPosted?.(draft);
    } catch {
      // The archive is optional; posting never depends on it.
    }
  };
}
