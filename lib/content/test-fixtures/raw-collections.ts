/** Valid raw content for unit tests; each test breaks one thing. */
import type { RawCollections, RawDocument } from '../validate';

export const validArticleFields = () => ({
  title: 'A warm bath before bed',
  description: 'A warm bath one to two hours before bed helps your body cool down afterwards, which is linked with falling asleep sooner.',
  publishedAt: '2024-01-08',
  reviewedAt: '2024-01-08',
  author: 'writer',
  reviewer: 'reviewer',
  category: 'sleep-tips',
  tags: ['warmth'],
  cover: { src: '/images/bath.svg', alt: 'A bathtub with a towel', width: 1200, height: 675 },
  sources: [{ title: 'A review', publisher: 'A journal', year: 2019, url: 'https://example.org/review' }],
});

export const validGuideFields = () => ({
  ...validArticleFields(),
  title: 'A foot massage for sleep',
  category: 'massage',
  bodyArea: 'feet',
  audience: 'both',
  minutes: 5,
  needs: ['a tennis ball'],
  steps: [
    { name: 'Warm up', text: 'Stroke the foot gently.', minutes: 2 },
    { name: 'Roll', text: 'Roll a ball under the sole.', minutes: 3 },
  ],
  precautions: ['Stop if it hurts.'],
});

const doc = (sourceFilePath: string, fields: Record<string, unknown>, body = '## First heading\n\nSome text.'): RawDocument => ({
  sourceFilePath,
  fields,
  body: { raw: body, code: '' },
});

/** A small valid corpus: one article, one guide, two authors, two categories. */
export function validCollections(): RawCollections {
  return {
    articles: [doc('articles/warm-bath.mdx', validArticleFields())],
    guides: [doc('guides/foot-massage.mdx', validGuideFields())],
    authors: [
      { sourceFilePath: 'authors/writer.yaml', fields: { name: 'A Writer', role: 'Health writer', bio: 'Writes.', avatar: { src: '/a.svg', alt: 'Portrait', width: 10, height: 10 } } },
      { sourceFilePath: 'authors/reviewer.yaml', fields: { name: 'A Reviewer', role: 'Nurse', bio: 'Reviews.', avatar: { src: '/b.svg', alt: 'Portrait', width: 10, height: 10 } } },
    ],
    categories: [
      { sourceFilePath: 'categories/sleep-tips.yaml', fields: { title: 'Tips', description: 'Practical habits and routines that can help you wind down and fall asleep more easily at night.' } },
      { sourceFilePath: 'categories/massage.yaml', fields: { title: 'Massage', description: 'Step-by-step massage guides for yourself or a partner, each with its time, tools and safety notes.' } },
    ],
  };
}

export { doc as rawDocument };
