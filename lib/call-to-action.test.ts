import { describe, expect, it } from 'vitest';
import { callToActionHref } from './call-to-action';
import { parseSiteConfig } from './site-config';

describe('callToActionHref', () => {
  it('adds UTM parameters naming the site, page type, slug and placement', () => {
    const href = callToActionHref({ medium: 'guide', campaign: 'foot-massage', placement: 'inline' }, parseSiteConfig({}));
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/sleep-test');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      utm_source: 'calm-nights',
      utm_medium: 'guide',
      utm_campaign: 'foot-massage',
      utm_content: 'inline',
    });
  });

  it('keeps an external URL with its own query and fragment', () => {
    const config = parseSiteConfig({ SLEEP_TEST_URL: 'https://test.example.com/start?lang=en#begin' });
    const href = callToActionHref({ medium: 'article', campaign: 'bath', placement: 'end' }, config);
    expect(href).toBe('https://test.example.com/start?lang=en&utm_source=calm-nights&utm_medium=article&utm_campaign=bath&utm_content=end#begin');
  });
});
