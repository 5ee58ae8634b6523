import { describe, expect, it } from 'vitest';
import { nextStepFor } from './next-step';

describe('nextStepFor', () => {
  it('keeps the offer quiet for a good result', () => {
    expect(nextStepFor({ band: 'settled', signals: [] })).toBe('quiet');
  });

  it('makes the offer when some things are in the way', () => {
    expect(nextStepFor({ band: 'unsettled', signals: [] })).toBe('offer');
    expect(nextStepFor({ band: 'struggling', signals: [] })).toBe('offer');
  });

  it('puts the doctor first whenever a pattern is worth raising, whatever the band', () => {
    expect(nextStepFor({ band: 'settled', signals: ['breathing'] })).toBe('beside-doctor');
    expect(nextStepFor({ band: 'struggling', signals: ['restless-legs'] })).toBe('beside-doctor');
  });
});
