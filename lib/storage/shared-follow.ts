/**
 * One watch shared by every part of a content script. The composer check, the like guard and the
 * profile audit each follow the settings and the custom packs (followCheckSettings in ./index.ts),
 * and each used to read the settings, the custom packs and the managed policy itself: three times at
 * start and on every change. A shared follow starts the underlying one for the first subscriber,
 * hands later subscribers the latest value (in a microtask, as a first read would arrive) and stops
 * it when the last subscriber leaves, so the next subscriber starts afresh: nothing is remembered
 * across a page's life or across unit tests that reset storage and unsubscribe between tests.
 */

/** Calls back with the value now and after every change; returns the unwatch function. */
export type Follow<T> = (onValue: (value: T) => void) => () => void;

export function sharedFollow<T>(follow: Follow<T>): Follow<T> {
  const subscribers = new Set<{ onValue: (value: T) => void; had: boolean }>();
  let latest: { value: T } | undefined;
  let stop: (() => void) | undefined;
  return (onValue) => {
    const subscriber = { onValue, had: false };
    subscribers.add(subscriber);
    if (!stop) {
      latest = undefined;
      stop = follow((value) => {
        latest = { value };
        for (const each of [...subscribers]) {
          each.had = true;
          each.onValue(value);
        }
      });
    } else {
      queueMicrotask(() => {
        // A value that arrived meanwhile was handed over already.
        if (latest && !subscriber.had && subscribers.has(subscriber)) {
          subscriber.had = true;
          subscriber.onValue(latest.value);
        }
      });
    }
    return () => {
      if (!subscribers.delete(subscriber) || subscribers.size > 0) return;
      stop?.();
      stop = undefined;
      latest = undefined;
    };
  };
}
