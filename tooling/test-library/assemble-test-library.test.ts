import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allPosts } from '../../lib/content/collections';
import { articleListing, listingPaths, taxonomyListings } from '../../lib/content/post-listings';
import { isPublished } from '../../lib/content/publishing';
import { buildInputs } from '../build/build-inputs';
import { checkContent } from '../content-check/check-content';
import { assembleTestLibrary } from './assemble-test-library';

const now = new Date();
const dir = mkdtempSync(path.join(os.tmpdir(), 'test-library-'));
const contentDir = path.join(dir, 'content');
assembleTestLibrary({ into: contentDir, now });
const report = checkContent({ contentDir, publicDir: 'public', now });
const published = allPosts(report.content).filter((post) => isPublished(post, now));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the test library', () => {
  it('passes content:check', () => {
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('holds a draft, a scheduled post and a renamed post, which the browser tests look for', () => {
    expect(report.drafts.map((draft) => path.basename(draft.file))).toContain('test-library-draft.mdx');
    expect(report.scheduled.map((post) => path.basename(post.file))).toContain('test-library-scheduled.mdx');
    expect(buildInputs(report.content, contentDir, now).redirects).toContainEqual({
      source: '/articles/test-library-old-name',
      destination: '/articles/test-library-renamed',
      permanent: true,
    });
  });

  it('fills more than one page of the article index and of a tag, a category and an author', () => {
    expect(listingPaths(articleListing(report.content.articles.filter((post) => isPublished(post, now)))).length).toBeGreaterThan(1);
    const listings = taxonomyListings({ posts: published, categories: report.content.categories, authors: report.content.authors });
    for (const kind of ['tag', 'category', 'author']) {
      expect(
        listings.some((listing) => listing.kind === kind && listingPaths(listing).length > 1),
        kind,
      ).toBe(true);
    }
  });

  it('keeps the whole real library', () => {
    const real = checkContent({ contentDir: 'content', publicDir: 'public', now });
    const files = (posts: { sourceFilePath: string }[]) => posts.map((post) => path.basename(post.sourceFilePath));
    expect(files(allPosts(report.content))).toEqual(expect.arrayContaining(files(allPosts(real.content))));
  });
});
