/**
 * The organisation list is written as a table since session 18 (shorter built code): it must give the same
 * objects, in the same order, as the list written out in full before.
 */
import { describe, expect, it } from 'vitest';
import { ORGANISATIONS, resolveOrganisation } from '../../../lib/engine/organisations';

const BEFORE = [
  { id: 'az', abbreviation: 'AZ', name: { nl: 'Ministerie van Algemene Zaken', en: 'Ministry of General Affairs' } },
  {
    id: 'bz',
    abbreviation: 'BZ',
    name: { nl: 'Ministerie van Buitenlandse Zaken', en: 'Ministry of Foreign Affairs' },
  },
  {
    id: 'bzk',
    abbreviation: 'BZK',
    name: {
      nl: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      en: 'Ministry of the Interior and Kingdom Relations',
    },
  },
  { id: 'def', abbreviation: 'Defensie', name: { nl: 'Ministerie van Defensie', en: 'Ministry of Defence' } },
  {
    id: 'ezk',
    abbreviation: 'EZK',
    name: { nl: 'Ministerie van Economische Zaken en Klimaat', en: 'Ministry of Economic Affairs and Climate' },
  },
  { id: 'fin', abbreviation: 'Financiën', name: { nl: 'Ministerie van Financiën', en: 'Ministry of Finance' } },
  {
    id: 'ienw',
    abbreviation: 'IenW',
    name: { nl: 'Ministerie van Infrastructuur en Waterstaat', en: 'Ministry of Infrastructure and Water Management' },
  },
  {
    id: 'jenv',
    abbreviation: 'JenV',
    name: { nl: 'Ministerie van Justitie en Veiligheid', en: 'Ministry of Justice and Security' },
  },
  {
    id: 'lvvn',
    abbreviation: 'LVVN',
    name: {
      nl: 'Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur',
      en: 'Ministry of Agriculture, Fisheries, Food Security and Nature',
    },
  },
  {
    id: 'ocw',
    abbreviation: 'OCW',
    name: { nl: 'Ministerie van Onderwijs, Cultuur en Wetenschap', en: 'Ministry of Education, Culture and Science' },
  },
  {
    id: 'szw',
    abbreviation: 'SZW',
    name: { nl: 'Ministerie van Sociale Zaken en Werkgelegenheid', en: 'Ministry of Social Affairs and Employment' },
  },
  {
    id: 'vws',
    abbreviation: 'VWS',
    name: { nl: 'Ministerie van Volksgezondheid, Welzijn en Sport', en: 'Ministry of Health, Welfare and Sport' },
  },
  { id: 'politie', abbreviation: 'Politie', name: { nl: 'Politie', en: 'Police' } },
  { id: 'gemeente', abbreviation: 'Gemeente', name: { nl: 'Gemeente', en: 'Municipality' } },
];

describe('ORGANISATIONS', () => {
  it('is the list as written out before the table', () => {
    expect(ORGANISATIONS).toEqual(BEFORE);
  });

  it('resolves ids, aliases and case as before; an unknown id resolves to nothing', () => {
    const cases: [string | undefined, ReturnType<typeof resolveOrganisation>][] = [
      ['az', { organisation: 'az' }],
      [' LVVN ', { organisation: 'lvvn' }],
      ['gemeente', { organisation: 'gemeente' }],
      ['kgg', { organisation: 'ezk', area: 'klimaat-groene-groei' }],
      ['ministerie', {}],
      ['', {}],
      [undefined, {}],
    ];
    for (const [id, expected] of cases) expect(resolveOrganisation(id)).toEqual(expected);
  });
});
