/**
 * Light words near the own area (session 14, issue #3): a negative word a sentence away from the
 * own-area subject (core/own-area-judgement-near), and the area-critique words that on their own name a
 * burden, a lapse of time or a correction (@area-critique-weak, core/own-area-critique-context), count as
 * an opinion only with a second critical cue. A negative word in the same sentence as the subject still
 * counts alone (core/own-area-judgement).
 */
import { describe, expect, it } from 'vitest';
import { checkPostAllFindings } from '../../../lib/engine/engine';
import type { UserProfile } from '../../../lib/engine/types';

const ggz: UserProfile = { organisation: 'vws', topics: ['ggz'], role: 'beleidsmedewerker' };
const mest: UserProfile = { organisation: 'lvvn', topics: ['mest'], role: 'beleidsmedewerker' };

/** Every own-area rule that fires at warning or above, before overlapping findings are merged. */
function ownAreaRules(text: string, profile: UserProfile): string[] {
  return checkPostAllFindings({ text, profile })
    .filter((f) => f.category === 'own-policy-area' && f.severity !== 'info' && !f.rule.startsWith('core/backstop-'))
    .map((f) => f.rule);
}

describe('own-area-judgement: a negative word next to the own area', () => {
  it.each([
    [
      'same sentence, alone',
      'De nieuwe regels voor de ggz zijn een regelrechte aanfluiting.',
      'core/own-area-judgement',
    ],
    [
      'next sentence, with a critical signal',
      'Weer een nieuw protocol voor de ggz. Een regelrechte aanfluiting, niemand snapt het.',
      'core/own-area-judgement-near',
    ],
    [
      'next sentence, with an opinion marker',
      'Drie wachtlijsten voor één ggz-behandeling. Belachelijk, als je het mij vraagt.',
      'core/own-area-judgement-near',
    ],
  ])('raises %s', (_case, text, rule) => {
    expect(ownAreaRules(text, ggz)).toContain(rule);
  });

  it.each([
    ['a meal', 'Lekker gegeten naast de ggz-kliniek in Zwolle. Die taart, niet normaal.'],
    ['a film', 'Gisteren een film over de ggz gezien. Wat een dramatisch einde.'],
    ['coffee at a conference', 'Just back from the mental health care conference. Great panels, terrible coffee.'],
    ['a marathon', 'Twenty years in mental health care. Ran the marathon today, legs destroyed, no regrets.'],
  ])('leaves a light remark a sentence away alone: %s', (_case, text) => {
    expect(ownAreaRules(text, ggz)).toEqual([]);
  });
});

describe('own-area-critique-context: burden and time words need a second critical cue', () => {
  it.each([
    ['with a negative judgement', 'Al jaren beloofd, nog steeds niet geregeld: de mestboekhouding blijft een ramp.'],
    ['with a critical signal', 'Nieuwe mestregels, nog meer formulieren. Niemand die het nog snapt.'],
    ['in English, with irony', 'Still not a single extra inspector for the manure rules. Typical.'],
  ])('raises them %s', (_case, text) => {
    expect(ownAreaRules(text, mest)).toContain('core/own-area-critique-context');
  });

  it.each([
    ['a question explained', 'Hoe lang duurt een mestcontrole eigenlijk? Gemiddeld twee uur. Meer uitleg in de draad.'],
    [
      'a myth busted',
      'Veel boeren denken dat de mestboekhouding elk kwartaal moet. Dat klopt niet: één keer per jaar is genoeg.',
    ],
    ['advice', 'Vandaag veertig vragen over de mestregels beantwoord. Tip: vul de formulieren vóór 1 mei in.'],
  ])('leaves them alone in %s', (_case, text) => {
    expect(ownAreaRules(text, mest)).toEqual([]);
  });

  it('keeps the strong critique words on their own', () => {
    expect(ownAreaRules('Papier is geduldig: die nieuwe mestregels gaat niemand handhaven.', mest)).toContain(
      'core/own-area-critique',
    );
  });
});
