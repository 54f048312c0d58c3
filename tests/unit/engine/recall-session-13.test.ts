/**
 * Session 13 recall (issue #3): cue families for victim privacy, confidentiality and speaking on behalf,
 * written as phrasings of their own (not corpus lines), each with harmless uses of the same words.
 * Victim privacy: hearsay and innuendo ("schijnt dat", "ik hoor intern", "wie hem kent", "wss"), "haar"/"her"
 * and a street as the person in a guess, approximate ages ("een jaar of 12", "in his fifties", "hij was pas acht"),
 * a tram or train death, self-harm put mildly, a colleague in intensive care, MS.
 * Confidentiality: what an internal note "says" or what "staat in" it, "intern besloten", a decision in a named
 * internal meeting, publication only later, "ik kan (wel) zeggen:", "dan iedereen denkt", "the press line is
 * not ready yet", "krijgt de Kamer nooit te zien", a 24-hour clock time of an operation.
 * Speaking on behalf: "ons team zorgt ervoor dat", "we'll make sure", "we laten jullie niet in de steek",
 * "we will not tolerate", "hierbij laat … weten", "namens ons allemaal bij …", "goed nieuws van de gemeente:",
 * "the police have decided:", promises ("dat heb ik geregeld",
 * "daar staan wij voor", "daar zorg ik voor") and more organisation names (reclassering, ILT, CJIB …).
 */
import type { Category } from '../../../lib/engine/types';
import { type OrgCase as Case, describeRecallFamilies } from './helpers';

const families: { category: Category; flagged: Case[]; clean: Case[] }[] = [
  {
    category: 'victim-privacy',
    flagged: [
      ['jenv', 'Schijnt dat die ontvoerder uit Almelo in de cel ernstig ziek is geworden.'],
      ['politie', 'wss zat die gast van de schietpartij in Noord gewoon in de drugs, ken hem nog van vroeger'],
      ['politie', 'Ik denk dat die jongen die bij het station is neergestoken gewoon in de drugs zat.'],
      [
        'ocw',
        'Het meisje dat gisteren in de Dorpsstraat onder de tram kwam, zat bij mijn dochter in de klas. Ze was pas negen.',
      ],
      ['politie', 'The man who was stabbed on Main Street last night is a 34-year-old dad of two from our estate.'],
      ['bzk', 'Onze collega Peter ligt sinds gisteren op de IC na een hartinfarct.'],
      ['jenv', 'Gedetineerde in cel 4 heeft weer een poging gedaan, derde keer deze maand.'],
      ['vws', 'Surely that patient in bed 4 is faking it, she has been here six times this month.'],
    ],
    clean: [
      ['gemeente', 'Denk vandaag aan alle slachtoffers van verkeersongevallen.'],
      ['jenv', 'Slachtofferhulp staat klaar voor iedereen die iets heeft meegemaakt.'],
      ['gemeente', 'Mijn opa is 90 geworden en we vierden het in Zwolle!'],
      ['gemeente', 'Minuut stilte voor onze collega die vorig jaar overleed. We missen je.'],
      ['politie', 'Ik denk dat we in Zwolle meer wijkagenten nodig hebben.'],
      ['gemeente', 'Onze wijkagent Peter is 60 geworden, gefeliciteerd!'],
      ['vws', 'Elk jaar overlijden honderden ouderen aan een val thuis, let op elkaar.'],
      ['szw', 'Klant belt vanaf het strand, op de achtergrond hoor ik de zee en een ijscokar.'],
    ],
  },
  {
    category: 'confidentiality',
    flagged: [
      [
        'szw',
        'Net uit het MT: er gaan volgend jaar dertig fte uit de afdeling. Officieel hoort iedereen het in maart.',
      ],
      ['ienw', 'Internal memo says the cracks in the bridge are worse than what we told the council.'],
      ['jenv', 'Intern is nu besloten dat de rechtbank twee locaties sluit. Persbericht volgt in februari.'],
      ['bzk', 'Gisteren in het DG-overleg besloten: het programma stopt. De gemeenten horen het pas in juni.'],
      [
        'def',
        'Mensen vragen me of de grensbewaking omhoog gaat. Ik kan zeggen: vanaf de 15e staan er vier extra teams.',
      ],
      ['fin', 'De tabaksaccijns gaat harder omhoog dan iedereen denkt.'],
      [
        'bz',
        'The minister cancels the trip next week, the other side was told this morning. Press line not ready yet.',
      ],
      ['szw', 'Just came out of the MT: 40 jobs will go at our directorate next year.'],
    ],
    clean: [
      ['vws', 'Vertrouwelijkheid is een groot goed in ons werk, ook op social media.'],
      ['vws', 'Het rapport is vandaag gepubliceerd, lees het op rijksoverheid.nl.'],
      ['def', 'Morgen om 10 uur is de open dag van de kazerne, iedereen welkom!'],
      ['fin', 'Mijn teamleider vertelde net dat ze met pensioen gaat, we gaan haar missen!'],
      ['gemeente', 'Volgens het recept van mijn moeder: het geheim zit in de saus.'],
      ['gemeente', 'Ik kan je wel vertellen dat er elke week vrijwilligers tekort zijn bij de voedselbank.'],
    ],
  },
  {
    category: 'speaking-on-behalf',
    flagged: [
      ['gemeente', 'Ons team zorgt ervoor dat alle klachten over de gemeente binnen een week zijn afgehandeld.'],
      ['gemeente', 'Our team at the municipality will make sure every applicant hears back within two weeks.'],
      ['def', 'Defensie staat klaar om te helpen bij het hoogwater. Wij laten jullie niet in de steek!'],
      ['politie', 'Dutch police here. We will not tolerate any more street racing in this town.'],
      ['ienw', 'Hierbij laat Rijkswaterstaat weten dat de dijk dit weekend gewoon open blijft.'],
      ['gemeente', 'Goed nieuws van de gemeente: vanaf volgende maand zijn we ook op zaterdag open!'],
      ['politie', 'The Dutch police have decided: from next year, non-urgent calls are answered by day only.'],
      [
        'gemeente',
        'De gemeente Utrecht gaat vanaf januari het parkeertarief verlagen, dat heb ik vandaag kunnen regelen.',
      ],
      ['jenv', 'Namens Reclassering Nederland: vanaf volgende maand krijgt iedere veelpleger een enkelband.'],
      ['gemeente', 'Geen zorgen, de gemeente regelt een nieuwe speeltuin voor jullie buurt.'],
    ],
    clean: [
      ['gemeente', 'Ik werk bij de gemeente Utrecht en ben trots op mijn collega’s.'],
      ['gemeente', 'Ons team gaat vrijdag bowlen, zin in!'],
      ['gemeente', 'Namens de voetbalclub: bedankt voor jullie steun!'],
      ['gemeente', 'De gemeente heeft vandaag het nieuwe parkeerbeleid gepubliceerd, lees het op de site.'],
      ['politie', 'Mijn zoon wil later bij de politie, we gaan volgende week naar de open dag.'],
      ['gemeente', 'Wij gaan met het team uit eten om het jubileum te vieren.'],
      ['gemeente', 'Namens het hele team: bedankt voor 38 jaar inzet en geniet van je pensioen!'],
    ],
  },
];

describeRecallFamilies('session 13 recall', families);
