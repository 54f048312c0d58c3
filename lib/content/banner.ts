/**
 * The pre-post warning banner (contract: host data-piketpaal="banner", open
 * shadow root, role="alertdialog", buttons "Aanpassen" / "Toch plaatsen",
 * English "Edit" / "Post anyway"). Keyboard: focus starts on "Aanpassen"
 * (the safe choice), Tab cycles inside the banner, Escape = "Aanpassen".
 */
import type { Finding, UiLanguage } from '../engine/types';
import { t } from '../i18n';
import { severityLabel, stelregelLabel, suggestionLabel } from './labels';
import { createShadowHost, el, type ShadowHost } from './shadow-host';
import { BANNER_CSS } from './styles';

export interface BannerChoice {
  onEdit: () => void;
  onPostAnyway: () => void;
  /** Only for unit tests (happy-dom clicks are untrusted); production never sets it. */
  acceptUntrusted?: boolean;
}

let bannerCounter = 0;

export class Banner {
  readonly shadow: ShadowHost;
  private readonly edit: HTMLButtonElement;
  private readonly post: HTMLButtonElement;
  private readonly box: HTMLDivElement;
  private closed = false;

  constructor(doc: Document, findings: Finding[], lang: UiLanguage, anchor: DOMRect | null, choice: BannerChoice) {
    this.shadow = createShadowHost(doc, 'banner', BANNER_CSS);
    const id = `piketpaal-banner-${++bannerCounter}`;
    this.box = el(doc, 'div', 'banner font');
    this.box.setAttribute('role', 'alertdialog');
    this.box.setAttribute('aria-modal', 'true');
    this.box.setAttribute('aria-labelledby', `${id}-title`);
    this.box.setAttribute('aria-describedby', `${id}-intro`);
    const title = el(doc, 'h2', undefined, t('content_banner_title', lang));
    title.id = `${id}-title`;
    const intro = el(doc, 'p', 'intro', t('content_banner_intro', lang));
    intro.id = `${id}-intro`;
    const list = el(doc, 'ul');
    for (const finding of findings) list.append(this.findingItem(doc, finding, lang));
    this.edit = el(doc, 'button', 'edit', t('content_banner_edit', lang));
    this.edit.type = 'button';
    this.post = el(doc, 'button', 'post', t('content_banner_post_anyway', lang));
    this.post.type = 'button';
    const actions = el(doc, 'div', 'actions');
    actions.append(this.post, this.edit);
    this.box.append(title, intro, list, actions);
    this.shadow.root.append(this.box);

    this.edit.addEventListener('click', () => this.finish(choice.onEdit));
    // Only the user's own press posts: a script on the page must not be able to click "Toch plaatsen".
    this.post.addEventListener('click', (event) => {
      if (event.isTrusted || choice.acceptUntrusted) this.finish(choice.onPostAnyway);
    });
    this.shadow.root.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent, choice));
    this.place(doc, anchor);
    this.edit.focus();
  }

  private findingItem(doc: Document, finding: Finding, lang: UiLanguage): HTMLLIElement {
    const item = el(doc, 'li', `sev-${finding.severity}`);
    const head = el(doc, 'p');
    head.append(el(doc, 'span', 'label', `${severityLabel(finding.severity, lang)}: `));
    if (finding.excerpt) head.append(el(doc, 'span', 'excerpt', `“${finding.excerpt}” `));
    head.append(doc.createTextNode(finding.message));
    item.append(head, el(doc, 'p', 'rule', stelregelLabel(finding, lang)));
    if (finding.suggestion) item.append(el(doc, 'p', 'tip', suggestionLabel(finding, lang)));
    return item;
  }

  private onKey(event: KeyboardEvent, choice: BannerChoice): void {
    // Our keys must not reach the site (X closes its compose modal on Escape, for one).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.finish(choice.onEdit);
    } else if (event.key === 'Tab') {
      // Focus trap: two buttons, cycle between them.
      event.preventDefault();
      const active = this.shadow.root.activeElement;
      const order = [this.post, this.edit];
      const at = order.indexOf(active as HTMLButtonElement);
      const next = event.shiftKey ? (at <= 0 ? order.length - 1 : at - 1) : (at + 1) % order.length;
      order[next]?.focus();
    }
  }

  /** Below the composer when there is room, otherwise above it; always inside the viewport. */
  private place(doc: Document, anchor: DOMRect | null): void {
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const width = Math.min(460, vw - 16);
    const height = this.box.offsetHeight || 220;
    let left = anchor ? anchor.left : (vw - width) / 2;
    left = Math.max(8, Math.min(left, vw - width - 8));
    let top = anchor ? anchor.bottom + 8 : 16;
    if (anchor && top + height > vh - 8) top = anchor.top - height - 8;
    top = Math.max(8, Math.min(top, vh - height - 8));
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }

  focus(): void {
    this.edit.focus();
  }

  private finish(action: () => void): void {
    if (this.closed) return;
    this.close();
    action();
  }

  close(): void {
    this.closed = true;
    this.shadow.host.remove();
  }

  get isOpen(): boolean {
    return !this.closed;
  }
}
