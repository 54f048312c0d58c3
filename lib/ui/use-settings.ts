/**
 * Preact hook for pages that edit settings: the effective settings, the IT
 * policy (lock flags), and an `update` that saves at once. Saves are chained
 * so quick successive clicks are stored in order; changes from other tabs
 * arrive through watchSettings.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  EMPTY_POLICY,
  isLocked,
  loadSettingsState,
  type ManageableSetting,
  type ManagedPolicy,
  type Settings,
  saveSettings,
  watchSettings,
} from '../storage';

export interface SettingsState {
  settings: Settings | null;
  policy: ManagedPolicy;
  update: (change: (current: Settings) => Settings) => Promise<void>;
  locked: (key: ManageableSetting) => boolean;
  /** Increments after every completed save (for a "saved" status line). */
  savedCount: number;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<ManagedPolicy>(EMPTY_POLICY);
  const [savedCount, setSavedCount] = useState(0);
  const latest = useRef<Settings | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let alive = true;
    void loadSettingsState().then((state) => {
      if (!alive) return;
      latest.current = state.settings;
      setSettings(state.settings);
      setPolicy(state.policy);
    });
    const unwatch = watchSettings((next) => {
      latest.current = next;
      setSettings(next);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: (current: Settings) => Settings) => {
    const base = latest.current;
    if (!base) return Promise.resolve();
    const next = change(base);
    latest.current = next;
    setSettings(next);
    queue.current = queue.current
      .then(() => saveSettings(next))
      .then(() => setSavedCount((n) => n + 1))
      .catch(() => undefined);
    return queue.current;
  }, []);

  const lockedFn = useCallback((key: ManageableSetting) => isLocked(policy, key), [policy]);

  return { settings, policy, update, locked: lockedFn, savedCount };
}
