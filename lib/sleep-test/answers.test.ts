import { describe, expect, it } from 'vitest';
import { readAnswers } from './answers';
import { questionIds, sleepTestQuestions } from './questions';

const firstOptions = sleepTestQuestions.map((question) => [question.id, question.options[0].value] as const);

describe('readAnswers', () => {
  it('accepts a complete form', () => {
    const read = readAnswers(firstOptions);
    expect(read.complete).toBe(true);
    expect(read.answers).toEqual(Object.fromEntries(firstOptions));
  });

  it('lists unanswered questions in the order they are asked', () => {
    const read = readAnswers(firstOptions.filter(([id]) => id !== 'snoring' && id !== 'fall-asleep'));
    expect(read).toMatchObject({ complete: false, missing: ['fall-asleep', 'snoring'] });
  });

  it('treats an answer that is not one of the options as missing', () => {
    const entries = firstOptions.map(([id, value]) => [id, id === 'caffeine' ? 'never' : value] as const);
    expect(readAnswers(entries)).toMatchObject({ complete: false, missing: ['caffeine'] });
  });

  it('ignores unknown fields, non-string values and an empty form', () => {
    const read = readAnswers([
      ['$ACTION_ID_1', 'x'],
      ['rested', 3],
      ['__proto__', 'x'],
    ]);
    expect(read).toEqual({ complete: false, answers: {}, missing: questionIds });
  });
});
