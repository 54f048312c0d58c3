/**
 * Organisation ids as used in settings, rule packs and the JSONL format
 * (shared/eval/LABELS.md): the twelve ministries since February 2026, police
 * and municipality, plus older ids kept as aliases because staff and saved
 * settings still use them. An alias means the merged ministry with that
 * portfolio (a pack area id) as a topic.
 */
import type { LocalText } from './pack-types';

export interface Organisation {
  id: string;
  abbreviation: string;
  name: LocalText;
}

export const ORGANISATIONS: Organisation[] = [
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

/** Older ids: the merged organisation and the portfolio (pack area id) they stand for. */
export const ORGANISATION_ALIASES: Record<string, { organisation: string; area?: string }> = {
  aenm: { organisation: 'jenv', area: 'asiel-migratie' },
  kgg: { organisation: 'ezk', area: 'klimaat-groene-groei' },
  vro: { organisation: 'bzk', area: 'volkshuisvesting-ruimtelijke-ordening' },
  ez: { organisation: 'ezk' },
  lnv: { organisation: 'lvvn' },
};

/** Resolves an id or alias (any case) to the organisation id and an implied topic area. */
export function resolveOrganisation(id: string | undefined): { organisation?: string; area?: string } {
  const key = (id ?? '').trim().toLowerCase();
  if (!key) return {};
  const alias = ORGANISATION_ALIASES[key];
  if (alias) return alias;
  return ORGANISATIONS.some((o) => o.id === key) ? { organisation: key } : {};
}
