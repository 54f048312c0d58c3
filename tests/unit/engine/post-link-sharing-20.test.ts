/**
 * Session 20 (issue #3, fa20): a post that shares a link to a published source (an explainer, a letter to parliament,
 * an official site) is sharing, not the author's political judgement or a leak: `detector:post-link` (a URL, no own
 * work named) is an exception of political-praise, -policy-judgement, -issue-judgement, -stance, -forecast and of
 * internal-source-seen, security-vulnerability, operational-details and case-file-details. Develop files: 46 clean
 * lines fewer with a warning, one right finding lost. The same praise or stance without a link still warns;
 * political-judgement and political-sarcasm-post keep warning with a link. Explicit markers are no sharing, link or
 * not (the lead's review): voting advice ("Stem allemaal op …") and a confidentiality marker ("Tussen ons: …") warn
 * with a link too.
 */
import { describe, expect, it } from 'vitest';
import { raisedByRules } from './helpers';

const PROFILE = { organisation: 'bzk', topics: [], role: 'medewerker' };
const political = (text: string) => raisedByRules(text, PROFILE).includes('political-opinion');

describe('post-link: sharing a published source stays clean', () => {
  it.each([
    'Mooi en helder advies van de Raad van State over de Omgevingswet, aanrader: https://www.raadvanstate.nl/adviezen',
    'Op vakantie buiten de EU? Check even wat je mee terug mag nemen, scheelt gedoe 😉 https://www.douane.nl',
  ])('leaves "%s" alone', (text) => {
    expect(political(text)).toBe(false);
  });
});

describe('post-link: without a link, or with a judgement, it still warns', () => {
  it.each([
    'Mooi en helder advies van de Raad van State over de Omgevingswet, aanrader!',
    'Wat een knap kabinet, eindelijk doen ze iets goeds voor de boeren!',
    'Schandalig hoe dit kabinet met de boeren omgaat, lees zelf maar: https://nos.nl/artikel/123',
  ])('flags "%s"', (text) => {
    expect(political(text)).toBe(true);
  });
});

describe('post-link: explicit markers warn with a link too', () => {
  it.each([
    'Stem allemaal op de PVV! https://pvv.nl/programma',
    'Niet op de VVD stemmen mensen, lees waarom: https://nos.nl/artikel/123',
  ])('voting advice "%s"', (text) => {
    expect(political(text)).toBe(true);
  });

  it('a confidentiality marker with a link', () => {
    const text = 'Tussen ons: de reorganisatie gaat door, 40 banen weg. https://intranet.minbzk.nl/nieuws';
    expect(raisedByRules(text, PROFILE)).toContain('confidentiality');
  });
});
