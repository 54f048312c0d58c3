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
    // sneers in English, a 'weer zo'n Einstein' at the desk, a group sent 'de pot op'
    'The guy from the other delegation is a pompous ass.',
    'What a pompous clown.',
    'Touch grass, my guy.',
    'lol imagine being this dumb in public',
    "Vandaag weer zo'n Einstein aan de balie die zijn paspoort kwijt was.",
    'Al die populisten in de Kamer kunnen wat mij betreft de pot op.',
    'Die hangjongeren bij de Jumbo kunnen de pot op.',
    'Doe het lekker ergens anders, egoïst.',
    'Wat een walgelijk mens.',
    // laughing at a patient or a man picked up at night
    "Meneer op kamer 12 vroeg me 5x of ik z'n dochter was 😂😂",
    'Picked up a guy last night, so high he thought I was his mum 😂',
    // capitals after a negation are still shouting
    'BEL NIET 112 OMDAT JE WIFI HET NIET DOET.',
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
    'We touched grass and trees on the nature walk today.',
    'Imagine being this happy on a Monday!',
    'Einstein aan de balie: onze nieuwe quiz in de bibliotheek.',
    'Die oude kast kan naar de kringloop, al die spullen mogen de deur uit.',
    'Ik wil niet dat je NS en KLM verwart.',
    'Ik ben soms een egoïst, ik geef het toe.',
    'Het weer was walgelijk, maar de mensen waren top.',
    'Een vrouw vroeg of ze mocht meedoen aan de rondleiding, natuurlijk! 😂',
    'Mooie middag met de vrouwen van de inloop in de moestuin 😂🌻',
  ])('leaves %s alone', (text) => {
    expect(toneByRules(text)).toBe(false);
  });
});
