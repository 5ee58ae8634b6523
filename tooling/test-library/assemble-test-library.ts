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

type TestPost = { title: string; description: string; publishedAt: string; reviewedAt: string; redirectFrom?: string[] };

/** A published test post's MDX, reviewed on `reviewedAt` (a published post needs a recent medical review). */
function testPost({ title, description, publishedAt, reviewedAt, redirectFrom = [] }: TestPost): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `publishedAt: ${publishedAt}`,
    `reviewedAt: ${reviewedAt}`,
    'author: test-library-writer',
    'reviewer: daniel-okafor',
    'category: test-library-notes',
    'tags: [test-library]',
    'cover:',
    '  src: /images/articles/warm-bath-before-bed/cover.svg',
    '  alt: The cover picture the test library borrows from a real article',
    '  width: 1200',
    '  height: 675',
    // Takeaways like a real article's, so the phone-layout test meets the same header on every article.
    'takeaways:',
    '  - A test post has takeaways, like every article of the real library.',
    '  - They fold into one line on a phone.',
    // As many sources as content:check asks of an article; placeholders on the domain reserved for examples.
    'sources:',
    ...Array.from({ length: 5 }, (_, i) => [
      `  - title: Test source ${i + 1}`,
      '    publisher: The test library',
      `    url: https://example.org/test-library/source-${i + 1}`,
    ]).flat(),
    ...(redirectFrom.length ? [`redirectFrom: [${redirectFrom.join(', ')}]`] : []),
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
  const write = (slug: string, post: TestPost) => writeFileSync(path.join(into, 'articles', `${slug}.mdx`), testPost(post));
  // Dated from now: a post may be scheduled at most a year ahead (date/implausible), and a review is due yearly.
  const daysFromNow = (days: number) => isoDay(new Date(now.getTime() + days * dayMs));
  // Published before any real post, so the real library's newest posts keep the top of every list and the home page.
  const published = { publishedAt: '2020-01-15', reviewedAt: daysFromNow(-30) };
  const scheduledOn = daysFromNow(30);
  write('test-library-scheduled', {
    title: 'A scheduled post of the test library',
    description: 'A post of the test library dated a month after the build, which must stay out of every page, list and feed until then.',
    publishedAt: scheduledOn,
    reviewedAt: scheduledOn,
  });
  write('test-library-renamed', {
    ...published,
    title: 'A renamed post of the test library',
    description: 'A post of the test library that was renamed once: its old address must answer with a permanent redirect to this one.',
    redirectFrom: ['test-library-old-name'],
  });
  for (let n = 1; n <= pagingPostCount; n += 1) {
    write(`test-library-post-${n}`, {
      ...published,
      title: `Test library post ${n}`,
      description: `Post ${n} of the test library: with the others it fills more than a page of each list it belongs to.`,
    });
  }
}
