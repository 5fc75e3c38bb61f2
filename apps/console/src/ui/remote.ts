import { useCallback, useEffect, useState } from 'react';
import type { Problem, Result } from '../api/client';

/** What a screen shows while it reads: loading, the data, or the problem. */
export type Remote<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly data: T }
  | { readonly state: 'failed'; readonly problem: Problem };

/**
 * Reads once per change of `deps`, and again on `reload()` (keeping the last answer on screen meanwhile); an answer
 * that arrives after the screen moved on is dropped. What an earlier read answered is never shown for a new one, not
 * even for the one render before the new read starts: until it answers, it is loading.
 */
export function useRemote<T>(read: () => Promise<Result<T>>, deps: readonly unknown[]): [Remote<T>, () => void] {
  const [remote, setRemote] = useState<{ readonly from: unknown; readonly value: Remote<T> }>({
    from: undefined,
    value: { state: 'loading' },
  });
  const [round, setRound] = useState(0);
  // The caller names what the read depends on.
  const stableRead = useCallback(read, deps);
  useEffect(() => {
    let current = true;
    void stableRead().then((result) => {
      if (!current) return;
      setRemote({
        from: stableRead,
        value: result.ok ? { state: 'ok', data: result.data } : { state: 'failed', problem: result.problem },
      });
    });
    return () => {
      current = false;
    };
  }, [stableRead, round]);
  return [remote.from === stableRead ? remote.value : { state: 'loading' }, () => setRound((n) => n + 1)];
}

/** True once `active` has lasted `afterMs`: progress shows only for what takes a noticeable time. */
export function useDelayedFlag(active: boolean, afterMs = 400): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return undefined;
    }
    const timer = window.setTimeout(() => setShown(true), afterMs);
    return () => window.clearTimeout(timer);
  }, [active, afterMs]);
  return shown;
}
