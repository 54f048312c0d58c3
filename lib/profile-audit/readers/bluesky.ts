/** Bluesky (bsky.app): data-testid hooks from the site's open source. */
import { exists, firstText, pathSegments, safeQuery, safeQueryAll, textOf, textPieces } from './dom';
import { compactPage, type ProfileReader } from './types';

const PROFILE_MARKUP = ['[data-testid="profileHeaderDisplayName"]', '[data-testid="profileView"]'];
const EDIT_PROFILE = ['[data-testid="profileHeaderEditProfileButton"]'];

function profileKey(doc: Document, url: URL): string | null {
  const [first, handle] = pathSegments(url);
  return first === 'profile' && handle && exists(doc, PROFILE_MARKUP) ? handle.toLowerCase() : null;
}

export const blueskyProfileReader: ProfileReader = {
  site: 'bluesky',
  profileKey,
  isOwnProfile(doc, url) {
    return profileKey(doc, url) !== null && exists(doc, EDIT_PROFILE);
  },
  read(doc) {
    const pinned = safeQueryAll(doc, '[data-testid^="feedItem-by-"]').find((item) =>
      textPieces(item).some((piece) => /^(pinned|pinned post|vastgezet|vastgezet bericht)$/i.test(piece)),
    );
    return compactPage({
      site: 'bluesky',
      name: firstText(doc, ['[data-testid="profileHeaderDisplayName"]']),
      bio: firstText(doc, ['[data-testid="profileHeaderDescription"]']),
      pinned: pinned ? textOf(safeQuery(pinned, '[data-testid="postText"]')) : '',
    });
  },
};
