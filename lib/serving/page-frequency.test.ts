import { describe, expect, it } from 'vitest';
import { createPageFrequency } from './page-frequency.mjs';

describe('createPageFrequency', () => {
  it('counts requests per page', () => {
    const frequency = createPageFrequency(100);
    for (const path of ['/a', '/a', '/b']) frequency.record(path);
    expect(frequency.of('/a')).toBe(2);
    expect(frequency.of('/b')).toBe(1);
    expect(frequency.of('/never')).toBe(0);
  });

  it('halves every count after each sample, forgetting pages asked for once', () => {
    const frequency = createPageFrequency(10);
    for (let visit = 0; visit < 8; visit += 1) frequency.record('/popular');
    frequency.record('/once');
    expect(frequency.of('/popular')).toBe(8);
    frequency.record('/tenth');
    expect(frequency.of('/popular')).toBe(4);
    expect(frequency.of('/once')).toBe(0);
    expect(frequency.of('/tenth')).toBe(0);
  });
});
