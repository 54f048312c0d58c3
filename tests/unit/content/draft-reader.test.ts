import { describe, expect, it } from 'vitest';
import { alignSegments, rangeFor } from '../../../lib/content/draft-reader';

function paragraphs(...lines: string[]): { root: HTMLElement; nodes: Text[] } {
  const root = document.createElement('div');
  const nodes: Text[] = [];
  for (const line of lines) {
    const p = document.createElement('p');
    const node = document.createTextNode(line);
    p.append(node);
    nodes.push(node);
    root.append(p);
  }
  document.body.append(root);
  return { root, nodes };
}

describe('draft reader', () => {
  it('locates each text node in the rendered text, block breaks in between', () => {
    const { nodes } = paragraphs('Eerste regel', 'tweede regel');
    const text = 'Eerste regel\n\ntweede regel';
    const segments = alignSegments(text, nodes);
    expect(segments.map((s) => s.start)).toEqual([0, 14]);
  });

  it('maps engine offsets back to a range over the right text, across blocks', () => {
    const { nodes } = paragraphs('Wat een stelletje', 'idioten, die ministers');
    const text = 'Wat een stelletje\nidioten, die ministers';
    const draft = { kind: 'editable' as const, text, segments: alignSegments(text, nodes) };
    const start = text.indexOf('idioten');
    expect(rangeFor(draft, start, start + 'idioten'.length)?.toString()).toBe('idioten');
    const across = rangeFor(draft, text.indexOf('stelletje'), text.indexOf(','));
    expect(across?.startContainer).toBe(nodes[0]);
    expect(across?.endContainer).toBe(nodes[1]);
  });

  it('skips text the user does not see and returns null for empty ranges', () => {
    const { nodes } = paragraphs('zichtbaar', 'verborgen');
    const text = 'zichtbaar';
    const draft = { kind: 'editable' as const, text, segments: alignSegments(text, nodes) };
    expect(draft.segments).toHaveLength(1);
    expect(rangeFor(draft, 3, 3)).toBeNull();
  });
});
