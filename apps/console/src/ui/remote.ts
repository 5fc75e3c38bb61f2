import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem, Result } from '../api/client';

/** What a screen shows while it reads: loading, the data, or the problem. */
export type Remote<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly data: T }
  | { readonly state: 'failed'; readonly problem: Problem };

/**
 * Reads once per change of `deps`, and again on `reload()` (keeping the last answer on screen meanwhile); an answer
 * that arrives after the screen moved on is dropped.
 */
export function useRemote<T>(read: () => Promise<Result<T>>, deps: readonly unknown[]): [Remote<T>, () => void] {
  const [remote, setRemote] = useState<Remote<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  // The caller names what the read depends on.
  const stableRead = useCallback(read, deps);
  const lastRead = useRef(stableRead);
  useEffect(() => {
    let current = true;
    // A new read starts from nothing; a reload of the same keeps showing what was read (and what is typed in it).
    if (lastRead.current !== stableRead) {
      lastRead.current = stableRead;
      setRemote({ state: 'loading' });
    }
    void stableRead().then((result) => {
      if (!current) return;
      setRemote(result.ok ? { state: 'ok', data: result.data } : { state: 'failed', problem: result.problem });
    });
    return () => {
      current = false;
    };
  }, [stableRead, round]);
  return [remote, () => setRound((n) => n + 1)];
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
