/**
 * Confidentiality precision guards of session 14 (issue #3, conffa14), each with cases it must let through
 * and cases it must still raise. Judged by the rules alone (raisedByRules): the backstop is retrained each
 * session. The texts are written for these tests, not taken from a corpus.
 *
 * - case-file-details: a first-person encounter told with a person's details (a melding, huisbezoek,
 *   keukentafelgesprek, 'mijn cliënt', someone arrested today) is victim-privacy only (LABELS.md: a victim's
 *   details in a case); confidentiality needs the case file or process (dossier, verhoor, systeem,
 *   'bij ons bekend', 'cliënt van ons' tying someone in the news to the service).
 * - confidential-marker: a post about confidentiality as a value or practice (confidentiality-as-value
 *   lexicon), private news teased as a secret in the next sentence (private-news lexicon), and 'between us
 *   and' as a comparison.
 * - security-vulnerability: an everyday IT breakdown (it-outage lexicon) and 'lekker in', which the
 *   inflected term 'lek in' used to match.
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisesByRules } from './helpers';

type Case = [text: string, profile: UserProfile];

const wijkteam: UserProfile = { organisation: 'gemeente', topics: ['wmo'] };
const schulden: UserProfile = { organisation: 'gemeente', topics: ['schuldhulpverlening'] };
const politie: UserProfile = { organisation: 'politie', topics: [] };
const bzk: UserProfile = { organisation: 'bzk', topics: [] };
const szw: UserProfile = { organisation: 'szw', topics: [] };

const raises = raisesByRules;

describe('case-file-details: an encounter with a person is victim privacy, not a case file', () => {
  it.each<Case>([
    [
      'Mijn cliënt van vanochtend (28, moeder van twee, Kanaleneiland) is nu een halfjaar clean. Zo trots op haar!',
      schulden,
    ],
    [
      'Melding vannacht in de Beukenlaan: meneer van 83 gevallen, lag er al een dag. Zijn dochter woont in Canada.',
      politie,
    ],
    ['Huisbezoek bij een mevrouw van 90 in de Bloemenbuurt, woont alleen sinds haar man overleed.', wijkteam],
    [
      'Keukentafelgesprek gehad met een meneer van 86 uit de Vogelwijk, weduwnaar, zijn zoon komt nooit langs.',
      wijkteam,
    ],
    ['Jongen van 15 uit Kanaleneiland vanavond aangehouden met een mes op zak. Moeder was in alle staten.', politie],
    [
      'Client of mine, single mum from Almere with three kids, finally got her benefit today. So happy for her.',
      schulden,
    ],
  ])('victim privacy only: %s', (...c) => {
    expect(raises('victim-privacy', c)).toBe(true);
    expect(raises('confidentiality', c)).toBe(false);
  });

  it.each<Case>([
    [
      'Die vrouw die gisteren in de Bijlmer werd beroofd blijkt een cliënte van ons te zijn, 71 jaar en woont alleen.',
      wijkteam,
    ],
    [
      'Het dossier van die meneer uit de Julianastraat (nr 14) ligt weer op mijn bureau. Derde keer dit jaar.',
      wijkteam,
    ],
    [
      'Verhoor vandaag met die 17-jarige uit Lelystad over de explosie bij de snackbar. Hij zegt dat zijn oom hem betaalde.',
      politie,
    ],
    [
      'Die asielzoeker uit Ter Apel die gisteren werd opgepakt was al drie keer eerder bij ons in beeld, 19 jaar.',
      politie,
    ],
  ])('still confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(true);
  });
});

describe('confidential-marker: secrecy named, nothing revealed', () => {
  it.each<Case>([
    ['Ik mag nog niks zeggen... Maar in mei komt er een zusje voor onze Sam 👶', szw],
    ['Ik mag er nog niks over zeggen. Wij zijn verloofd 💍', szw],
    ['Leerzame sessie over rubriceren vandaag: wanneer is een stuk Departementaal Vertrouwelijk en wanneer niet?', bzk],
    ['Goede training gehad over het omgaan met staatsgeheime informatie. Aanrader voor iedereen bij het Rijk.', bzk],
    ['PSA: classified documents go in the locked cabinet, not on your desk over the weekend. Clean desk!', bzk],
    ['The distance between us and our German colleagues is only two hours by train.', bzk],
  ])('no confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(false);
  });

  it.each<Case>([
    ['Ik mag nog niks zeggen, maar de reorganisatie gaat door en er verdwijnen veertig banen.', szw],
    ['Tussen ons: de minister stapt volgende week op.', bzk],
    ['Between us: the steering group decided to close the Zwolle office.', bzk],
  ])('still confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(true);
  });
});

describe('security-vulnerability: a breakdown is no weakness', () => {
  it.each<Case>([
    ['Wat een dag: laptop crasht, de wifi ligt eruit en de printer is weer stuk.', bzk],
    ['Blijf vandaag lekker in je tuin zitten, het wordt 28 graden.', bzk],
    ['Ugh, the VPN is down again and I have forty files to finish today.', bzk],
  ])('no confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(false);
  });

  it.each<Case>([
    ['Onze VPN draait nog op een versie met een bekend lek, al drie maanden niet gepatcht.', bzk],
    ['De achterdeur van ons gebouw sluit al weken niet, de pasjeslezer is kapot.', bzk],
    ['Er zit een lek in de beveiliging van ons zaaksysteem en niemand doet er iets aan.', bzk],
  ])('still confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(true);
  });
});
