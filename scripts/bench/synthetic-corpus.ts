/**
 * Realistic synthetic articles for the build-scaling benchmark: frontmatter
 * that passes the schema, and a body with headings, lists, an image, a link
 * and the inline call to action, about the length of a real article.
 */

export type CorpusContext = {
  author: string;
  category: string;
  /** A guide slug that exists, for an internal link. */
  guide: string;
  /** Path of an image under public/ with its size. */
  image: { src: string; width: number; height: number };
};

const topics = [
  'evening light',
  'bedroom temperature',
  'a wind-down hour',
  'caffeine timing',
  'weekend lie-ins',
  'short naps',
  'screens in bed',
  'a worry list',
  'morning daylight',
  'quiet music',
];
const tagPool = Array.from({ length: 20 }, (_, i) => `topic-${i + 1}`);

const paragraph = (topic: string, n: number) =>
  `Many people notice that ${topic} changes how easily they settle at night. ` +
  `This note ${n} looks at small, practical adjustments you can try for a week, ` +
  `what to watch for, and when it is worth talking with a professional instead of experimenting alone.`;

const hourMs = 3_600_000;

/**
 * The publication day of article number `index`: one every seven hours,
 * backwards from `today`, so even 10,000 articles are all in the past (the
 * content check rightly refuses dates far in the future).
 */
export function syntheticDay(index: number, today = new Date()): string {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(midnight - index * 7 * hourMs).toISOString().slice(0, 10);
}

/** The MDX text of synthetic article number `index` (from 0). */
export function syntheticArticle(index: number, context: CorpusContext, today = new Date()): { slug: string; text: string } {
  const topic = topics[index % topics.length];
  const slug = `bench-article-${String(index + 1).padStart(5, '0')}`;
  const day = syntheticDay(index, today);
  const tags = [tagPool[index % tagPool.length], tagPool[(index * 7 + 3) % tagPool.length]].filter((t, i, all) => all.indexOf(t) === i);
  const frontmatter = [
    '---',
    `title: Notes on ${topic}, number ${index + 1}`,
    `description: A practical look at ${topic} and sleep, with small changes to try for a week and signs that call for professional advice.`,
    `publishedAt: ${day}`,
    // Reviewed today, so the yearly-review rule never stops a bench build.
    `reviewedAt: ${new Date().toISOString().slice(0, 10)}`,
    `author: ${context.author}`,
    `reviewer: ${context.author}`,
    `category: ${context.category}`,
    `tags: [${tags.join(', ')}]`,
    'cover:',
    `  src: ${context.image.src}`,
    `  alt: An abstract calm illustration for the note on ${topic}`,
    `  width: ${context.image.width}`,
    `  height: ${context.image.height}`,
    // As many sources as the content check asks of a published article (sources/too-few).
    'sources:',
    ...Array.from({ length: 5 }, (_, n) =>
      [
        `  - title: Synthetic reference ${n + 1} on ${topic}`,
        '    publisher: Benchmark Library',
        '    year: 2024',
        `    url: https://example.org/bench/${slug}/source-${n + 1}`,
      ].join('\n'),
    ),
    'takeaways:',
    `  - Small changes to ${topic} are easy to test for a week.`,
    '  - Keep a short sleep diary so you can see what helps.',
    '---',
  ].join('\n');
  const body = [
    paragraph(topic, index),
    '## Why it matters',
    paragraph(topic, index + 1),
    paragraph(topic, index + 2),
    '### What to look for',
    `- How long it takes you to fall asleep\n- How often you wake\n- How rested you feel after ${topic}`,
    `![A simple chart of a week of sleep notes](${context.image.src})`,
    '## Things to try',
    `1. Change one thing about ${topic} at a time.\n2. Keep it up for a week.\n3. Note the result each morning.`,
    paragraph(topic, index + 3),
    `For a way to relax first, try [this guide](/guides/${context.guide}).`,
    '<CallToAction />',
    '## When to ask for help',
    paragraph(topic, index + 4),
  ].join('\n\n');
  return { slug, text: `${frontmatter}\n\n${body}\n` };
}

/** A plain SVG of the given size, for synthetic covers. */
export function syntheticSvg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>Benchmark picture</title><rect width="${width}" height="${height}" fill="#f3ece1"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#3d5a80"/></svg>\n`;
}
