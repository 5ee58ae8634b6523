import { describe, expect, it } from 'vitest';
import { safetyHeading } from './cta-before-safety';
import { stepsTotal } from './guide-minutes';

describe('stepsTotal', () => {
  it('adds the steps and rounds half minutes to whole ones', () => {
    expect(stepsTotal([{ minutes: 2 }, { minutes: 3 }])).toBe(5);
    expect(stepsTotal([{ minutes: 1.5 }, { minutes: 1 }])).toBe(3);
    expect(stepsTotal([{ minutes: 0.5 }, { minutes: 0.5 }, { minutes: 4 }])).toBe(5);
  });
});

describe('safetyHeading', () => {
  it.each(['Safety first', 'Before you start: precautions', 'When to stop', 'When to get help', 'Who should skip this'])(
    'treats "%s" as a safety section',
    (text) => {
      expect(safetyHeading.test(text)).toBe(true);
    },
  );

  it.each(['What it should feel like', 'On yourself or with a partner', 'Timing your bath'])('leaves "%s" alone', (text) => {
    expect(safetyHeading.test(text)).toBe(false);
  });
});
