import { describe, expect, it } from 'vitest';
import { absoluteUrl, contactDetailsAreExamples, parseSiteConfig } from './site-config';

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

describe('contact details', () => {
  it('default to example details and say so', () => {
    const config = parseSiteConfig({});
    expect(config.contactEmail).toMatch(/@example\.com$/);
    expect(contactDetailsAreExamples(config)).toBe(true);
  });

  it('are the business own once it sets them', () => {
    const config = parseSiteConfig({ CONTACT_EMAIL: 'care@calmnights.co.uk', CONTACT_PHONE: '+44 161 496 0123', CONTACT_HOURS: 'Weekdays 8 to 6' });
    expect(config).toMatchObject({ contactEmail: 'care@calmnights.co.uk', contactPhone: '+44 161 496 0123', contactHours: 'Weekdays 8 to 6' });
    expect(contactDetailsAreExamples(config)).toBe(false);
  });

  it('name the variable holding a bad value', () => {
    expect(() => parseSiteConfig({ CONTACT_EMAIL: 'call us' })).toThrow(/CONTACT_EMAIL: must be an email address/);
    expect(() => parseSiteConfig({ CONTACT_PHONE: 'ring ring' })).toThrow(/CONTACT_PHONE: must be a phone number/);
  });
});
