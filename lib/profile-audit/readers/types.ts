import type { ProfilePage } from '../../engine/types';
import type { SiteId } from '../../storage/settings';

/**
 * Reads one site's profile page. Selectors are kept as data with fallbacks in
 * each reader; when a site changes its markup the reader finds nothing and the
 * audit says so, rather than guessing.
 */
export interface ProfileReader {
  site: SiteId;
  /**
   * Which profile this URL shows (handle, slug or id, lower case), or null when
   * the page is not a profile page or the profile has not rendered yet.
   */
  profileKey(doc: Document, url: URL): string | null;
  /** True only when the profile shown is the signed-in user's own. */
  isOwnProfile(doc: Document, url: URL): boolean;
  /** The profile fields the audit reads; absent fields are left out. */
  read(doc: Document, url: URL): ProfilePage;
}

/** Drops empty fields so the report lists only what was actually read. */
export function compactPage(page: ProfilePage): ProfilePage {
  const out: ProfilePage = {};
  for (const [key, value] of Object.entries(page) as [keyof ProfilePage, string | undefined][]) {
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}
