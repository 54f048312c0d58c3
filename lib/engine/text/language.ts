/**
 * Per-sentence language (Dutch or English): function words first (reliable on
 * short social-media sentences), franc-min restricted to nld/eng for the rest.
 */
import { franc } from 'franc-min';
import type { Token } from './tokenizer';

const DUTCH = new Set(
  "de het een en van ik je jij we wij ze zij hij is zijn was waren niet geen wel dat die dit deze met voor op aan bij uit naar om te ook maar nog al als dan wat wie hoe waar er heb hebt heeft hebben wordt worden zou zullen kan kun kunnen moet moeten mag mijn m'n jullie ons onze hun haar hem men nu toch gewoon even echt heel weer zo zoals omdat want door over tot tussen vandaag morgen gisteren alle iedereen niks niets iets geen veel meer daar hier mee zich z'n wordt gaat gaan doet doen".split(
    ' ',
  ),
);
const ENGLISH = new Set(
  "the a an and of i you we they he she it is are was were not no that this these those with for on at by from to also but still as than what who how where there have has had will would can could must may my your our their his her him me us them now just really very again so because about until today tomorrow yesterday all everyone nothing something more here into its it's i'm don't can't won't let's be been being do does did get got going".split(
    ' ',
  ),
);

export type TextLanguage = 'nl' | 'en';

export function functionWordScore(tokens: Token[], from = 0, to = tokens.length): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (DUTCH.has(t.norm)) nl++;
    if (ENGLISH.has(t.norm)) en++;
  }
  return { nl, en };
}

export function detectLanguage(
  sentenceText: string,
  tokens: Token[],
  from: number,
  to: number,
  fallback: TextLanguage,
): TextLanguage {
  const { nl, en } = functionWordScore(tokens, from, to);
  if (nl >= en + 2 || (nl > 0 && en === 0)) return 'nl';
  if (en >= nl + 2 || (en > 0 && nl === 0)) return 'en';
  if (sentenceText.length >= 25) {
    const code = franc(sentenceText, { only: ['nld', 'eng'], minLength: 10 });
    if (code === 'nld') return 'nl';
    if (code === 'eng') return 'en';
  }
  if (nl > en) return 'nl';
  if (en > nl) return 'en';
  return fallback;
}

/** Language of a whole text, used as the fallback for undecided sentences. */
export function detectTextLanguage(text: string, tokens: Token[]): TextLanguage {
  const { nl, en } = functionWordScore(tokens);
  if (nl > en * 1.5) return 'nl';
  if (en > nl * 1.5) return 'en';
  const code = franc(text, { only: ['nld', 'eng'], minLength: 10 });
  return code === 'eng' ? 'en' : 'nl';
}
