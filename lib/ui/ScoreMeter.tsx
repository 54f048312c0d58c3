/** The draft's overall risk score (0–100) as a number with a bar and a word. */
import type { UiLanguage } from '../i18n';
import { t } from '../i18n';

export function scoreLevel(score: number): 'low' | 'warning' | 'high' {
  if (score >= 60) return 'high';
  if (score >= 25) return 'warning';
  return 'low';
}

export function ScoreMeter({ score, lang }: { score: number; lang: UiLanguage }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const level = scoreLevel(value);
  return (
    <div class={`pp-score pp-score--${level}`}>
      <span class="pp-score__value">
        <span class="pp-visually-hidden">{t('ui_score_label', lang)}: </span>
        {value}
      </span>
      {/* The bar repeats the number for the eye; screen readers get the number and the word. */}
      <div class="pp-score__meter" aria-hidden="true">
        <div class="pp-score__fill" style={{ width: `${value}%` }} />
      </div>
      <span>{t(`ui_score_${level}`, lang)}</span>
    </div>
  );
}
