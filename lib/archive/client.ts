/**
 * Called by content scripts when a post went out through a watched composer.
 * The record is kept only with the user's consent, in the extension's own
 * IndexedDB (via the background), never outside the browser.
 * STUB until issue 8 lands.
 */
import type { Finding } from '../engine/types';
import type { SiteId } from '../storage/settings';

export interface PostedDraft {
  text: string;
  site: SiteId;
  findings: Finding[];
  /** True when the user pressed "Toch plaatsen" on the warning banner. */
  postedAnyway: boolean;
}

export async function recordPostedDraft(_draft: PostedDraft): Promise<void> {}
