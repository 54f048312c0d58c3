/**
 * Screen rectangles of text inside a <textarea> (Mastodon): a hidden mirror
 * element with the same box and font, placed exactly over the textarea, in our
 * own shadow root. The textarea itself is only read.
 */
const COPIED_STYLES = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'letterSpacing',
  'lineHeight',
  'textIndent',
  'textTransform',
  'wordSpacing',
  'tabSize',
  'direction',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly textNode: Text;

  constructor(container: Node & ParentNode, doc: Document) {
    this.box = doc.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    Object.assign(this.box.style, {
      position: 'fixed',
      visibility: 'hidden',
      pointerEvents: 'none',
      overflow: 'hidden',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      margin: '0',
    });
    this.textNode = doc.createTextNode('');
    this.box.append(this.textNode);
    container.append(this.box);
  }

  /**
   * Copies the textarea's box, font and text into the mirror. Once per render,
   * not per finding: with a long draft every copy of the text means laying out
   * all of it again.
   */
  sync(textarea: HTMLTextAreaElement): void {
    const view = textarea.ownerDocument.defaultView;
    if (!view) return;
    const computed = view.getComputedStyle(textarea);
    const style = this.box.style as unknown as Record<string, string>;
    for (const prop of COPIED_STYLES) {
      const value = (computed as unknown as Record<string, string>)[prop] ?? '';
      if (style[prop] !== value) style[prop] = value;
    }
    const box = textarea.getBoundingClientRect();
    this.box.style.left = `${box.left}px`;
    this.box.style.top = `${box.top}px`;
    // A trailing newline needs a character after it to take up a line.
    replaceChanged(this.textNode, `${textarea.value} `);
  }

  /** Client rects of value[start, end) as they appear in the textarea (scroll taken into account); sync() first. */
  rects(textarea: HTMLTextAreaElement, start: number, end: number): DOMRect[] {
    const range = textarea.ownerDocument.createRange();
    const length = this.textNode.data.length - 1;
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    const dx = textarea.scrollLeft;
    const dy = textarea.scrollTop;
    return [...range.getClientRects()].map((r) => new DOMRect(r.left - dx, r.top - dy, r.width, r.height));
  }

  remove(): void {
    this.box.remove();
  }
}

/**
 * Puts `text` into `node` by replacing only the part that differs (a keystroke
 * changes a few characters): the browser then re-shapes only that part instead
 * of the whole draft, which for a long draft is most of the cost of a redraw.
 */
export function replaceChanged(node: Text, text: string): void {
  const old = node.data;
  if (old === text) return;
  const limit = Math.min(old.length, text.length);
  let head = 0;
  while (head < limit && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail))
    tail++;
  node.replaceData(head, old.length - head - tail, text.slice(head, text.length - tail));
}
