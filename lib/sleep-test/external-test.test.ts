import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../site-config';
import { externalSleepTestUrl } from './external-test';

describe('externalSleepTestUrl', () => {
  it('is null for the default, the site’s own /sleep-test', () => {
    expect(externalSleepTestUrl(parseSiteConfig({}))).toBeNull();
  });

  it('is null for another path on this site', () => {
    expect(externalSleepTestUrl(parseSiteConfig({ SLEEP_TEST_URL: '/tools/sleep-check' }))).toBeNull();
  });

  it('returns an absolute URL as configured', () => {
    const url = 'https://sleep.example.com/start?lang=en';
    expect(externalSleepTestUrl(parseSiteConfig({ SLEEP_TEST_URL: url }))).toBe(url);
  });
});
