'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type { SleepTestAnswers } from '@/lib/sleep-test/questions';
import { forgetSavedResult, loadSavedResult, saveResult, savedResultKey } from '@/lib/sleep-test/saved-result';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The raw stored value; null where storage is unavailable (server, blocked storage). */
function readStored(): string | null {
  try {
    return window.localStorage.getItem(savedResultKey);
  } catch {
    return null;
  }
}

/**
 * The result this reader chose to keep on this device, with save and forget.
 * `save` returns false when the browser refuses storage (private modes, full disk).
 */
export function useSavedResult() {
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const saved = useMemo(() => (stored === null ? null : loadSavedResult(window.localStorage)), [stored]);
  return {
    saved,
    save(answers: SleepTestAnswers): boolean {
      try {
        saveResult(window.localStorage, answers);
        return true;
      } catch {
        return false;
      } finally {
        notify();
      }
    },
    forget() {
      try {
        forgetSavedResult(window.localStorage);
      } finally {
        notify();
      }
    },
  };
}
