/**
 * Facebook. Class names are hashed; the profile intro has no stable hook, so
 * it is read by structure: the "Intro" heading and the lines under it.
 * Own profile (guess, see shared/SITES.md): the account link in the top bar or
 * navigation points at this profile, or an "Edit profile" control is shown.
 */
import { exists, pathSegments, safeQuery, safeQueryAll, textOf, textPieces } from './dom';
import { compactPage, type ProfileReader } from './types';

const RESERVED = new Set([
  'home.php',
  'groups',
  'watch',
  'marketplace',
  'gaming',
  'events',
  'pages',
  'friends',
  'messages',
  'notifications',
  'settings',
  'bookmarks',
  'saved',
  'reel',
  'reels',
  'stories',
  'photo',
  'photo.php',
  'photos',
  'permalink.php',
  'story.php',
  'search',
  'hashtag',
  'login',
  'login.php',
  'help',
  'privacy',
  'policies',
  'ads',
  'business',
]);

const EDIT_PROFILE = ['[role="main"] [aria-label="Edit profile"]', '[role="main"] [aria-label="Profiel bewerken"]'];

/** "id:123" for profile.php?id=123 and /people/Name/123, else the user name, lower case. */
export function facebookProfileKey(href: string | null): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com');
  } catch {
    return null;
  }
  if (!/(^|\.)facebook\.com$/.test(url.hostname)) return null;
  const segments = pathSegments(url);
  const first = segments[0]?.toLowerCase();
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id ? `id:${id}` : null;
  }
  if (first === 'people' && segments[2]) return `id:${segments[2]}`;
  if (!first || RESERVED.has(first) || !/^[a-z0-9.]{5,}$/.test(first)) return null;
  return first;
}

function profileKey(doc: Document, url: URL): string | null {
  const key = facebookProfileKey(url.href);
  return key && safeQuery(doc, '[role="main"] h1') ? key : null;
}

/** One line of the intro card; `detail` when it sits in a list item (work, home town), not the bio. */
export interface IntroLine {
  text: string;
  detail: boolean;
}

/** Lines of the intro card: the text pieces after its "Intro" heading. */
function introLines(doc: Document): IntroLine[] {
  const main = safeQuery(doc, '[role="main"]');
  if (!main) return [];
  const heading = safeQueryAll(main, 'h2, h3, span').find((el) => /^(intro)$/i.test(textOf(el)));
  if (!heading) return [];
  // Climb until the container holds more than the heading itself (the card).
  let card: Element | null = heading;
  for (let i = 0; i < 8 && card; i++) {
    card = card.parentElement;
    if (card && textPieces(card).length > 1) break;
  }
  if (!card) return [];
  const lines: IntroLine[] = [];
  for (const piece of safeQueryAll(card, 'span, div, li')) {
    // Leaf-ish elements only: those whose own text is not split over children.
    if (piece.closest('button, [role="button"], h2, h3') || piece.children.length > 0) continue;
    const text = textOf(piece);
    if (text) lines.push({ text, detail: piece.closest('li') !== null });
  }
  return lines;
}

const IGNORED_LINE =
  /^(?:from|komt uit|studied|studeerde|went to|ging naar|followed by|gevolgd door|joined|lid sinds|\d+ )/i;

interface IntroFields {
  bio?: string;
  jobTitle?: string;
  employer?: string;
  location?: string;
  website?: string;
}

/** Sorts intro lines ("Works at …", "Lives in …", a bio line, a link) into fields. */
export function parseIntro(lines: IntroLine[]): IntroFields {
  const fields: IntroFields = {};
  const bio: string[] = [];
  for (const { text: line, detail } of lines) {
    const works = line.match(/^(?:works at|werkt bij|werkzaam bij)\s+(.+)$/i);
    const lives = line.match(/^(?:lives in|woont in)\s+(.+)$/i);
    const titleAt = line.match(/^(.{2,80}?)\s+(?:at|bij)\s+(.+)$/i);
    if (works) {
      fields.employer ??= works[1];
    } else if (lives) {
      fields.location ??= lives[1];
    } else if (IGNORED_LINE.test(line)) {
      // Hometown, education, follower counts: not what the audit looks at.
    } else if (titleAt && !fields.employer && (detail || (line.length <= 60 && !/[|•]/.test(line)))) {
      fields.jobTitle = titleAt[1];
      fields.employer = titleAt[2];
    } else if (/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(line)) {
      fields.website ??= line;
    } else {
      bio.push(line);
    }
  }
  if (bio.length) fields.bio = bio.join(' ');
  return fields;
}

export const facebookProfileReader: ProfileReader = {
  site: 'facebook',
  profileKey,
  isOwnProfile(doc, url) {
    const shown = profileKey(doc, url);
    if (!shown) return false;
    if (exists(doc, EDIT_PROFILE)) return true;
    const accountLinks = safeQueryAll(doc, '[role="banner"] a[href], [role="navigation"] a[href]').filter(
      (a) => !a.closest('[role="main"]'),
    );
    return accountLinks.some((a) => facebookProfileKey(a.getAttribute('href')) === shown);
  },
  read(doc) {
    return compactPage({
      site: 'facebook',
      name: textOf(safeQuery(doc, '[role="main"] h1')),
      ...parseIntro(introLines(doc)),
    });
  },
};
