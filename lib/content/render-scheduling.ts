/**
 * Keeps marks and indicators on their words while the page scrolls or
 * resizes, and shows a mark's explanation on hover. Marks live in our own
 * layer over the editor (we never change the editor's DOM), so they must
 * follow it; the work is coalesced into one animation frame per burst.
 */
import type { ComposerSession } from './composer-session';

export type Listen = (target: Window, type: string, handler: (event: Event) => void, passive: boolean) => void;

export function installRenderScheduling(
  win: Window,
  sessions: ReadonlyMap<HTMLElement, ComposerSession>,
  listen: Listen,
  /** Drawing may throw: one session's error goes to the fail-open path, the others still draw. */
  safely: (action: () => void) => void,
): void {
  let renderFrame = 0;
  let hoverFrame = 0;

  const scheduleRender = (): void => {
    if (renderFrame) return;
    renderFrame = requestAnimationFrame(() => {
      renderFrame = 0;
      for (const session of sessions.values()) safely(() => session.render());
    });
  };

  const scheduleHover = (event: PointerEvent): void => {
    if (hoverFrame || sessions.size === 0) return;
    const { clientX, clientY } = event;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      for (const session of sessions.values()) session.hover(clientX, clientY);
    });
  };

  listen(win, 'scroll', scheduleRender, true);
  listen(win, 'resize', scheduleRender, true);
  listen(win, 'pointermove', (event) => scheduleHover(event as PointerEvent), true);
}
