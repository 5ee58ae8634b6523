/**
 * A result the reader chose to keep on this device. Nothing is stored unless
 * they press "save"; "forget" removes it. Storage is passed in, so the same
 * code runs against localStorage in the browser and a fake in tests.
 */
import { readAnswers } from './answers';
import type { SleepTestAnswers } from './questions';

export const savedResultKey = 'calm-nights:sleep-test';

export type SavedResult = { savedAt: string; answers: SleepTestAnswers };

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The saved result, or null when there is none or it cannot be read (then it is removed). */
export function loadSavedResult(storage: KeyValueStorage): SavedResult | null {
  const text = storage.getItem(savedResultKey);
  if (text === null) return null;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data && 'savedAt' in data && 'answers' in data) {
      const { savedAt, answers } = data;
      const read = typeof answers === 'object' && answers ? readAnswers(Object.entries(answers)) : null;
      if (typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) && read?.complete) {
        return { savedAt, answers: read.answers };
      }
    }
  } catch {
    // Not JSON: treated like any other unreadable value below.
  }
  storage.removeItem(savedResultKey);
  return null;
}

/** Keeps the answers on this device, with the time they were saved. */
export function saveResult(storage: KeyValueStorage, answers: SleepTestAnswers, now: Date = new Date()): SavedResult {
  const saved = { savedAt: now.toISOString(), answers };
  storage.setItem(savedResultKey, JSON.stringify(saved));
  return saved;
}

export function forgetSavedResult(storage: KeyValueStorage): void {
  storage.removeItem(savedResultKey);
}
