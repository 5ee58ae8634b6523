import { describe, expect, it } from 'vitest';
import { reviewDueDate } from './review-dates';

describe('reviewDueDate', () => {
  it('is twelve calendar months after the review', () => {
    expect(reviewDueDate('2026-12-01').toISOString().slice(0, 10)).toBe('2027-12-01');
    expect(reviewDueDate('2026-12-01T18:30:00Z').toISOString().slice(0, 10)).toBe('2027-12-01');
  });

  it('rolls a 29 February review over to 1 March', () => {
    expect(reviewDueDate('2028-02-29').toISOString().slice(0, 10)).toBe('2029-03-01');
  });
});
