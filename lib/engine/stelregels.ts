/** The four stelregels and the legal frame, appended to every message so a finding always says why it matters. */
import type { LocalText } from './pack-types';

export const STELREGELS: Record<1 | 2 | 3 | 4, LocalText> = {
  1: {
    nl: 'Stelregel 1: je bent ook online ambassadeur van je organisatie — onpartijdig, betrouwbaar en zorgvuldig.',
    en: 'Rule 1: online, too, you are an ambassador of your organisation — impartial, reliable and careful.',
  },
  2: {
    nl: 'Stelregel 2: online gelden dezelfde rechten en plichten; hoe dichter bij je eigen beleidsterrein, hoe terughoudender.',
    en: 'Rule 2: the same rights and duties apply online; the closer to your own policy area, the more restraint.',
  },
  3: {
    nl: 'Stelregel 3: privé en werk lopen online door elkaar; je handelt onder verantwoordelijkheid van de minister.',
    en: 'Rule 3: private and work blur online; you act under the authority of the minister.',
  },
  4: {
    nl: 'Stelregel 4: meedoen is een keuze — neem anderen serieus, bewaar vertrouwelijkheid en denk aan archivering.',
    en: 'Rule 4: taking part is a choice — take others seriously, keep confidences and think of archiving.',
  },
};

export const WHY: LocalText = {
  nl: 'De functioneringsnorm (Ambtenarenwet art. 10) vraagt dat je uitingen je functie en de dienst niet schaden.',
  en: 'The functioning standard (Civil Servants Act art. 10) asks that what you say does not harm your job or the service.',
};
