/**
 * Session 20 (issue #3, fa20): a post that shares a link to a published source (an explainer, a letter to parliament,
 * an official site) is sharing, not the author's political judgement or a leak: `detector:post-link` (a URL, no own
 * work named) is an exception of political-praise, -policy-judgement, -issue-judgement, -stance, -forecast,
 * voting-advice and of confidential-marker, internal-source-seen, security-vulnerability, operational-details and
 * case-file-details. Develop files: 46 clean lines fewer with a warning, one right finding lost. The same praise or
 * stance without a link still warns; political-judgement and political-sarcasm-post keep warning with a link.
 */
import { describe, expect, it } from 'vitest';
import { raisedByRules } from './helpers';

const political = (text: string) =>
  raisedByRules(text, { organisation: 'bzk', topics: [], role: 'medewerker' }).includes('political-opinion');

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
