/**
 * Session 14 recall (issue #3): cue families for tone, speaking on behalf and victim privacy, written as
 * phrasings of their own (not corpus lines), each with harmless uses of the same words.
 * Tone: a sentence that opens on a type of person ("Bejaarden die …", "Weer een klant die …", "Tourists who …")
 * in a post with an eye-roll, a facepalm or a laugh (rule tone-sneer-at-type); writing people off as brainless
 * ("zonder hersens", "if brains were taxed", "they're not very bright"), also of a stereotyped group;
 * name-calling in a demeaning frame ("droogkloot zonder", "jullie hersencellen zijn", "clowns, allemaal",
 * "old bat"). Session 14's review took out the bare words that are often harmless or affectionate
 * ("natuurlijke selectie", "slaapkop", "droogkloot") and the bare pronoun as a person cue.
 * Speaking on behalf: the organisation listening to or backing the reader ("we hebben jullie gehoord", "wij
 * staan achter jullie", "the ministry hears you") and promises in other shapes ("dat zeg ik jullie hierbij toe",
 * "kan ik jullie garanderen dat", ", I promise."), with the organisation named in the post.
 * Victim privacy: 'ziek' or 'met vakantie' in quotes about a colleague or boss (rule quoted-absence-person).
 */
import type { Category } from '../../../lib/engine/types';
import { type OrgCase as Case, describeRecallFamilies } from './helpers';

const families: { category: Category; flagged: Case[]; clean: Case[] }[] = [
  {
    category: 'tone',
    flagged: [
      ['ocw', 'Ouders die denken dat de leerplichtambtenaar niks merkt. Pfff 🙄'],
      ['gemeente', 'Toeristen met hun huurfietsen midden op de Dam, elke zomer weer 🤦'],
      ['szw', 'Weer een aanvrager die zijn eigen adres niet weet 🙃'],
      ['vws', 'Patients who google for an hour and then tell the GP what they have 😂'],
      ['ocw', 'Die leerling vroeg of hij zijn werkstuk mocht inspreken. Generatie zonder hersens.'],
      ['vws', 'Jullie hersencellen zijn blijkbaar ook in quarantaine gegaan.'],
      ['fin', 'Some callers today... if brains were taxed, they would get a refund.'],
      ['bzk', 'Die nieuwe wethouder van ons? Een droogkloot zonder enig plan.'],
      ['gemeente', 'De raadsleden die vanavond weer zaten te appen: clowns, allemaal.'],
      ['vws', 'That old bat on ward 3 rang the bell again at 4 am.'],
    ],
    clean: [
      ['gemeente', 'Bejaarden die hulp willen bij DigiD kunnen dinsdag terecht in de bibliotheek.'],
      ['gemeente', 'Klanten die vandaag langskwamen kregen koffie en taart, wat gezellig 😂'],
      ['gemeente', 'Toeristen die de stad willen zien: de rondvaart vertrekt om 10 uur.'],
      ['vws', 'Onderzoek naar de hersenen van ouderen laat zien dat bewegen helpt.'],
      ['gemeente', 'Clowns bij het buurtfeest, alle kinderen blij!'],
      ['ienw', 'Please move over when you see an ambulance with blue lights.'],
      ['politie', 'Partijtje voetbal: collega’s van de meldkamer tegen de ME. Verloren 😤'],
    ],
  },
  {
    category: 'speaking-on-behalf',
    flagged: [
      ['gemeente', 'Beste bewoners van Oost, over de overlast bij de gemeente: we hebben jullie gehoord!'],
      ['lvvn', 'Het ministerie weet hoe zwaar het is voor de vissers. Wij staan achter jullie!'],
      ['bzk', 'Vanuit het ministerie kan ik jullie garanderen dat de subsidie gewoon doorgaat.'],
      ['gemeente', 'De gemeente ruimt het afval deze week nog op. Dat zeg ik jullie hierbij toe.'],
      ['lvvn', 'Dear fishermen: the ministry hears you.'],
      ['lvvn', 'The ministry will find a fair solution for every farmer, I promise.'],
    ],
    clean: [
      ['gemeente', 'Wij horen jullie graag op de inspraakavond in het stadhuis.'],
      ['gemeente', 'Succes vandaag, jongens van de voetbalclub! Wij staan achter jullie!'],
      ['gemeente', 'I promise myself every year to run the city marathon.'],
    ],
  },
  {
    category: 'victim-privacy',
    flagged: [
      ['bzk', 'Onze afdelingschef is weer eens ‘ziek’. Iedereen weet waarom 🍷'],
      ['fin', 'Mijn leidinggevende is al weken ‘met verlof’. Laten we het daarop houden.'],
      ['bzk', "Our director has been 'on leave' for a month now. We all know why."],
    ],
    clean: [
      ['bzk', 'Onze teamleider is drie weken met vakantie, vragen graag aan mij.'],
      ['vws', 'De campagne ‘ziek is ziek’ start vandaag op alle scholen.'],
      ['szw', 'De regeling ‘verlof’ voor mantelzorgers is vandaag gepubliceerd.'],
    ],
  },
];

describeRecallFamilies('session 14 recall', families);
