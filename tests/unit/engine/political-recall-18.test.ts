/**
 * Session 18 (political18): indirect political opinions the rules now see, each family beside harmless
 * texts of the same shape that must stay clean. Rules only (the backstop left out, see helpers.ts).
 */
import { describe, expect, it } from 'vitest';
import { raisedByRules } from './helpers';

const profile = { organisation: 'bzk', topics: [], role: 'beleidsmedewerker' };

const political = (text: string) => raisedByRules(text, profile).includes('political-opinion');

const families: { name: string; flagged: string[]; clean: string[] }[] = [
  {
    name: 'evaluative verdicts on a political subject (vergissing, ramp, averechts, oneens, mistake, symbolism)',
    flagged: [
      'Het afschaffen van de vliegtaks door dit kabinet is een historische vergissing.',
      'Die nieuwe minister van Onderwijs is echt een ramp.',
      "The coalition's housing bill is a costly mistake.",
      'Die nieuwe huurwet werkt averechts, dat zie je nu al.',
      'Ik ben het fundamenteel oneens met dit kabinet over de pensioenleeftijd.',
      'Het college durft gewoon niet te kiezen tussen de haven en de wijk.',
      'Onze stad verdient beter dan deze wethouder.',
      'Die nieuwe asielwet is veel te soft.',
      'Kernenergie is de enige realistische optie, wie daar nog tegen is leeft in het verleden.',
    ],
    clean: [
      'De minister bezocht vandaag het rampgebied in Limburg.',
      'Huurders durven vaak niet te klagen bij de Huurcommissie over het puntenstelsel. Kijk op de site hoe het werkt.',
      'Mijn verwachting: de regeling schuift nog twee kabinetten door, er zijn gewoon niet genoeg medewerkers.',
      'Veteranendag in Den Haag: de minister hield een mooie toespraak en het regende veel te hard.',
    ],
  },
  {
    name: 'praise: "heeft gewoon gelijk", backbone, a negation before the actor no longer hides it',
    flagged: [
      'D66 heeft gewoon gelijk over de studiefinanciering.',
      'Finally some backbone in that cabinet.',
      "Can't believe the minister still defends this plan. Embarrassing.",
    ],
    clean: ['Vandaag had ik gelijk de minister aan de lijn, hij had het druk.'],
  },
  {
    name: 'voting advice in other wordings (dates, inverted order, the booth, "je weet wel welke")',
    flagged: [
      'Stem 18 maart op een partij die wel om onderwijs geeft.',
      'Voor het eerst in twintig jaar ga ik CDA stemmen.',
      'Nooit meer PVV. Klaar.',
      'Denk er in het stemhokje even goed over na wie jouw huur heeft laten stijgen.',
      'Gaan jullie woensdag stemmen? Jullie weten wel welke club ik bedoel 😉',
      'Vier jaar niks voor elkaar gekregen. Volgende keer beter kiezen, mensen.',
      'Voor wie twijfelt: alles behalve die partij van de boze boeren.',
      'Ik hoop echt dat iedereen morgen op de SP stemt.',
    ],
    clean: [
      'Het was een mooie stemming in de zaal, je weet wel wat ik bedoel.',
      'Het was niet D66. Het was de VVD die de motie indiende.',
      'Denk aan je ID-kaart als je naar de stembus gaat. Elke stem telt!',
      'Gaan jullie woensdag stemmen? Neem je stempas en ID mee naar het stemlokaal.',
    ],
  },
];

describe('political recall, session 18', () => {
  for (const family of families) {
    describe(family.name, () => {
      it.each(family.flagged)('flags: %s', (text) => expect(political(text)).toBe(true));
      it.each(family.clean)('stays clean: %s', (text) => expect(political(text)).toBe(false));
    });
  }
});
