import type { PackInfo } from '../../../lib/engine';
import type { Finding } from '../../../lib/engine/types';

export const PACKS: PackInfo[] = [
  {
    id: 'core',
    kind: 'core',
    name: { nl: 'Kernpakket', en: 'Core pack' },
    areas: [],
    rules: [
      { id: 'tone-insult', category: 'tone', severity: 'high', message: { nl: 'Scheldwoord', en: 'Insult' } },
      {
        id: 'confidential-between-us',
        category: 'confidentiality',
        severity: 'high',
        message: { nl: 'Vertrouwelijke informatie', en: 'Confidential information' },
      },
    ],
  },
  {
    id: 'jenv',
    kind: 'organisation',
    organisation: 'jenv',
    name: { nl: 'Justitie en Veiligheid', en: 'Justice and Security' },
    areas: [
      { id: 'asiel-migratie', name: { nl: 'Asiel en migratie', en: 'Asylum and migration' } },
      { id: 'politie', name: { nl: 'Politie', en: 'Police' } },
    ],
    rules: [
      {
        id: 'victim-details',
        category: 'victim-privacy',
        severity: 'high',
        message: { nl: 'Details over slachtoffers', en: 'Details about victims' },
      },
    ],
  },
  {
    id: 'def',
    kind: 'organisation',
    organisation: 'def',
    name: { nl: 'Defensie', en: 'Defence' },
    areas: [{ id: 'missies', name: { nl: 'Missies', en: 'Missions' } }],
    rules: [
      {
        id: 'opsec',
        category: 'confidentiality',
        severity: 'high',
        message: { nl: 'Operationele veiligheid', en: 'OPSEC' },
      },
    ],
  },
];

export const FINDINGS: Finding[] = [
  {
    category: 'confidentiality',
    severity: 'high',
    stelregel: 4,
    start: 0,
    end: 10,
    rule: 'core/confidential-between-us',
    message: 'Vertrouwelijke informatie van je werk.',
    suggestion: 'Wacht tot het openbaar is.',
  },
  {
    category: 'tone',
    severity: 'warning',
    stelregel: 1,
    start: 30,
    end: 43,
    rule: 'core/tone-disaster',
    message: 'Scherpe woorden over beleid.',
    suggestion: 'Formuleer zakelijk.',
  },
  {
    category: 'political-opinion',
    severity: 'info',
    stelregel: 1,
    start: 12,
    end: 20,
    rule: 'core/politics-info',
    message: 'Politiek onderwerp.',
    suggestion: 'Blijf neutraal.',
  },
];

export const DRAFT = 'Tussen ons: het nieuwe plan is echt een ramp, morgen meer.';
