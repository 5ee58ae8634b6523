import { describe, expect, it } from 'vitest';
import { isPublished, isScheduled } from './publishing';

const now = new Date('2025-06-01T12:00:00Z');

describe('publishing rules', () => {
  it('publishes a post whose date has come, and not a draft', () => {
    expect(isPublished({ draft: false, publishedAt: '2025-06-01' }, now)).toBe(true);
    expect(isPublished({ draft: true, publishedAt: '2025-01-01' }, now)).toBe(false);
  });

  it('schedules a non-draft post dated after now', () => {
    expect(isScheduled({ draft: false, publishedAt: '2025-06-02' }, now)).toBe(true);
    expect(isPublished({ draft: false, publishedAt: '2025-06-02' }, now)).toBe(false);
    expect(isScheduled({ draft: true, publishedAt: '2025-06-02' }, now)).toBe(false);
  });
});
