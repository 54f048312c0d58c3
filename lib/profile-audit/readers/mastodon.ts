/**
 * Mastodon (any instance). The signed-in account is in the page's
 * #initial-state JSON (meta.me, seen in the site source); profile fields are
 * the key/value list under the bio.
 */
import { clean, exists, firstText, pathSegments, safeQuery, safeQueryAll, textOf } from './dom';
import { compactPage, type ProfileReader } from './types';

const PROFILE_MARKUP = ['.account__header'];
const EDIT_PROFILE = ['.account__header a[href="/settings/profile"]'];

function profileKey(doc: Document, url: URL): string | null {
  const [first] = pathSegments(url);
  if (!first?.startsWith('@') || first.length < 2 || !exists(doc, PROFILE_MARKUP)) return null;
  return normaliseAcct(first.slice(1), url.hostname);
}

/** "alice@this.host" and "alice" are the same local account. */
function normaliseAcct(acct: string, host: string): string {
  const lower = acct.toLowerCase();
  return lower.endsWith(`@${host.toLowerCase()}`) ? lower.slice(0, -host.length - 1) : lower;
}

/** The signed-in account's acct from #initial-state, or null. Never throws on odd JSON. */
export function ownAcct(doc: Document, host: string): string | null {
  try {
    const state = JSON.parse(safeQuery(doc, '#initial-state')?.textContent ?? 'null') as {
      meta?: { me?: string };
      accounts?: Record<string, { acct?: string; username?: string }>;
    } | null;
    const me = state?.meta?.me;
    if (!me) return null;
    const account = state?.accounts?.[me];
    const acct = account?.acct ?? account?.username;
    return acct ? normaliseAcct(acct, host) : null;
  } catch {
    return null;
  }
}

function readFields(doc: Document) {
  const out: { website?: string; location?: string; jobTitle?: string; employer?: string; other: string[] } = {
    other: [],
  };
  for (const row of safeQueryAll(doc, '.account__header__fields dl')) {
    const label = textOf(safeQuery(row, 'dt'));
    const value = textOf(safeQuery(row, 'dd'));
    if (!value) continue;
    if (/web|site|homepage|blog/i.test(label)) out.website ??= value;
    else if (/locat|plaats|woon|stad|city/i.test(label)) out.location ??= value;
    else if (/werkgever|employer/i.test(label)) out.employer ??= value;
    else if (/werk|work|job|functie|role|rol/i.test(label)) out.jobTitle ??= value;
    else out.other.push(`${label}: ${value}`);
  }
  return out;
}

export const mastodonProfileReader: ProfileReader = {
  site: 'mastodon',
  profileKey,
  isOwnProfile(doc, url) {
    const shown = profileKey(doc, url);
    if (!shown) return false;
    const own = ownAcct(doc, url.hostname);
    return own ? own === shown : exists(doc, EDIT_PROFILE);
  },
  read(doc) {
    const nameHeading = safeQuery(doc, '.account__header__tabs__name h1') ?? safeQuery(doc, '.account__header h1');
    // The heading holds the display name and, in a <small>, the @acct.
    const name = nameHeading
      ? clean(
          Array.from(nameHeading.childNodes)
            .filter((n) => !(n instanceof Element && n.tagName === 'SMALL'))
            .map((n) => n.textContent)
            .join(' '),
        )
      : '';
    const fields = readFields(doc);
    const bio = [firstText(doc, ['.account__header__content', '.account__header .note']), ...fields.other]
      .filter(Boolean)
      .join(' · ');
    const pinned = safeQueryAll(doc, '.status').find((s) =>
      /pinned|vastgezet|vastgemaakt/i.test(textOf(safeQuery(s, '.status__prepend'))),
    );
    return compactPage({
      site: 'mastodon',
      name,
      bio,
      website: fields.website,
      location: fields.location,
      jobTitle: fields.jobTitle,
      employer: fields.employer,
      pinned: pinned ? textOf(safeQuery(pinned, '.status__content')) : '',
    });
  },
};
