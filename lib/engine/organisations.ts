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

/**
 * The ministries as [id, abbreviation, Dutch name after "Ministerie van ", English name after "Ministry of "].
 * WHY a table: the engine's minified bundle spelled each object's keys and both prefixes again (session 18).
 */
const MINISTRIES: [id: string, abbreviation: string, nl: string, en: string][] = [
  ['az', 'AZ', 'Algemene Zaken', 'General Affairs'],
  ['bz', 'BZ', 'Buitenlandse Zaken', 'Foreign Affairs'],
  ['bzk', 'BZK', 'Binnenlandse Zaken en Koninkrijksrelaties', 'the Interior and Kingdom Relations'],
  ['def', 'Defensie', 'Defensie', 'Defence'],
  ['ezk', 'EZK', 'Economische Zaken en Klimaat', 'Economic Affairs and Climate'],
  ['fin', 'Financiën', 'Financiën', 'Finance'],
  ['ienw', 'IenW', 'Infrastructuur en Waterstaat', 'Infrastructure and Water Management'],
  ['jenv', 'JenV', 'Justitie en Veiligheid', 'Justice and Security'],
  [
    'lvvn',
    'LVVN',
    'Landbouw, Visserij, Voedselzekerheid en Natuur',
    'Agriculture, Fisheries, Food Security and Nature',
  ],
  ['ocw', 'OCW', 'Onderwijs, Cultuur en Wetenschap', 'Education, Culture and Science'],
  ['szw', 'SZW', 'Sociale Zaken en Werkgelegenheid', 'Social Affairs and Employment'],
  ['vws', 'VWS', 'Volksgezondheid, Welzijn en Sport', 'Health, Welfare and Sport'],
];

export const ORGANISATIONS: Organisation[] = [
  ...MINISTRIES.map(([id, abbreviation, nl, en]) => ({
    id,
    abbreviation,
    name: { nl: `Ministerie van ${nl}`, en: `Ministry of ${en}` },
  })),
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
