import { describe, expect, it } from 'vitest';
import { raisedByRules } from './helpers';

const profile = { organisation: 'gemeente', topics: [], role: 'medewerker' };

function toneByRules(text: string): boolean {
  return raisedByRules(text, profile).includes('tone');
}

describe('tone recall by rules (session 18)', () => {
  it.each([
    // a person or group called a clown, beasts, terrorists; clown compounds
    'Die wethouder van ons is echt een clown.',
    'Wilders is de clown in de piste.',
    'Sommige gedetineerden zijn gewoon beesten.',
    'Die gasten die met 140 door een 30-zone scheuren zijn gewoon terroristen.',
    'Die nieuwe wethouder is echt een kleuter.',
    'Die stikstofclowns hebben nog steeds geen plan.',
    'Die FvD-clowns in de Eerste Kamer weer.',
    'Kabinet van clowns.',
    'Wie stemt op die populistische clowns moet niet zeuren.',
    'Je bent een triest mannetje.',
    // veiled threats
    'Ik weet wie je bent.',
    'Wij weten precies wie jullie zijn.',
    'Blijf maar achter je schermpje zitten, ik weet je heus wel te vinden.',
    'Als ik jullie vind, breek ik jullie poten.',
    'Als ik je vind ben je die blazer kwijt.',
    'Als ik die gast te pakken krijg, is hij nog niet jarig.',
    'Als die demonstranten weer voor de poort staan, sleur ik ze er persoonlijk weg.',
    "Als ik hem zie trek ik persoonlijk z'n oren eraf.",
    'Als ze de poort nog één keer blokkeren, rij ik er gewoon doorheen.',
    'Wij gaan jullie vinden en jullie gaan betalen.',
    'Dear shoplifters: we will make your life hell.',
    'Block the ambulances tomorrow. Try it and see what happens.',
  ])('flags %s', (text) => {
    expect(toneByRules(text)).toBe(true);
  });

  it.each([
    'Mijn zoontje is echt een clown op feestjes.',
    'De CliniClowns kwamen langs op de kinderafdeling.',
    'Op het kinderfeest waren twee clowns, alle kinderen blij.',
    'Hij is geen clown, hij is een serieuze bestuurder.',
    'Die boete is echt een lachertje, tien euro.',
    'Als ik je vind op LinkedIn stuur ik een berichtje.',
    'Wij weten precies wie jullie nodig hebben: bel ons gerust.',
    'Als het tegenzit trek ik persoonlijk aan de bel.',
    'We komen jullie om acht uur ophalen voor het schoolreisje.',
    'Try it and let us know what you think.',
  ])('leaves %s alone', (text) => {
    expect(toneByRules(text)).toBe(false);
  });
});
