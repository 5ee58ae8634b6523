import { describe, expect, it } from 'vitest';
import { questionIds, sleepTestQuestions } from './questions';

describe('sleepTestQuestions', () => {
  it('asks about ten questions with distinct ids and prompts', () => {
    expect(sleepTestQuestions.length).toBeGreaterThanOrEqual(9);
    expect(sleepTestQuestions.length).toBeLessThanOrEqual(12);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect(new Set(sleepTestQuestions.map((q) => q.prompt)).size).toBe(sleepTestQuestions.length);
  });

  it('gives each question distinct option values and labels, one worth 0 points', () => {
    for (const question of sleepTestQuestions) {
      const values = question.options.map((option) => option.value);
      const labels = question.options.map((option) => option.label);
      expect(new Set(values).size, question.id).toBe(values.length);
      expect(new Set(labels).size, question.id).toBe(labels.length);
      expect(
        question.options.some((option) => option.points === 0),
        question.id,
      ).toBe(true);
    }
  });
});
