/**
 * A first-person WORK FRAME: the author tells what happened at their own work, with the people they dealt with
 * ("vandaag aan de balie", "bij mij op het bureau", "had ik vandaag", "belde een man", "in mijn dossier", "tijdens
 * mijn huisbezoek", "my client", "one of my cases"). On its own it is harmless (people share their working day);
 * with an identifying detail of the person met there it is a case told from the inside: victim-privacy (LABELS.md:
 * details about an individual client, suspect, patient; confidentiality only when a case file, intake, interrogation,
 * report, inspection or investigation is drawn on). Referred to as "detector:work-frame"; the hit is the frame phrase.
 */
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';

// Words one of which every frame holds (a plain search, cheaper than the pattern on most texts).
const GATE =
  /balie|bureau|loket|spreekuur|had ik|hadden we|belde|dossier|huisbezoek|keukentafel|intake|mijn dienst|nachtdienst|cli[eë]nt|patiënt|patient|my (?:case|client|patient|shift)|of my|at the desk|home visit|on shift|caller/iu;
const WORK_FRAME = new RegExp(
  [
    // "vandaag aan de balie", "aan het loket vanochtend", "op mijn spreekuur"
    String.raw`\b(?:aan|achter)\s+(?:de|het|onze|mijn|m'n)\s+(?:balie|loket)\b`,
    String.raw`\bop\s+(?:mijn|m'n|ons|het)\s+spreekuur\b`,
    // "bij mij op het bureau", "bij ons op de afdeling"
    String.raw`\bbij\s+(?:mij|ons)\s+op\s+(?:het|de|m'n|mijn)\s+(?:bureau|afdeling|post|kantoor|werk|kamer|unit|groep)\b`,
    // "had ik vandaag", "hadden we vannacht", "had ik net een"
    String.raw`\bhad(?:den)?\s+(?:ik|we|wij)\s+(?:vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteren|net|zojuist|weer)\b`,
    // "belde een man", "belde er een vrouw", "belde vanochtend een meneer"
    String.raw`\bbelde\s+(?:er\s+)?(?:vandaag\s+|vanochtend\s+|vannacht\s+|gisteren\s+|net\s+|weer\s+)?(?:een|die)\s+(?:man|vrouw|meneer|mevrouw|jongen|meisje|moeder|vader|oudere|bejaarde|buurman|buurvrouw)\b`,
    // "in mijn dossier", "in het dossier van"
    String.raw`\bin\s+(?:mijn|m'n|ons|het)\s+dossier\b`,
    // "tijdens mijn huisbezoek", "op huisbezoek", "bij het keukentafelgesprek"
    String.raw`\b(?:tijdens|bij|op|na)\s+(?:mijn\s+|m'n\s+|een\s+|het\s+)?(?:huisbezoek|keukentafelgesprek|intake(?:gesprek)?)\b`,
    String.raw`\b(?:mijn|m'n|onze)\s+(?:nacht)?dienst\b`,
    String.raw`\b(?:mijn|m'n)\s+(?:cli[eë]nt(?:e)?|patiënt(?:e)?|pupil)\b`,
    String.raw`\been\s+(?:cli[eë]nt|patiënt)\s+van\s+(?:me|mij|ons)\b`,
    // English: "my client", "one of my cases", "at the desk today", "on a home visit", "on my shift", "a caller"
    String.raw`\bmy\s+(?:client|patient|case|shift)s?\b`,
    String.raw`\bone\s+of\s+my\s+(?:cases|clients|patients|residents|pupils|inmates)\b`,
    String.raw`\bat\s+the\s+(?:desk|counter|front desk)\b`,
    String.raw`\bon\s+(?:a|my)\s+home\s+visit\b`,
    String.raw`\bon\s+shift\b`,
    String.raw`\ba\s+caller\b`,
  ].join('|'),
  'giu',
);

export function detectWorkFrame(ctx: RunContext): Hit[] {
  const { text } = ctx.analysis;
  if (!GATE.test(text)) return [];
  const out: Hit[] = [];
  WORK_FRAME.lastIndex = 0;
  for (let m = WORK_FRAME.exec(text); m; m = WORK_FRAME.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, t0: -1, t1: -1 });
  return out;
}
