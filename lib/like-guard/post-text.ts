/** Finds the button a click landed on and the visible text of the post it belongs to. */
import { safeQuery, textOf, textPieces } from '../profile-audit/readers/dom';
import { type ActionKind, isAlreadyActive, type LikeTargets } from './targets';

export interface ActionTarget {
  button: HTMLElement;
  kind: ActionKind;
}

function closestMatch(start: Element, selectors: string[]): HTMLElement | null {
  for (const selector of selectors) {
    try {
      const hit = start.closest(selector);
      if (hit) return hit as HTMLElement;
    } catch {
      // an unsupported selector in one browser must not break the others
    }
  }
  return null;
}

/** The like/share button under an event's real target (composedPath()[0]), unless it would undo a like. */
export function actionFromTarget(target: EventTarget | null | undefined, targets: LikeTargets): ActionTarget | null {
  if (!target || !(target instanceof Element)) return null;
  const like = closestMatch(target, targets.like);
  if (like) return isAlreadyActive(like) ? null : { button: like, kind: 'like' };
  const share = closestMatch(target, targets.share);
  if (share) return isAlreadyActive(share) ? null : { button: share, kind: 'share' };
  return null;
}

const MAX_TEXT = 5000;

/** The visible text of the post (or page) the button belongs to; "" when none is found. */
export function postTextFor(button: Element, targets: LikeTargets): string {
  const container = closestMatch(button, targets.post);
  if (!container) return '';
  for (const selector of targets.text) {
    const texts: string[] = [];
    try {
      for (const el of container.querySelectorAll(selector)) texts.push(textOf(el));
    } catch {
      continue;
    }
    const joined = texts.filter(Boolean).join('\n');
    if (joined) return joined.slice(0, MAX_TEXT);
  }
  // No known text element: a page or group header, or changed markup. Read the
  // container's text without button labels, but only a main heading's block for
  // whole-page containers (the main region holds many posts).
  if (container.matches('[role="main"]')) {
    const heading = safeQuery(container, 'h1');
    return heading
      ? textPieces(heading.closest('section') ?? heading)
          .join(' ')
          .slice(0, MAX_TEXT)
      : '';
  }
  return textPieces(container).join(' ').slice(0, MAX_TEXT);
}
