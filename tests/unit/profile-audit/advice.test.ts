import { describe, expect, it } from 'vitest';
import { profileInfoAdvice } from '../../../lib/profile-audit/advice';

const rules = (bio: string) => profileInfoAdvice({ bio }).map((f) => f.rule);

describe('profile info advice', () => {
  it('flags a government e-mail address but not a personal one', () => {
    expect(rules('Mail me: j.devries@minjenv.nl')).toEqual(['profile-audit/work-email']);
    expect(rules('Mail: t.bos@gemeenterotterdam.nl')).toEqual(['profile-audit/work-email']);
    expect(rules('Mail: jan@politie.nl')).toEqual(['profile-audit/work-email']);
    expect(rules('Mail: jan.devries@gmail.com')).toEqual([]);
  });
  it('flags Dutch phone numbers in their usual notations', () => {
    expect(rules('Bel 06-12345678')).toEqual(['profile-audit/phone-number']);
    expect(rules('Tel +31 70 123 4567')).toEqual(['profile-audit/phone-number']);
    expect(rules('Sinds 2019 bij het Rijk, 12 jaar ervaring')).toEqual([]);
  });
  it('flags a street address or postcode, not a city', () => {
    expect(rules('Kantoor: Turfmarkt 147')).toEqual(['profile-audit/precise-location']);
    expect(rules('2511 CV Den Haag')).toEqual(['profile-audit/precise-location']);
    expect(rules('Den Haag')).toEqual([]);
  });
  it('flags links to internal systems', () => {
    expect(rules('Zie intranet.rijksportaal.nl/dgm')).toEqual(['profile-audit/internal-link']);
    expect(rules('https://intranet.minezk.nl/team')).toEqual(['profile-audit/internal-link']);
    expect(rules('http://10.2.3.4/wiki')).toEqual(['profile-audit/internal-link']);
    expect(rules('https://www.rijksoverheid.nl/ministeries')).toEqual([]);
  });
  it('gives info findings with offsets into the field, in the chosen language', () => {
    const bio = 'Bel 06-12345678 gerust';
    const [nl] = profileInfoAdvice({ bio }, 'nl');
    const [en] = profileInfoAdvice({ bio }, 'en');
    expect(nl).toMatchObject({ severity: 'info', field: 'bio', excerpt: '06-12345678' });
    expect(bio.slice(nl!.start, nl!.end)).toBe('06-12345678');
    expect(nl!.message).toContain('telefoonnummer');
    expect(en!.message).toContain('phone number');
  });
  it('a clean profile gets no advice', () => {
    expect(profileInfoAdvice({ name: 'Tom', bio: 'Boeken, treinen en bordspellen.', location: 'Utrecht' })).toEqual([]);
  });
});
