import { describe, expect, it } from 'vitest';
import { PROFILE_READERS } from '../../../lib/profile-audit/readers';
import { facebookProfileKey, parseIntro } from '../../../lib/profile-audit/readers/facebook';
import { ownAcct } from '../../../lib/profile-audit/readers/mastodon';
import type { SiteId } from '../../../lib/storage/settings';
import { loadFixture } from './fixtures';

const CASES: { site: SiteId; own: string; other: string; ownUrl: string; otherUrl: string }[] = [
  {
    site: 'x',
    own: 'x-own.html',
    other: 'x-other.html',
    ownUrl: 'https://x.com/jdevries_nl',
    otherUrl: 'https://x.com/pietbakker',
  },
  {
    site: 'linkedin',
    own: 'linkedin-v1-own.html',
    other: 'linkedin-v1-other.html',
    ownUrl: 'https://www.linkedin.com/in/daan-verhoeven/',
    otherUrl: 'https://www.linkedin.com/in/marloes-vandenberg/',
  },
  {
    site: 'linkedin',
    own: 'linkedin-v2-own.html',
    other: 'linkedin-v2-other.html',
    ownUrl: 'https://www.linkedin.com/in/fleur-meijer/',
    otherUrl: 'https://www.linkedin.com/in/rik-hoekstra/',
  },
  {
    site: 'facebook',
    own: 'facebook-own.html',
    other: 'facebook-other.html',
    ownUrl: 'https://www.facebook.com/sandra.bos.rdam',
    otherUrl: 'https://www.facebook.com/karin.smit.77',
  },
  {
    site: 'bluesky',
    own: 'bluesky-own.html',
    other: 'bluesky-other.html',
    ownUrl: 'https://bsky.app/profile/fleurmeijer.bsky.social',
    otherUrl: 'https://bsky.app/profile/tom.bsky.social',
  },
  {
    site: 'mastodon',
    own: 'mastodon-own.html',
    other: 'mastodon-other.html',
    ownUrl: 'https://social.example/@yasmina',
    otherUrl: 'https://social.example/@tom',
  },
];

describe.each(CASES)('$site reader ($own)', ({ site, own, other, ownUrl, otherUrl }) => {
  const reader = PROFILE_READERS[site];
  it('recognises the own profile', () => {
    const doc = loadFixture(own);
    expect(reader.profileKey(doc, new URL(ownUrl))).toBeTruthy();
    expect(reader.isOwnProfile(doc, new URL(ownUrl))).toBe(true);
  });
  it('does not take someone else’s profile for the own one', () => {
    const doc = loadFixture(other);
    expect(reader.profileKey(doc, new URL(otherUrl))).toBeTruthy();
    expect(reader.isOwnProfile(doc, new URL(otherUrl))).toBe(false);
  });
  it('is not a profile page on the home page', () => {
    const doc = loadFixture(own);
    const home = new URL(ownUrl);
    home.pathname = '/home';
    expect(reader.isOwnProfile(doc, home)).toBe(false);
  });
  it('reads name and bio or headline', () => {
    const page = reader.read(loadFixture(own), new URL(ownUrl));
    expect(page.site).toBe(site);
    expect(page.name).toBeTruthy();
    expect(page.bio ?? page.headline).toBeTruthy();
  });
});

