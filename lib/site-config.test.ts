import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseSiteConfig } from './site-config';

describe('parseSiteConfig', () => {
  it('has working defaults', () => {
    const config = parseSiteConfig({});
    expect(config.sleepTestUrl).toBe('/sleep-test');
    expect(config.url).toMatch(/^http/);
  });

  it('takes overrides from the environment and trims a trailing slash from the origin', () => {
    const config = parseSiteConfig({ SITE_URL: 'https://sleep.example.com/', SLEEP_TEST_URL: 'https://test.example.com/start' });
    expect(config.url).toBe('https://sleep.example.com');
    expect(config.sleepTestUrl).toBe('https://test.example.com/start');
  });

  it('names the environment variable that holds a bad value', () => {
    expect(() => parseSiteConfig({ SITE_URL: 'not a url' })).toThrow(/environment variable SITE_URL: must be an absolute http\(s\) URL/);
    expect(() => parseSiteConfig({ SLEEP_TEST_URL: 'sleep test' })).toThrow(/SLEEP_TEST_URL/);
    expect(() => parseSiteConfig({ SITE_LANGUAGE: 'English' })).toThrow(/SITE_LANGUAGE: must be a language tag/);
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the canonical origin', () => {
    const config = parseSiteConfig({ SITE_URL: 'https://sleep.example.com' });
    expect(absoluteUrl('/articles/x', config)).toBe('https://sleep.example.com/articles/x');
    expect(absoluteUrl('guides/y', config)).toBe('https://sleep.example.com/guides/y');
  });
});
