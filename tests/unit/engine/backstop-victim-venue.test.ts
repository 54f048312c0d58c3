/**
 * review17: core/backstop-victim-privacy's venue exception looks in the whole post (exceptionWindow "text"), so it
 * must name a visit to a shop or restaurant ("bij de Syrische zaak") and not every adjective in -se/-sche before
 * "zaak": "die Haagse zaak" and "de tragische zaak" are cases, and in session 17's first version they silenced the
 * backstop on a leak in another sentence. Texts written for this test. The pattern is checked as the engine reads a
 * "re:" term (flags iu), so the test does not depend on the weights the lead retrains. The lead's mend after review17:
 * mourning one's own family ("RIP opa.", "Rust zacht, pap.") discloses nobody's case, which the model warned.
 */
import { describe, expect, it } from 'vitest';
import core from '../../../rules/core.json';

const rule = core.rules.find((r) => r.id === 'backstop-victim-privacy')!;
const venue = rule.exceptions!.filter((cue) => cue.startsWith('re:')).map((cue) => new RegExp(cue.slice(3), 'iu'));
const excepted = (text: string) => venue.some((re) => re.test(text));

describe('core/backstop-victim-privacy: the venue exception', () => {
  it('keeps the finding cue post-wide beside it', () => {
    expect(rule.exceptions).toContain('finding:victim-privacy');
    expect(rule.exceptionWindow).toBe('text');
  });

  it.each([
    'Lunch met de afdeling bij de Syrische zaak op de Korte Nieuwstraat. Aanrader!',
    'Vanavond met de buren naar de nieuwe Ethiopische zaak in de Javastraat.',
    'Eten bij een Surinaamse toko, de roti was geweldig.',
  ])('a visit to a venue named by origin: %s', (text) => {
    expect(excepted(text)).toBe(true);
  });

  it.each([
    'Die Haagse zaak blijft me bezighouden. Het meisje woont twee huizen van de snackbar op de hoek en haar moeder werkt bij de Jumbo hier.',
    'Mevrouw uit de Bloemenbuurt belde ons vannacht weer: haar zoon had haar opnieuw geslagen. Net als in die Haagse zaak.',
    'De tragische zaak van de studente houdt me bezig.',
    'Rust zacht, mevrouw Pietersen. Ze kreeg morfine vanwege uitgezaaide longkanker. Ze woonde boven de Chinese zaak.',
  ])('no visit: a case, or a venue as where someone lives: %s', (text) => {
    expect(excepted(text)).toBe(false);
  });

  it.each([
    'RIP opa. 94 jaar, tot het laatst scherp. Vorige week nog samen naar de markt in Deventer.',
    'Rust zacht, pap. Na twee jaar vechten tegen alvleesklierkanker is hij vannacht thuis in slaap gevallen.',
    'RIP to my grandma. She spent her last weeks in the hospice in Zwolle, surrounded by all of us.',
    'In memoriam, lieve mama ❤️',
  ])("mourning one's own family: %s", (text) => {
    expect(excepted(text)).toBe(true);
  });

  it.each([
    'Rust zacht, oma Jansen van kamer 12. Ze had al weken longontsteking.',
    'RIP opa Henk van de Dorpsstraat, 91 geworden.',
    'Rust zacht, mevrouw De Wit. Ik was haar wijkverpleegkundige.',
  ])("not one's own family: a client or a named neighbour: %s", (text) => {
    expect(excepted(text)).toBe(false);
  });
});
