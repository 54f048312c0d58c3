/**
 * The small indicator by a composer: count and highest severity, accessible
 * name like "Piketpaal: 2 waarschuwingen". Activating it opens a panel with
 * each finding's message, stelregel and suggestion (keyboard: Enter/Space
 * opens, Escape closes and returns focus to the indicator).
 */
import type { Finding, UiLanguage } from '../engine/types';
import { t } from '../i18n';
import { appendFindingDetails, indicatorLabel } from './labels';
import { highestSeverity } from './severity';
import { createShadowHost, el, type ShadowHost } from './shadow-host';
import { INDICATOR_CSS } from './styles';

let panelCounter = 0;

export class Indicator {
  readonly shadow: ShadowHost;
  private readonly doc: Document;
  private readonly button: HTMLButtonElement;
  private readonly count: HTMLSpanElement;
  private readonly panel: HTMLDivElement;
  private findings: Finding[] = [];
  private lang: UiLanguage = 'nl';

  constructor(doc: Document) {
    this.doc = doc;
    this.shadow = createShadowHost(doc, 'indicator', INDICATOR_CSS);
    this.button = el(doc, 'button', 'button');
    this.button.type = 'button';
    // Visible text is only the count, which the accessible name contains (WCAG 2.5.3 label in name).
    const dot = el(doc, 'span', 'dot');
    dot.setAttribute('aria-hidden', 'true');
    this.count = el(doc, 'span');
    this.button.append(dot, this.count);
    this.panel = el(doc, 'div', 'panel font');
    this.panel.id = `piketpaal-panel-${++panelCounter}`;
    this.panel.setAttribute('role', 'dialog');
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', this.panel.id);
    this.button.addEventListener('click', () => this.toggle());
    this.shadow.root.addEventListener('keydown', (event) => {
      const key = event as KeyboardEvent;
      // Keys inside our UI are ours: the site must not treat them as shortcuts.
      key.stopPropagation();
      if (key.key === 'Escape' && !this.panel.hidden) {
        key.preventDefault();
        this.close();
        this.button.focus();
      }
    });
    this.shadow.root.append(this.button, this.panel);
    this.button.hidden = true;
  }

  update(findings: Finding[], lang: UiLanguage, visible: boolean): void {
    this.findings = findings;
    this.lang = lang;
    const label = indicatorLabel(findings, lang);
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
    this.count.textContent = String(findings.length);
    const highest = highestSeverity(findings);
    this.button.className = `button${highest ? ` sev-${highest}` : ''}`;
    this.button.hidden = !visible;
    this.shadow.host.setAttribute('data-count', String(findings.length));
    this.shadow.host.setAttribute('data-severity', highest ?? 'none');
    if (!visible) this.close();
    else if (!this.panel.hidden) this.fillPanel();
  }

  /** Places the indicator at the composer's bottom-right corner, just outside when there is room. */
  place(editorRect: DOMRect): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const outside = editorRect.right + 6 + 40 <= width;
    const left = outside ? editorRect.right + 6 : Math.max(4, editorRect.right - 40);
    const top = Math.max(4, editorRect.bottom - 26);
    this.button.style.left = `${left}px`;
    this.button.style.top = `${top}px`;
    const panelLeft = Math.max(8, Math.min(left - 320, width - 368));
    this.panel.style.left = `${panelLeft}px`;
    this.panel.style.top = `${top + 30}px`;
  }

  private toggle(): void {
    if (this.panel.hidden) {
      this.fillPanel();
      this.panel.hidden = false;
      this.button.setAttribute('aria-expanded', 'true');
    } else {
      this.close();
    }
  }

  private close(): void {
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  private fillPanel(): void {
    const heading = el(this.doc, 'h2', undefined, indicatorLabel(this.findings, this.lang));
    heading.id = `${this.panel.id}-title`;
    this.panel.setAttribute('aria-labelledby', heading.id);
    const list = el(this.doc, 'ul');
    for (const finding of this.findings) {
      const item = el(this.doc, 'li');
      appendFindingDetails(this.doc, item, finding, this.lang);
      list.append(item);
    }
    const close = el(this.doc, 'button', 'close', t('content_close', this.lang));
    close.type = 'button';
    close.addEventListener('click', () => {
      this.close();
      this.button.focus();
    });
    this.panel.replaceChildren(heading, ...(this.findings.length ? [list] : []), close);
  }

  dispose(): void {
    this.shadow.host.remove();
  }
}
