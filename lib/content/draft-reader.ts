/**
 * Reads a composer's draft WITHOUT touching the editor's DOM, and maps text
 * offsets (as the engine returns them) back to DOM ranges for the marks.
 *
 * contenteditable: the text is the editor's innerText (what the user sees,
 * block breaks as newlines, placeholders excluded because they are siblings or
 * CSS). Each text node is located in that string in document order, so an
 * offset maps to (text node, offset) without relying on the editor's model.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the draft text. */
  start: number;
}

export interface EditableDraft {
  kind: 'editable';
  text: string;
  segments: TextSegment[];
}

export interface TextareaDraft {
  kind: 'textarea';
  text: string;
}

export type Draft = EditableDraft | TextareaDraft;

function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (!walker) return nodes;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.length > 0) nodes.push(node as Text);
  }
  return nodes;
}

/** Locates each text node's characters in `text`, in order. Nodes not found (hidden text) are skipped. */
export function alignSegments(text: string, nodes: readonly Text[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const node of nodes) {
    const at = text.indexOf(node.data, cursor);
    if (at < 0) continue;
    segments.push({ node, start: at });
    cursor = at + node.data.length;
  }
  return segments;
}

export function readDraft(editor: HTMLElement): Draft {
  if (editor instanceof HTMLTextAreaElement) return { kind: 'textarea', text: editor.value };
  // innerText is what the user sees (block breaks as newlines), as SITES.md advises; textContent where layout is unavailable.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with line breaks, is what gets posted
  const text = typeof editor.innerText === 'string' ? editor.innerText : (editor.textContent ?? '');
  return { kind: 'editable', text, segments: alignSegments(text, textNodes(editor)) };
}

/** Position in the DOM for a text offset; `preferNext` moves offsets in a gap (a newline) forward. */
function locate(segments: readonly TextSegment[], offset: number, preferNext: boolean): [Text, number] | null {
  let previous: TextSegment | null = null;
  for (const segment of segments) {
    const end = segment.start + segment.node.data.length;
    if (offset >= segment.start && offset <= end) {
      if (offset === end && preferNext) {
        previous = segment;
        continue;
      }
      return [segment.node, offset - segment.start];
    }
    if (offset < segment.start) {
      // The offset sits in a gap (a block break): start of this node or end of the previous one.
      if (preferNext || !previous) return [segment.node, 0];
      return [previous.node, previous.node.data.length];
    }
    previous = segment;
  }
  return previous ? [previous.node, previous.node.data.length] : null;
}

/** A DOM range over draft text [start, end), or null when the text has changed meanwhile. */
export function rangeFor(draft: EditableDraft, start: number, end: number): Range | null {
  if (end <= start || draft.segments.length === 0) return null;
  const from = locate(draft.segments, start, true);
  const to = locate(draft.segments, end, false);
  if (!from || !to) return null;
  const doc = from[0].ownerDocument;
  const range = doc.createRange();
  try {
    range.setStart(from[0], Math.min(from[1], from[0].data.length));
    range.setEnd(to[0], Math.min(to[1], to[0].data.length));
  } catch {
    return null; // the editor re-rendered between read and mark: the next check redraws
  }
  return range.collapsed ? null : range;
}
