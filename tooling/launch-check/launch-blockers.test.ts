import { describe, expect, it } from 'vitest';
import { validateCollections } from '../../lib/content/validate';
import { rawDocument, validArticleFields, validCollections } from '../../lib/content/test-fixtures/raw-collections';
import { isLocalOrigin, launchBlockers } from './launch-blockers';
import { parseSiteConfig, siteConfigDefaults } from '../../lib/site-config';

const liveEnv = {
  SITE_URL: 'https://www.calm-nights.co.uk',
  CONTACT_EMAIL: 'team@calm-nights.co.uk',
  CONTACT_PHONE: '+44 161 496 1234',
  CONTACT_HOURS: 'Monday to Friday, 8:00 to 18:00 (UK time)',
  SLEEP_TEAM: 'Two registered nurses who ran a hospital sleep clinic for ten years.',
  CONSULTATION: 'A half-hour video call about your nights, with written notes afterwards.',
  CONSULTATION_PRICE: '£25 for half an hour',
};

function input(env: Record<string, string>, change?: (collections: ReturnType<typeof validCollections>) => void) {
  const collections = validCollections();
  // The shared fixtures cite example.org; here the posts cite a real-looking address unless a test says otherwise.
  for (const post of [...collections.articles, ...collections.guides])
    post.fields.sources = [{ title: 'A trial', publisher: 'PubMed', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }];
  change?.(collections);
  const { content, issues } = validateCollections(collections);
  if (issues.length) throw new Error(JSON.stringify(issues));
  return {
    config: parseSiteConfig(env),
    defaultContactHours: siteConfigDefaults.contactHours,
    authors: content.authors,
    posts: [...content.articles, ...content.guides],
    contentDir: 'content',
  };
}

describe('launchBlockers', () => {
  it('finds nothing once every placeholder is replaced', () => {
    expect(launchBlockers(input(liveEnv))).toEqual([]);
  });

  it("lists the template's defaults: local origin, example email, drama phone number, example hours and the sleep team's example texts", () => {
    expect(launchBlockers(input({})).map((blocker) => blocker.where)).toEqual([
      'SITE_URL',
      'CONTACT_EMAIL',
      'CONTACT_PHONE',
      'CONTACT_HOURS',
      'SLEEP_TEAM',
      'CONSULTATION',
      'CONSULTATION_PRICE',
    ]);
  });

  it('names a sleep-team text left as the example, with what to write instead', () => {
    const { CONSULTATION_PRICE: _price, ...rest } = liveEnv;
    expect(launchBlockers(input(rest))).toEqual([
      {
        where: 'CONSULTATION_PRICE',
        what: "the sleep-team page shows the template's example of what a conversation costs",
        fix: 'set CONSULTATION_PRICE to what a conversation costs, in plain words',
      },
    ]);
  });

  it('treats an example origin like a local one', () => {
    const [blocker] = launchBlockers(input({ ...liveEnv, SITE_URL: 'https://www.calm-nights.example' }));
    expect(blocker).toMatchObject({ where: 'SITE_URL', what: expect.stringContaining('an example address') });
  });

  it('names each sample person, with how many posts carry their name', () => {
    const blockers = launchBlockers(
      input(liveEnv, (collections) => {
        collections.authors[1].fields.sample = true;
      }),
    );
    expect(blockers).toEqual([
      { where: 'content/authors/reviewer.yaml', what: 'A Reviewer (Nurse) is a sample person, named on 2 posts', fix: expect.stringContaining('sample: true') },
    ]);
  });

  it('lists a source that points at an example address', () => {
    const blockers = launchBlockers(
      input(liveEnv, (collections) =>
        collections.articles.push(
          rawDocument('articles/other.mdx', {
            ...validArticleFields(),
            sources: [{ title: 'A review', publisher: 'A journal', url: 'https://example.org/x' }],
          }),
        ),
      ),
    );
    expect(blockers.map((blocker) => blocker.where)).toContain('content/articles/other.mdx');
  });
});

describe('isLocalOrigin', () => {
  it.each(['http://localhost:3000', 'http://127.0.0.1:6100', 'http://[::1]:3000'])('%s is local', (url) => expect(isLocalOrigin(url)).toBe(true));
  it.each(['https://www.calm-nights.co.uk', 'https://calm-nights.example'])('%s is not local', (url) => expect(isLocalOrigin(url)).toBe(false));
});
