/**
 * Info-level advice on a profile that the stelregels imply but that is not a
 * warning: a work e-mail address or a phone number in the bio, a precise
 * location, links to internal systems. Pure: no DOM, no browser API.
 */
import type { Finding, ProfilePage, UiLanguage } from '../engine/types';
import { t } from '../i18n';

/** Profile fields scanned, in report order. */
export const PROFILE_FIELDS = [
  'name',
  'headline',
  'bio',
  'jobTitle',
  'employer',
  'location',
  'website',
  'pinned',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

const EMAIL = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;

// Domains of government organisations (ministries use min<abbr>.nl; agencies
// their own). Personal addresses are not flagged: they say nothing about work.
const GOVERNMENT_DOMAIN =
  /(^|\.)(rijksoverheid|overheid|politie|minbuza|minaz|minbzk|mindef|minezk|minez|minfin|minienw|minjenv|minlvvn|minlnv|minocw|minszw|minvws|rws|ind|dji|belastingdienst|toeslagen|uwv|duo|rvo|rivm|nvwa|ilent|om|rechtspraak|defensie|kmar|coa|cjib|justid|logius|ssc-ict|svb|cbs|knmi|kadaster)\.nl$|(^|\.)gemeente[\w-]*\.nl$|(^|\.)[\w-]*gemeente\.nl$/i;

// Dutch numbers: +31 / 0031 / 0, then nine digits with optional spaces or dashes.
const PHONE = /(?<![\w+])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){8}(?!\d)/g;

// A street with a house number, or a Dutch postcode (1234 AB).
const STREET_NUMBER =
  /\b[A-Z][\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|pad|markt|steeg|plantsoen|park)\s+\d{1,4}[a-zA-Z]?\b/gu;
const POSTCODE = /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g;

// Addresses that only work inside an organisation's network.
const INTERNAL_LINK =
  /\b(?:https?:\/\/)?(?:[\w-]+\.)*(?:intranet|rijksportaal|rijksweb|intern|internal|sharepoint|confluence|jira|wiki\.intern)[\w.-]*(?:\/[^\s]*)?|\b(?:https?:\/\/)?(?:10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|localhost)(?::\d+)?(?:\/[^\s]*)?|\b[\w.-]+\.(?:local|intra|corp|lan)\b(?:\/[^\s]*)?/gi;

interface Match {
  start: number;
  end: number;
  excerpt: string;
}

function matches(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): Match[] {
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (accept(m)) out.push({ start: m.index, end: m.index + m[0].length, excerpt: m[0] });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

function finding(
  field: ProfileField,
  match: Match,
  rule: string,
  stelregel: Finding['stelregel'],
  category: Finding['category'],
  key: string,
  lang: UiLanguage,
): Finding {
  return {
    category,
    severity: 'info',
    stelregel,
    start: match.start,
    end: match.end,
    rule: `profile-audit/${rule}`,
    message: t(`profile_advice_${key}`, lang, match.excerpt),
    suggestion: t(`profile_advice_${key}_fix`, lang),
    excerpt: match.excerpt,
    field,
  };
}

/** Info findings for one profile page; offsets refer to `finding.field`. */
export function profileInfoAdvice(page: ProfilePage, lang: UiLanguage = 'nl'): Finding[] {
  const out: Finding[] = [];
  for (const field of PROFILE_FIELDS) {
    const text = page[field];
    if (!text) continue;
    for (const m of matches(text, EMAIL, (e) => GOVERNMENT_DOMAIN.test(e[1] ?? ''))) {
      out.push(finding(field, m, 'work-email', 3, 'job-title-disclosure', 'work_email', lang));
    }
    for (const m of matches(text, PHONE)) {
      out.push(finding(field, m, 'phone-number', 3, 'job-title-disclosure', 'phone', lang));
    }
    for (const m of [...matches(text, STREET_NUMBER), ...matches(text, POSTCODE)]) {
      out.push(finding(field, m, 'precise-location', 3, 'confidentiality', 'location', lang));
    }
    for (const m of matches(text, INTERNAL_LINK)) {
      out.push(finding(field, m, 'internal-link', 4, 'confidentiality', 'internal_link', lang));
    }
  }
  return out;
}
