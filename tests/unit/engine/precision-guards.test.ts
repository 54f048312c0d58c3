/**
 * Precision guards of session 13 (issue #3), each with a case it must let through and one it must still
 * raise. Judged by the rules alone (raisedByRules): the backstop is retrained each session.
 *
 * - political-judgement, -policy-judgement and -issue-judgement: a post that teases or leaks work news
 *   (a confidentiality finding of teaser-closer, confidential-emoji, confidential-marker or insider-hearsay)
 *   winks with 😏/🤭 or "meer zeg ik niet"; that wink is no political judgement.
 * - the same three rules and the own-area rules: a post about a series, film or thriller watched
 *   (post-personal-frame lexicon) uses policy words as scenery.
 * - prediction (and own-area-structure's "will never"): bare time and norm words are no forecast ("dan hoef je straks niks terug te betalen",
 *   "geweld is nooit normaal", "Hoe dan ook:", "the police will never ask for your PIN", "Volgend jaar weer!").
 * - public-info: a help or service post ("schaam je niet", "praat erover", "wist je dat", "scam alert") is
 *   sharing, not an opinion on the own area.
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisesByRules } from './helpers';

type Case = [text: string, profile: UserProfile];

const az: UserProfile = { organisation: 'az', topics: [] };
const toeslagen: UserProfile = { organisation: 'fin', topics: ['toeslagen'] };
const handhaving: UserProfile = { organisation: 'gemeente', topics: ['handhaving'] };
const politie: UserProfile = { organisation: 'politie', topics: [] };
const victims: UserProfile = { organisation: 'jenv', topics: ['slachtofferbeleid'] };
const schulden: UserProfile = { organisation: 'gemeente', topics: ['schuldhulpverlening'] };
const huur: UserProfile = { organisation: 'bzk', topics: ['huurbeleid'] };
const zorg: UserProfile = { organisation: 'vws', topics: ['ziekenhuiszorg'] };

const raises = raisesByRules;

describe('political rules: a teaser about work news is no political judgement', () => {
  it.each<Case>([
    ['Morgen na de ministerraad komt de premier met iets moois 😏 Meer zeg ik niet.', az],
    ['Ik heb de Troonrede al gelezen, de premier gaat jullie verrassen 😂', az],
  ])('no political opinion, still confidentiality: %s', (...c) => {
    expect(raises('political-opinion', c)).toBe(false);
    expect(raises('confidentiality', c)).toBe(true);
  });

  it.each<Case>([
    ['Wat een slappe premier. Die durft echt niks 🙄', az],
    ['Dit kabinet is een stelletje amateurs, meer zeg ik niet.', az],
  ])('still a political opinion: %s', (...c) => {
    expect(raises('political-opinion', c)).toBe(true);
  });
});

describe('a post about fiction watched or read', () => {
  it.each<Case>([
    [
      'Nieuwe aflevering van die politieserie gekeken: de recherche lost alles op in een uur en de minister belt persoonlijk 😂',
      politie,
    ],
    [
      'Finished season 3 of that hospital drama last night. The surgeons never sleep and the budget is endless. No spoilers!',
      zorg,
    ],
  ])('raises neither own area nor political opinion: %s', (...c) => {
    expect(raises('own-policy-area', c)).toBe(false);
    expect(raises('political-opinion', c)).toBe(false);
  });

  it('still raises an opinion on the own area told without that frame', () => {
    expect(
      raises('own-policy-area', ['Let op mijn woorden: die nieuwe ziekenhuisbekostiging gaat helemaal mis.', zorg]),
    ).toBe(true);
  });
});

describe('prediction: time and norm words are no forecast', () => {
  it.each<Case>([
    [
      'Dienst Toeslagen heeft de voorschotten verstuurd. Check je inkomen, dan hoef je straks niks terug te betalen.',
      toeslagen,
    ],
    ['Agressie tegen handhavers is nooit normaal. Van elke bedreiging doen we aangifte.', handhaving],
    [
      'Melding over een inbreker bleek de buurman met een ladder. Hoe dan ook: goed dat jullie handhaving bellen 👍',
      handhaving,
    ],
    ['Heads up: the tax office will never ask for your toeslagen PIN by phone.', toeslagen],
    ['Wat een dag met alle collega’s van handhaving op de kermis. Volgend jaar weer!', handhaving],
  ])('no own-area finding: %s', (...c) => {
    expect(raises('own-policy-area', c)).toBe(false);
  });

  it.each<Case>([
    ['Straks blijkt dat die nieuwe toeslagenwet niemand helpt.', toeslagen],
    ['Die nieuwe handhavingsapp is nooit op tijd klaar, wacht maar af.', handhaving],
    ['De toeslagen gaan volgend jaar weer omlaag, reken maar.', toeslagen],
    ['That new toeslagen system will never work.', toeslagen],
  ])('still a forecast on the own area: %s', (...c) => {
    expect(raises('own-policy-area', c)).toBe(true);
  });
});

describe('public-info: a help or service post', () => {
  it.each<Case>([
    ['Slachtoffer van een inbraak? Schaam je niet en praat erover. Slachtofferhulp helpt gratis.', victims],
    ['Schulden? Schaam je niet en neem contact op met de schuldhulpverlening van de gemeente.', schulden],
    ['Wist je dat de Huurcommissie kan toetsen of je huur te hoog is? Veel huurders doen het niet.', huur],
    ['Scam alert: people pretending to be from the police ask for bank cards. Hang up and call 0900-8844.', politie],
  ])('no own-area finding: %s', (...c) => {
    expect(raises('own-policy-area', c)).toBe(false);
  });

  it('still raises a critical view on the own area without such a frame', () => {
    expect(
      raises('own-policy-area', ['De huurbescherming is een wassen neus, die huren blijven gewoon stijgen.', huur]),
    ).toBe(true);
  });
});

describe('political rules: Dutch idioms that look like the council or a plan', () => {
  const jeugd: UserProfile = { organisation: 'gemeente', topics: ['jeugd'] };
  it.each<Case>([
    ['Jongerencentrum nu ook op zondag open. Raad eens wie die avonden draait? Precies, ik weer 😂', jeugd],
    ['Paspoort nodig? Plan je afspraak online, de wachtrij aan de balie is vandaag echt insane.', jeugd],
  ])('no political opinion: %s', (...c) => {
    expect(raises('political-opinion', c)).toBe(false);
  });

  it('still reads the council judged', () => {
    expect(
      raises('political-opinion', [
        'De raad heeft weer eens niks begrepen van jeugdbeleid, wat een amateurs 🙄',
        jeugd,
      ]),
    ).toBe(true);
  });
});
