import { describe, expect, it } from 'vitest';
import { raisedCategories } from './helpers';

function categories(text: string, organisation = 'szw'): string[] {
  return raisedCategories(text, { organisation, topics: [], role: 'medewerker' });
}

describe('tone: word families and fresh phrasings', () => {
  it.each([
    'Die pleurislijers van de overkant hebben weer hun vuilnis bij ons neergegooid.',
    'Krijg nou de tering met je parkeerbon.',
    'Sodemieter toch op met je eeuwige vergaderingen.',
    "Weer zo'n klant die denkt dat hij met schreeuwen sneller aan de beurt is.",
    'Gelukszoekers allemaal, ze komen alleen voor het geld.',
    'Collega heeft mijn lunch gejat, vuile 🐀.',
    'Heb je dat kapsel van de teamleider gezien? Lijkt wel een afgelikte cavia.',
    "Mijn collega is zo'n vette slijmerd.",
    "Ik draai z'n nek om als hij dat nog eens doet.",
    'Wie dit weer fout doet: NIET NORMAAL!!',
    'That guy in accounts is such a knobhead.',
  ])('flags %s', (text) => {
    expect(categories(text)).toContain('tone');
  });

  it.each([
    'De klant die vandaag belde was heel vriendelijk en bedankte ons.',
    'De afvalstoffenheffing gaat volgend jaar omhoog, staat in de begroting.',
    'Visited a hospital today; she told me all about her grandchildren.',
    'Overleg tussen RIVM GGD vandaag!',
    'Onze varkenshouderij-excursie met de studenten was erg leerzaam.',
    "Ik ben zelf ook zo'n sukkel die zijn sleutels laat liggen, haha.",
    "I'm such an idiot, left my charger at home again.",
    'Mijn kat is een echte luilak, ligt de hele dag in de zon.',
    "Scheldwoorden als 'tering' en 'kanker' doen pijn bij mensen die ziek zijn geweest.",
  ])('leaves %s alone', (text) => {
    expect(categories(text)).not.toContain('tone');
  });
});
