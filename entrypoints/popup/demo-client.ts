/**
 * A fixed report for `popup.html?demo=findings`, used only by
 * scripts/screenshots.ts to photograph the popup with findings (a popup
 * cannot be opened against a tab in headless Chromium). Never used otherwise.
 */
import type { Finding } from '../../lib/engine/types';
import type { UiLanguage } from '../../lib/i18n';
import type { DraftReport } from '../../lib/messaging/protocol';
import { loadSettings } from '../../lib/storage';
import type { PopupClient } from './tab-client';

const TEXT = {
  nl: 'Tussen ons: het nieuwe asielplan van de minister is echt een ramp, morgen horen jullie meer.',
  en: 'Between us: the minister’s new asylum plan is a total disaster, you’ll hear more tomorrow.',
};

function findings(lang: UiLanguage): Finding[] {
  const nl = lang === 'nl';
  const text = TEXT[lang];
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, excerpt: part });
  return [
    {
      category: 'confidentiality',
      severity: 'high',
      stelregel: 4,
      rule: 'core/confidential-between-us',
      ...at(nl ? 'Tussen ons' : 'Between us'),
      message: nl
        ? 'Je kondigt vertrouwelijke informatie van je werk aan. Wat intern is, blijft intern.'
        : 'You announce confidential information from work. What is internal stays internal.',
      suggestion: nl
        ? 'Wacht tot het besluit openbaar is en deel dan de officiële bron.'
        : 'Wait until it is public and share the official source.',
    },
    {
      category: 'own-policy-area',
      severity: 'warning',
      stelregel: 2,
      rule: 'jenv/own-area-opinion',
      ...at(nl ? 'asielplan' : 'asylum plan'),
      message: nl
        ? 'Een oordeel over asielbeleid: dat is jouw eigen beleidsterrein. Hoe dichter bij je werk, hoe terughoudender.'
        : 'A judgement on asylum policy: your own policy area. The closer to your work, the more careful.',
      suggestion: nl
        ? 'Deel feiten of de officiële publicatie in plaats van je oordeel.'
        : 'Share facts or the official publication instead of your judgement.',
    },
    {
      category: 'tone',
      severity: 'warning',
      stelregel: 1,
      rule: 'core/tone-disaster',
      ...at(nl ? 'echt een ramp' : 'total disaster'),
      message: nl
        ? 'Scherpe woorden over beleid en bewindspersonen passen niet bij een onpartijdige ambtenaar.'
        : 'Harsh words about policy and ministers do not fit an impartial civil servant.',
      suggestion: nl
        ? 'Formuleer zakelijk, of laat het oordeel weg.'
        : 'Phrase it factually, or leave the judgement out.',
    },
  ];
}

export function demoClient(): PopupClient {
  return {
    getReport: async () => {
      const lang = (await loadSettings()).uiLanguage;
      const report: DraftReport = {
        status: 'active',
        site: 'x',
        text: TEXT[lang],
        score: 72,
        findings: findings(lang),
      };
      return report;
    },
    auditProfile: async () => ({ ok: false, reason: 'not-own-profile' }),
  };
}
