import { describe, expect, it } from 'vitest';
import { absoluteUrl, contactDetailsAreExamples, exampleSettings, exampleValues, parseSiteConfig } from './site-config';

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

const ownDetails = {
  CONTACT_EMAIL: 'care@calmnights.co.uk',
  CONTACT_PHONE: '+44 161 496 0123',
  CONTACT_HOURS: 'Weekdays 8 to 6',
  SLEEP_TEAM: 'Two registered nurses with ten years in a hospital sleep clinic.',
  CONSULTATION: 'A half-hour video call about your nights, with notes afterwards.',
  CONSULTATION_PRICE: '£25 for half an hour',
};

describe('contact details and the sleep team', () => {
  it('default to the template’s examples, each listed with the variable that replaces it', () => {
    const config = parseSiteConfig({});
    expect(config.contactEmail).toMatch(/@example\.com$/);
    expect(contactDetailsAreExamples(config)).toBe(true);
    expect(exampleSettings(config)).toEqual([
      { field: 'contactEmail', variable: 'CONTACT_EMAIL', value: exampleValues.contactEmail },
      { field: 'contactPhone', variable: 'CONTACT_PHONE', value: exampleValues.contactPhone },
      { field: 'contactHours', variable: 'CONTACT_HOURS', value: exampleValues.contactHours },
      { field: 'sleepTeam', variable: 'SLEEP_TEAM', value: exampleValues.sleepTeam },
      { field: 'consultation', variable: 'CONSULTATION', value: exampleValues.consultation },
      { field: 'consultationPrice', variable: 'CONSULTATION_PRICE', value: exampleValues.consultationPrice },
    ]);
  });

  it('are the business’s own once it sets every one', () => {
    const config = parseSiteConfig({ ...ownDetails, BOOKING_URL: 'https://book.calmnights.co.uk/' });
    expect(config).toMatchObject({ contactEmail: 'care@calmnights.co.uk', contactPhone: '+44 161 496 0123', consultationPrice: '£25 for half an hour' });
    expect(config.bookingUrl).toBe('https://book.calmnights.co.uk/');
    expect(exampleSettings(config)).toEqual([]);
    expect(contactDetailsAreExamples(config)).toBe(false);
  });

  it('still flag the ones left out, and an address on an example domain even when it is not the template’s', () => {
    const { CONSULTATION_PRICE: _left, ...rest } = ownDetails;
    expect(exampleSettings(parseSiteConfig(rest)).map((setting) => setting.variable)).toEqual(['CONSULTATION_PRICE']);
    expect(exampleSettings(parseSiteConfig({ ...ownDetails, CONTACT_EMAIL: 'hello@team.example.org' }))).toEqual([
      { field: 'contactEmail', variable: 'CONTACT_EMAIL', value: 'hello@team.example.org' },
    ]);
  });

  it('name the variable holding a bad value', () => {
    expect(() => parseSiteConfig({ CONTACT_EMAIL: 'call us' })).toThrow(/CONTACT_EMAIL: must be an email address/);
    expect(() => parseSiteConfig({ CONTACT_PHONE: 'ring ring' })).toThrow(/CONTACT_PHONE: must be a phone number/);
    expect(() => parseSiteConfig({ CONSULTATION_PRICE: ' ' })).not.toThrow(); // blank means "not set": the example stays
    expect(() => parseSiteConfig({ SLEEP_TEAM: 'Nurses' })).toThrow(/SLEEP_TEAM/);
    expect(() => parseSiteConfig({ BOOKING_URL: 'book with us' })).toThrow(/BOOKING_URL: must be an absolute http\(s\) URL/);
  });
});