describe('field reading per site', () => {
  it('x: bio, location, website, category, pinned post; name without @handle', () => {
    const page = PROFILE_READERS.x.read(loadFixture('x-own.html'), new URL('https://x.com/jdevries_nl'));
    expect(page).toMatchObject({
      name: 'Jan de Vries',
      location: 'Turfmarkt 147, Den Haag',
      website: 'intranet.rijksportaal.nl/dgm',
      jobTitle: 'Overheidsorganisatie',
      pinned: "Eerste week als beleidsmedewerker, wat een leuke collega's!",
    });
    expect(page.bio).toContain('op persoonlijke titel');
  });
  it('x: a profile link to another handle means not own, even with a stray edit link', () => {
    const doc = loadFixture('x-other.html');
    const link = doc.createElement('a');
    link.setAttribute('href', '/settings/profile');
    doc.body.append(link);
    expect(PROFILE_READERS.x.isOwnProfile(doc, new URL('https://x.com/pietbakker'))).toBe(false);
  });
  it('linkedin v1: headline, about (once), job title and employer from experience', () => {
    const page = PROFILE_READERS.linkedin.read(
      loadFixture('linkedin-v1-own.html'),
      new URL('https://www.linkedin.com/in/daan-verhoeven/'),
    );
    expect(page).toMatchObject({
      name: 'Daan Verhoeven',
      headline: 'Jurist bij de Immigratie- en Naturalisatiedienst (IND) | Op persoonlijke titel',
      location: 'Den Haag, Zuid-Holland, Nederland',
      jobTitle: 'Senior jurist asiel',
      employer: 'Immigratie- en Naturalisatiedienst (IND)',
    });
    expect(page.bio).toBe(
      'Berichten op dit profiel zijn mijn eigen mening, niet namens mijn werkgever. Bel gerust: 06-12345678.',
    );
  });
  it('linkedin: /in/me/ is always the own profile', () => {
    const doc = loadFixture('linkedin-v1-other.html');
    expect(PROFILE_READERS.linkedin.isOwnProfile(doc, new URL('https://www.linkedin.com/in/me/'))).toBe(true);
  });
  it('linkedin v2: top card paragraphs and sections by data-view-name', () => {
    const page = PROFILE_READERS.linkedin.read(
      loadFixture('linkedin-v2-own.html'),
      new URL('https://www.linkedin.com/in/fleur-meijer/'),
    );
    expect(page).toMatchObject({
      name: 'Fleur Meijer',
      location: 'Utrecht, Nederland',
      jobTitle: 'Beleidsmedewerker klimaat',
      employer: 'Ministerie van Economische Zaken en Klimaat',
    });
    expect(page.headline).toContain('Views are my own');
    expect(page.bio).toContain('intranet.minezk.nl');
  });
  it('facebook: intro bio, employer and home town; edit buttons are not content', () => {
    const page = PROFILE_READERS.facebook.read(
      loadFixture('facebook-own.html'),
      new URL('https://www.facebook.com/sandra.bos.rdam'),
    );
    expect(page).toMatchObject({ name: 'Sandra Bos', employer: 'Gemeente Rotterdam', location: 'Rotterdam' });
    expect(page.bio).toContain('Lid van de SP');
    expect(page.bio).not.toContain('Bio bewerken');
  });
  it('facebook: profile keys from the different URL shapes', () => {
    expect(facebookProfileKey('https://www.facebook.com/profile.php?id=1000123')).toBe('id:1000123');
    expect(facebookProfileKey('https://www.facebook.com/people/Sandra-Bos/1000123/')).toBe('id:1000123');
    expect(facebookProfileKey('https://www.facebook.com/Sandra.Bos.Rdam/about')).toBe('sandra.bos.rdam');
    expect(facebookProfileKey('https://www.facebook.com/groups/123')).toBeNull();
    expect(facebookProfileKey('https://evil.example/sandra.bos.rdam')).toBeNull();
  });
  it('facebook: a job line in the intro details becomes job title and employer', () => {
    expect(parseIntro([{ text: 'Beleidsadviseur bij Gemeente Utrecht', detail: true }])).toEqual({
      jobTitle: 'Beleidsadviseur',
      employer: 'Gemeente Utrecht',
    });
  });
  it('bluesky: pinned post', () => {
    const page = PROFILE_READERS.bluesky.read(
      loadFixture('bluesky-own.html'),
      new URL('https://bsky.app/profile/fleurmeijer.bsky.social'),
    );
    expect(page.pinned).toBe('Klimaatdoelen halen we samen.');
  });
  it('mastodon: own account from #initial-state; profile fields sorted into page fields', () => {
    const doc = loadFixture('mastodon-own.html');
    expect(ownAcct(doc, 'social.example')).toBe('yasmina');
    const url = new URL('https://social.example/@yasmina@social.example');
    expect(PROFILE_READERS.mastodon.isOwnProfile(doc, url)).toBe(true);
    expect(PROFILE_READERS.mastodon.read(doc, url)).toMatchObject({
      name: 'Yasmina El Amrani',
      jobTitle: 'Beleidsmedewerker preventie, Ministerie van VWS',
      website: 'yasmina.example',
      location: '2511 CV Den Haag',
    });
  });
  it('mastodon: broken #initial-state JSON does not throw', () => {
    const doc = loadFixture('mastodon-other.html');
    doc.getElementById('initial-state')!.textContent = '{not json';
    expect(ownAcct(doc, 'social.example')).toBeNull();
    expect(PROFILE_READERS.mastodon.isOwnProfile(doc, new URL('https://social.example/@tom'))).toBe(false);
  });
  it('readers find nothing on an empty page and do not throw', () => {
    const empty = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    for (const reader of Object.values(PROFILE_READERS)) {
      expect(reader.profileKey(empty, new URL('https://example.org/@someone'))).toBeNull();
      expect(reader.isOwnProfile(empty, new URL('https://example.org/profile/x'))).toBe(false);
      expect(() => reader.read(empty, new URL('https://example.org/'))).not.toThrow();
    }
  });
});
