/**
 * Profile audit (session 19): a personal-capacity claim counts only next to a job title or employer
 * specific enough to tie the account to an organisation (LABELS.md), and party ties are read in the
 * forms profiles use (party handles, local parties, a role before DENK). Table-driven, harmless forms
 * included.
 */
import { describe, expect, it } from 'vitest';
import { auditProfile } from '../../../lib/engine/index';

function categories(bio: string, headline?: string): string[] {
  const page = headline ? { bio, headline } : { bio };
  const r = auditProfile({ page, profile: { organisation: 'bz' } });
  return [...new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => f.category))].sort();
}

describe('job-title-disclosure: the claim next to a specific job or employer', () => {
  it.each([
    ['Arbeidsdeskundige UWV Groningen | opinions = mine'],
    ['Douanier in de Rotterdamse haven | Tweets zijn van mij, niet van mijn werkgever'],
    ['Inspecteur bij de Inspectie van het Onderwijs. Toots zijn persoonlijk.'],
    ['Senior beleidsmedewerker bij het ministerie van BZK. Alle meningen op dit profiel zijn mijn eigen.'],
    ['Econoom bij het ministerie van EZ. Eigen toots, eigen gedachten, eigen fouten.'],
    ['Sergeant-majoor @landmacht | Views = my own'],
    ['Policy officer @DutchMFA, Central Asia desk. Views my own.'],
    ['Woordvoerder @DefensieNL. Hier op persoonlijke titel.'],
    ['Communicatieadviseur @ Rijksvoorlichtingsdienst. Meningen zijn mijn eigen.'],
    ['Kapitein, Koninklijke Landmacht. Posts and likes reflect my own opinion only.'],
  ])('warns: %s', (bio) => {
    expect(categories(bio)).toContain('job-title-disclosure');
  });

  it.each([
    // A generic job title or a vague employer does not tie the account to one organisation.
    ['Jurist. Schrijft over recht en taal. Meningen zijn van mij.'],
    ['Data-analist. Grafiekjes, R en katten. Alles hier is privé.'],
    ['Verkeerskundige. Fietsfanaat. Persoonlijk account.'],
    ['Werkt bij de rijksoverheid. Meningen zijn van mij. Katten > honden'],
    ['Rijksambtenaar | eigen mening | boeken en bordspellen'],
    ['Beleidsmedewerker. Eigen mening, eigen posts.'],
    ['Belastingadviseur. Meningen zijn mijn eigen.'],
    // No claim at all.
    ['Douanier in de Rotterdamse haven. Sparta!'],
  ])('stays quiet: %s', (bio) => {
    expect(categories(bio)).not.toContain('job-title-disclosure');
  });
});

describe('political-affiliation: party ties in profile forms', () => {
  it.each([
    ['Werkzaam bij de gemeente Arnhem | Bestuurslid DENK Arnhem'],
    ['Beslismedewerker bij de IND. Actief voor DENK in Rotterdam.'],
    ['Jurist @ IND | Lid @partijvoordedieren'],
    ['Ambtenaar gemeente Arnhem | Raadslid voor @PartijvdDieren in Renkum'],
    ['Gemeenteambtenaar in Rotterdam | Stem 29 oktober op @CDA!'],
    ['Handhaver bij Gemeente Tilburg | Fractievoorzitter Lokaal Belang Goirle'],
    ['Wijkagent Rotterda-Zuid | Stem op @SPnl'],
    ['Diplomat at the Dutch MFA. Proud VVD member since 2008.'],
  ])('warns: %s', (bio) => {
    expect(categories(bio)).toContain('political-affiliation');
  });

  it.each([
    ['Politiek junkie. Vader van twee. Lid D66.'],
    ['Beleidsmedewerker bij de IND. Ik denk mee over goede dienstverlening.'],
    ['Handhaver bij de gemeente Tilburg. Voorzitter van de tennisclub.'],
  ])('stays quiet: %s', (bio) => {
    expect(categories(bio)).not.toContain('political-affiliation');
  });
});
