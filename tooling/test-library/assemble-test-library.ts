/**
 * The test library: the real library plus the posts the tests need, which the
 * real one cannot be relied on to have: a draft, a scheduled post, a renamed
 * post with redirectFrom, and enough posts by one writer, in one category and
 * under one tag to page every kind of list (the article index too). The
 * browser tests run against a build of it (`npm run build -- --test-library`),
 * against both deployments; unit tests check it holds what they rely on.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { postsPerPage } from '../../lib/pagination';
import { testLibraryDir } from './location.mjs';

export { testLibraryDir };

const fixtures = path.join(import.meta.dirname, 'content');
const dayMs = 24 * 60 * 60 * 1000;
/** One more than a page holds, so each list gets a second page. */
export const pagingPostCount = postsPerPage + 1;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A test post's MDX. */
function testPost({ title, description, publishedAt }: { title: string; description: string; publishedAt: string }): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `publishedAt: ${publishedAt}`,
    'author: test-library-writer',
    'category: test-library-notes',
    'tags: [test-library]',
    'cover:',
    '  src: /images/articles/warm-bath-before-bed.svg',
    '  alt: The cover picture the test library borrows from a real article',
    '  width: 1200',
    '  height: 675',
    '---',
    '',
    'A post of the test library, which the browser tests build the site from.',
    '',
    '## A section',
    '',
    'A few words, so the page has a body and a heading.',
    '',
  ].join('\n');
}

/** Writes the test library into `into` (replacing what was there) from the library in `contentDir`. */
export function assembleTestLibrary({ contentDir = 'content', into = testLibraryDir, now = new Date() } = {}): void {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  cpSync(contentDir, into, { recursive: true });
  cpSync(fixtures, into, { recursive: true });
  const articles = path.join(into, 'articles');
  // Dated from now, since a post may be scheduled at most a year ahead (date/implausible).
  writeFileSync(
    path.join(articles, 'test-library-scheduled.mdx'),
    testPost({ title: 'A scheduled post of the test library', description: 'A post of the test library dated a month after the build, which must stay out of every page, list and feed until then.', publishedAt: isoDay(new Date(now.getTime() + 30 * dayMs)) }),
  );
  for (let n = 1; n <= pagingPostCount; n += 1) {
    writeFileSync(
      path.join(articles, `test-library-post-${n}.mdx`),
      testPost({ title: `Test library post ${n}`, description: `Post ${n} of the test library: with the others it fills more than a page of each list it belongs to.`, publishedAt: `2025-02-${String(n).padStart(2, '0')}` }),
    );
  }
}
