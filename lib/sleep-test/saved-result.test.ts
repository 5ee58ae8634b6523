import { describe, expect, it } from 'vitest';
import { sleepTestQuestions, type SleepTestAnswers } from './questions';
import { forgetSavedResult, loadSavedResult, saveResult, savedResultKey } from './saved-result';

const answers = Object.fromEntries(sleepTestQuestions.map((q) => [q.id, q.options[1].value])) as SleepTestAnswers;

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('saved result', () => {
  it('is absent until the reader saves', () => {
    expect(loadSavedResult(memoryStorage())).toBeNull();
  });

  it('loads what was saved, with the time', () => {
    const storage = memoryStorage();
    saveResult(storage, answers, new Date('2026-01-02T22:30:00Z'));
    expect(loadSavedResult(storage)).toEqual({ savedAt: '2026-01-02T22:30:00.000Z', answers });
  });

  it('is gone after forgetting', () => {
    const storage = memoryStorage();
    saveResult(storage, answers);
    forgetSavedResult(storage);
    expect(storage.items.size).toBe(0);
    expect(loadSavedResult(storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an object', '42'],
    ['a bad date', JSON.stringify({ savedAt: 'yesterday', answers })],
    ['an unknown answer', JSON.stringify({ savedAt: '2026-01-02T22:30:00Z', answers: { ...answers, rested: 'sleepy' } })],
    ['answers missing', JSON.stringify({ savedAt: '2026-01-02T22:30:00Z' })],
  ])('drops an unreadable value (%s) and removes it', (_case, value) => {
    const storage = memoryStorage({ [savedResultKey]: value });
    expect(loadSavedResult(storage)).toBeNull();
    expect(storage.items.has(savedResultKey)).toBe(false);
  });
});
