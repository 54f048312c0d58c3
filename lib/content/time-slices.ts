/**
 * Splitting work into short main-thread tasks. The content script shares the
 * page's main thread: any task of ours longer than a frame delays the site's
 * own typing and painting, so long jobs run a few milliseconds at a time and
 * give the page a turn in between.
 */

/** Work per slice: well under one frame, so a keystroke never waits long behind us. */
export const SLICE_MS = 8;

interface PostTaskScheduler {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): unknown;
}

/**
 * Runs `next` in a new task soon. scheduler.postTask (Chromium) lets input go
 * first without setTimeout's 4 ms clamp; elsewhere setTimeout(0).
 * Not window.postMessage: the page must not be able to drive us (and could see it).
 */
export function nextTask(next: () => void): void {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function') {
    scheduler.postTask(next, { priority: 'user-visible' });
    return;
  }
  setTimeout(next, 0);
}

/**
 * Runs in idle time when the page has some, but never starves: a callback that
 * fires on its timeout still gets a full slice (requestIdleCallback then reports
 * 0 ms left, and honouring that would do almost nothing per callback while the
 * page is busy — the reason an earlier warm-up never finished while typing).
 */
export function idleTask(next: (budgetMs: number) => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => next(Math.min(Math.max(deadline.timeRemaining(), SLICE_MS), SLICE_MS * 2)), {
      timeout: timeoutMs,
    });
    return;
  }
  setTimeout(() => next(SLICE_MS), 50);
}
