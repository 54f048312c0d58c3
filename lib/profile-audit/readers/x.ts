/**
 * X (x.com, twitter.com). data-testid values are language-neutral (seen in
 * public extension code, see shared/SITES.md).
 */
import { clean, exists, firstText, pathSegments, safeQuery, safeQueryAll, textOf, textPieces } from './dom';
import { compactPage, type ProfileReader } from './types';

// First path segments that are app pages, not handles.
const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'compose',
  'search',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'bookmarks',
  'communities',
  'premium',
  'account',
]);

const PROFILE_MARKUP = ['[data-testid="UserName"]', '[data-testid="UserDescription"]'];
const EDIT_PROFILE = ['a[href="/settings/profile"]', '[data-testid="editProfileButton"]'];

function handleFromPath(path: string | null): string | null {
  if (!path) return null;
  let segments: string[];
  try {
    segments = pathSegments(new URL(path, 'https://x.com'));
  } catch {
    return null;
  }
  const handle = segments[0];
  if (!handle || RESERVED.has(handle.toLowerCase()) || !/^[A-Za-z0-9_]{1,15}$/.test(handle)) return null;
  return handle.toLowerCase();
}

function profileKey(doc: Document, url: URL): string | null {
  const handle = handleFromPath(url.pathname);
  return handle && exists(doc, PROFILE_MARKUP) ? handle : null;
}

export const xProfileReader: ProfileReader = {
  site: 'x',
  profileKey,
  isOwnProfile(doc, url) {
    const shown = profileKey(doc, url);
    if (!shown) return false;
    const ownLink = safeQuery(doc, 'a[data-testid="AppTabBar_Profile_Link"]');
    if (ownLink) return handleFromPath(ownLink.getAttribute('href')) === shown;
    // No navigation bar (narrow layouts): only the own profile has an edit link.
    return exists(doc, EDIT_PROFILE);
  },
  read(doc) {
    const nameBlock = safeQuery(doc, '[data-testid="UserName"]');
    const name = nameBlock ? (textPieces(nameBlock).find((t) => !t.startsWith('@')) ?? '') : '';
    const pinned = safeQueryAll(doc, 'article[data-testid="tweet"]').find((article) =>
      /pinned|vastgepind|vastgezet/i.test(textOf(safeQuery(article, '[data-testid="socialContext"]'))),
    );
    return compactPage({
      site: 'x',
      name: clean(name),
      bio: firstText(doc, ['[data-testid="UserDescription"]']),
      location: firstText(doc, ['[data-testid="UserLocation"]']),
      website: firstText(doc, ['[data-testid="UserUrl"]']),
      jobTitle: firstText(doc, ['[data-testid="UserProfessionalCategory"]']),
      pinned: pinned ? firstText(pinned, ['[data-testid="tweetText"]']) : '',
    });
  },
};
