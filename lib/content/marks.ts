/**
 * Marks under risky passages, drawn in our own overlay (shadow root, fixed
 * positions from Range.getClientRects / the textarea mirror). The editor's DOM
 * is never touched. Marks let pointer events through (typing and clicking in
 * the editor stay as they were); hovering is detected by hit-testing their
 * rectangles, and each finding has one focusable mark for keyboard users.
 */
import type { Finding, UiLanguage } from '../engine/types';
import { appendFindingDetails } from './labels';
import { createShadowHost, el, type ShadowHost } from './shadow-host';
import { MARKS_CSS } from './styles';

export interface MarkSpec {
  finding: Finding;
  rects: DOMRect[];
}

let tooltipCounter = 0;

function intersects(rect: DOMRect, clip: DOMRect): boolean {
  return rect.right > clip.left && rect.left < clip.right && rect.bottom > clip.top && rect.top < clip.bottom;
}

export class MarksLayer {
  readonly shadow: ShadowHost;
  private readonly doc: Document;
  private readonly layer: HTMLDivElement;
  private readonly tooltip: HTMLDivElement;
  private specs: MarkSpec[] = [];
  private hovered: Finding | null = null;
  private lang: UiLanguage = 'nl';

  constructor(doc: Document) {
    this.doc = doc;
    this.shadow = createShadowHost(doc, 'marks', MARKS_CSS);
    this.layer = el(doc, 'div', 'font');
    this.tooltip = el(doc, 'div', 'tooltip font');
    this.tooltip.id = `piketpaal-tip-${++tooltipCounter}`;
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    this.shadow.root.append(this.layer, this.tooltip);
  }

  /** Redraws all marks; rectangles outside `clip` (the editor's visible box) are left out. */
  render(specs: MarkSpec[], clip: DOMRect | null, lang: UiLanguage): void {
    this.specs = specs;
    this.lang = lang;
    const fragment = this.doc.createDocumentFragment();
    for (const spec of specs) {
      let first = true;
      for (const rect of spec.rects) {
        if (rect.width === 0 || (clip && !intersects(rect, clip))) continue;
        const mark = el(this.doc, 'div', `mark sev-${spec.finding.severity}`);
        mark.style.left = `${rect.left}px`;
        mark.style.top = `${rect.top}px`;
        mark.style.width = `${rect.width}px`;
        mark.style.height = `${rect.height}px`;
        if (first) {
          // One keyboard stop per finding; focusing it shows the same details as hovering.
          mark.classList.add('handle');
          mark.tabIndex = 0;
          mark.setAttribute('role', 'note');
          mark.setAttribute('aria-label', `Piketpaal: ${spec.finding.message}`);
          mark.setAttribute('aria-describedby', this.tooltip.id);
          mark.addEventListener('focus', () => this.showTooltip(spec.finding, rect));
          mark.addEventListener('blur', () => this.hideTooltip());
          first = false;
        } else {
          mark.setAttribute('aria-hidden', 'true');
        }
        fragment.append(mark);
      }
    }
    this.layer.replaceChildren(fragment);
    if (this.hovered && !specs.some((s) => s.finding === this.hovered)) this.hideTooltip();
  }

  /** Pointer position in viewport coordinates: shows the tooltip of the mark under it. */
  hover(x: number, y: number): void {
    for (const spec of this.specs) {
      for (const rect of spec.rects) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          if (this.hovered !== spec.finding) this.showTooltip(spec.finding, rect);
          return;
        }
      }
    }
    if (this.hovered) this.hideTooltip();
  }

  private showTooltip(finding: Finding, rect: DOMRect): void {
    this.hovered = finding;
    this.tooltip.replaceChildren();
    appendFindingDetails(this.doc, this.tooltip, finding, this.lang);
    this.tooltip.hidden = false;
    const view = this.doc.defaultView;
    const width = Math.min(340, (view?.innerWidth ?? 800) - 16);
    const left = Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 800) - width - 8));
    const below = rect.bottom + 6;
    const height = this.tooltip.offsetHeight;
    const top = below + height > (view?.innerHeight ?? 600) ? Math.max(8, rect.top - height - 6) : below;
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${top}px`;
  }

  hideTooltip(): void {
    this.hovered = null;
    this.tooltip.hidden = true;
  }

  get markCount(): number {
    return this.layer.childElementCount;
  }

  dispose(): void {
    this.shadow.host.remove();
  }
}
