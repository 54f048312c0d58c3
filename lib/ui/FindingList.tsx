/**
 * Findings grouped by stelregel (1–4), most severe first within a group.
 * Texts are rendered as text nodes only: excerpts come from the user's draft
 * or a web page and are never interpreted as HTML.
 */
import type { Finding, Severity, Stelregel } from '../engine/types';
import type { UiLanguage } from '../i18n';
import { t } from '../i18n';
import { SeverityBadge } from './SeverityBadge';

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, warning: 1, info: 2 };

export function groupByStelregel(findings: Finding[]): [Stelregel, Finding[]][] {
  const groups = new Map<Stelregel, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.stelregel) ?? [];
    list.push(finding);
    groups.set(finding.stelregel, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rule, list]) => [rule, [...list].sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity])]);
}

interface FindingListProps {
  findings: Finding[];
  lang: UiLanguage;
  /** Heading level of the stelregel titles (the page decides its outline). */
  headingLevel?: 2 | 3;
  /** Draft or field text, to show the excerpt when the finding has none. */
  text?: string;
}

export function FindingList({ findings, lang, headingLevel = 2, text }: FindingListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="pp-finding-groups">
      {groupByStelregel(findings).map(([stelregel, list]) => (
        <section class="pp-stelregel" key={stelregel} aria-labelledby={`pp-stelregel-${stelregel}`}>
          <Heading class="pp-stelregel__title" id={`pp-stelregel-${stelregel}`}>
            <span class="pp-stelregel__number" aria-hidden="true">
              {stelregel}
            </span>
            <span>{t('ui_stelregel_title', lang, stelregel, t(`ui_stelregel_${stelregel}`, lang))}</span>
          </Heading>
          <ul class="pp-findings">
            {list.map((finding) => {
              const excerpt = finding.excerpt ?? text?.slice(finding.start, finding.end);
              return (
                <li
                  class={`pp-finding pp-finding--${finding.severity}`}
                  key={`${finding.rule}:${finding.field ?? ''}:${finding.start}:${finding.end}`}
                >
                  <div class="pp-finding__head">
                    <SeverityBadge severity={finding.severity} lang={lang} />
                    {excerpt ? <span class="pp-finding__excerpt">“{excerpt}”</span> : null}
                  </div>
                  <p class="pp-finding__message">{finding.message}</p>
                  {finding.suggestion ? (
                    <p class="pp-finding__suggestion">
                      <strong>{t('ui_suggestion', lang)}</strong> {finding.suggestion}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
