/**
 * LinkedIn, both page versions (shared/SITES.md): v1 (classic, stable class
 * names: name h1, headline .text-body-medium.break-words, sections #about and
 * #experience: seen) and v2 (2026, hashed classes, data-view-name attributes;
 * detected by body[data-rehydrated] or body > #root). The v2 profile hooks
 * below are partly guesses (marked); the readers fall back to headings.
 */
import {
  exists,
  firstText,
  pathSegments,
  safeQuery,
  safeQueryAll,
  sectionBody,
  sectionByHeading,
  textOf,
  textPieces,
} from './dom';
import { compactPage, type ProfileReader } from './types';

const PROFILE_MARKUP = ['main h1', '[data-view-name="profile-top-card"] h1', '[data-view-name="profile-top-card"] h2'];

/** Controls only the owner of a profile sees. */
const OWN_PROFILE_CONTROLS = [
  // v1: the pencil on the intro card links to the intro edit form (seen).
  'a[href*="/edit/intro/"]',
  'a[href*="/edit/forms/intro/"]',
  'button[aria-label="Edit intro"]',
  'button[aria-label="Intro bewerken"]',
  // "Add profile section" / "Profielsectie toevoegen" (seen, v1).
  'button[aria-label="Add profile section"]',
  'button[aria-label="Profielsectie toevoegen"]',
  // v2 (guess): edit controls carry data-view-name like the rest of the page.
  '[data-view-name="profile-edit-intro"]',
  '[data-view-name="profile-top-card-edit"]',
];

export function isLinkedInV2(doc: Document): boolean {
  return doc.body?.hasAttribute('data-rehydrated') === true || doc.querySelector('body > #root') !== null;
}

function slugFromUrl(url: URL): string | null {
  const [first, slug] = pathSegments(url);
  return first === 'in' && slug ? slug.toLowerCase() : null;
}

function profileKey(doc: Document, url: URL): string | null {
  const slug = slugFromUrl(url);
  return slug && exists(doc, PROFILE_MARKUP) ? slug : null;
}

/** First entry of the experience section: job title and employer ("Employer · Full-time"). */
function readExperience(section: Element | null): { jobTitle: string; employer: string } {
  const item = section ? safeQuery(section, 'li') : null;
  if (!item) return { jobTitle: '', employer: '' };
  // v1 renders each line twice: a visible aria-hidden copy and a visually-hidden one.
  const visible = safeQueryAll(item, 'span[aria-hidden="true"]').map((s) => textOf(s));
  const lines = (visible.length >= 2 ? visible : textPieces(item)).filter(Boolean);
  const jobTitle = lines[0] ?? '';
  const employer = (lines[1] ?? '').split(' · ')[0]?.trim() ?? '';
  return { jobTitle, employer };
}

function readV1(doc: Document) {
  const about = safeQuery(doc, '#about')?.closest('section') ?? null;
  const experience = safeQuery(doc, '#experience')?.closest('section') ?? null;
  const aboutText =
    (about && firstText(about, ['.inline-show-more-text span[aria-hidden="true"]', '.inline-show-more-text'])) ||
    sectionBody(about);
  return {
    name: firstText(doc, ['main h1', 'h1']),
    headline: firstText(doc, ['main .text-body-medium.break-words', '.text-body-medium.break-words']),
    location: firstText(doc, ['main .text-body-small.inline.t-black--light.break-words']),
    bio: aboutText,
    ...readExperience(experience),
  };
}

function readV2(doc: Document) {
  const top = safeQuery(doc, '[data-view-name="profile-top-card"]') ?? safeQuery(doc, 'main section');
  const name = top ? firstText(top, ['h1', 'h2']) : firstText(doc, ['main h1']);
  // v2 top card (guess): name heading, then the headline and the location as paragraphs.
  const paragraphs = top
    ? safeQueryAll(top, 'p')
        .map((p) => textOf(p))
        .filter((t) => t && t !== name)
    : [];
  const about =
    safeQuery(doc, '[data-view-name="profile-card-about"]') ??
    safeQuery(doc, '#about')?.closest('section') ??
    sectionByHeading(doc, /^(about|info|over)$/i);
  const experience =
    safeQuery(doc, '[data-view-name="profile-card-experience"]') ??
    safeQuery(doc, '#experience')?.closest('section') ??
    sectionByHeading(doc, /^(experience|ervaring)$/i);
  return {
    name,
    headline: paragraphs[0] ?? '',
    location: paragraphs[1] ?? '',
    bio: sectionBody(about),
    ...readExperience(experience),
  };
}

export const linkedinProfileReader: ProfileReader = {
  site: 'linkedin',
  profileKey,
  isOwnProfile(doc, url) {
    if (!profileKey(doc, url)) return false;
    // /in/me/ always leads to the signed-in user's own profile.
    if (slugFromUrl(url) === 'me') return true;
    if (exists(doc, OWN_PROFILE_CONTROLS)) return true;
    // The v2 composer and edit buttons may live in an open shadow root (interop outlet).
    const outlet = safeQuery(doc, '#interop-outlet')?.shadowRoot;
    return outlet ? exists(outlet, OWN_PROFILE_CONTROLS) : false;
  },
  read(doc) {
    return compactPage({ site: 'linkedin', ...(isLinkedInV2(doc) ? readV2(doc) : readV1(doc)) });
  },
};
