import { describe, expect, it } from 'vitest';
import { auditProfile } from '../../../lib/engine';
import { raisedCategories } from './helpers';

/** Categories raised at warning or above (what the corpus labels count), sorted. */
function categories(text: string, organisation = 'bzk', topics: string[] = []): string[] {
  return raisedCategories(text, { organisation, topics, role: 'beleidsmedewerker' }).sort();
}

describe('political opinion on indirect phrasings', () => {
  it.each([
    'Ik zeg niet dat dit kabinet het slecht doet. Ik zeg alleen dat het er verdacht veel op lijkt.',
    'Zeg, minister, hoeveel rapporten moeten er nog komen voordat u iets doet?',
    "So the cabinet's new housing plan is basically a press release with a ribbon on it.",
    'Wie nu nog op de PVV stemt, heeft niks geleerd.',
    'Stem in maart gewoon niet op de partijen die ons dorp vergeten zijn.',
    '#nooitmeerVVD. Beloftes zat, resultaat nul.',
  ])('raises political-opinion: %s', (text) => {
    expect(categories(text)).toContain('political-opinion');
  });

  it.each([
    'Vanavond debatteert de Tweede Kamer over de begroting. Volg het live.',
    'Gefeliciteerd aan alle nieuwe Kamerleden die vandaag zijn beëdigd!',
    'We denken vandaag aan iedereen die getroffen is door de ramp.',
    'Het kabinet heeft vandaag de Miljoenennota gepresenteerd. De stukken staan online.',
  ])('stays clean: %s', (text) => {
    expect(categories(text)).not.toContain('political-opinion');
  });
});

describe('tone', () => {
  it.each([
    'Die buurman die mijn oprit blokkeert: wacht maar, die krijgt nog wel wat van me.',
    'Tering, wat een weer vandaag.',
    'Die influencer is echt een hersendode kip zonder kop.',
    'WEER GEEN VRIJ WEEKEND VOOR ONS!!!',
    'Meneer aan de balie wist niet eens zijn eigen geboortedatum 🤣',
  ])('raises tone: %s', (text) => {
    expect(categories(text)).toContain('tone');
  });

  it.each([
    'Mijn moeder heeft kanker en ligt in het ziekenhuis.',
    'Het kankeronderzoek van het RIVM is vandaag gepubliceerd.',
    'GEFELICITEERD MET JE DIPLOMA SANNE!!! 🎉',
    'Kanker op jonge leeftijd komt vaker voor dan gedacht.',
    'Vaccination rates among pregnant women are too low.',
  ])('stays clean: %s', (text) => {
    expect(categories(text, 'vws')).not.toContain('tone');
  });
});

describe('political affiliation in profiles', () => {
  it('reads a party hashtag and a government job title', () => {
    const result = auditProfile({
      page: { site: 'x', name: 'Dennis', bio: 'Wijkagent in Emmen 👮 | Trots lid van de PVV 🇳🇱' },
      profile: { organisation: 'politie', topics: [], role: 'wijkagent' },
    });
    expect(result.findings.map((f) => f.category)).toContain('political-affiliation');
  });
});
