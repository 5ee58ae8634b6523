/**
 * The file `npm run new` writes: every required field with a valid value,
 * guidance in comments, and `draft: true`. The guidance values are exported so
 * content:check can warn when one is still there.
 */
import { audiences, bodyAreas } from '../../lib/content/collections';

export type PostType = 'article' | 'guide';

/** Values the editor must replace; each is valid, so a new file passes the check while it is written. */
export const templateValues = {
  description: 'Replace this with one or two sentences telling readers what they will learn here, in 70 to 160 characters.',
  firstStep: 'Replace with the name of the first step',
  secondStep: 'Replace with the name of the second step',
  stepText: 'Replace with what to do in this step, in one to three sentences.',
  precaution: 'Replace with who should not try this, or when to stop.',
} as const;

export type PostTemplateInput = {
  type: PostType;
  title: string;
  date: string;
  authors: string[];
  categories: string[];
  cover: { src: string; alt: string; width: number; height: number };
};

const quote = (value: string) => JSON.stringify(value);
const choices = (items: readonly string[]) => items.join(', ');

function guideFields(): string[] {
  return [
    `# The part of the body: ${choices(bodyAreas)}`,
    `bodyArea: ${bodyAreas[0]}`,
    `# Who does the massage: ${choices(audiences)}`,
    'audience: self',
    "# How many minutes it takes: the total of the steps' minutes",
    'minutes: 10',
    '# What the reader needs, one item per line, e.g. - a little warm oil',
    'needs: []',
    '# The numbered steps, in order (at least two)',
    'steps:',
    `  - name: ${quote(templateValues.firstStep)}`,
    `    text: ${quote(templateValues.stepText)}`,
    '    minutes: 5',
    `  - name: ${quote(templateValues.secondStep)}`,
    `    text: ${quote(templateValues.stepText)}`,
    '    minutes: 5',
    '# Safety notes shown in a box before the steps (at least one)',
    'precautions:',
    `  - ${quote(templateValues.precaution)}`,
  ];
}

/** The text of a new article or guide. */
export function postTemplate({ type, title, date, authors, categories, cover }: PostTemplateInput): string {
  const lines = [
    '---',
    `# A new ${type}. CONTENT.md explains every field; run \`npm run content:check\` after each change.`,
    '# Delete the next line when it is ready to publish; until then it shows only in `npm run dev`.',
    'draft: true',
    `title: ${quote(title)}`,
    '# seoTitle: a shorter title for search results, if the title is long',
    '# One or two sentences for search results and link previews, 70 to 160 characters',
    `description: ${quote(templateValues.description)}`,
    '# The day it goes live, YYYY-MM-DD; a later date schedules it',
    `publishedAt: ${date}`,
    '# updatedAt: YYYY-MM-DD, the day of the last real update',
    `# Who wrote it, a file name from content/authors/: ${choices(authors)}`,
    `author: ${authors[0]}`,
    `# reviewer: who checked it for accuracy, one of ${choices(authors)}`,
    '# reviewedAt: YYYY-MM-DD, the day the reviewer checked this text; required before it is published',
    '# upNext: the file name of the article or guide to offer as "Up next" (else the next by date)',
    `# A file name from content/categories/: ${choices(categories)}`,
    `category: ${categories[0]}`,
    '# Topics as lower-case words joined by hyphens, e.g. [bedtime-routine, couples]',
    'tags: []',
    '# The picture at the top: a title card was made for you; replace it with an illustration and describe that in alt',
    'cover:',
    `  src: ${cover.src}`,
    `  alt: ${quote(cover.alt)}`,
    `  width: ${cover.width}`,
    `  height: ${cover.height}`,
    '# Two to five key points shown at the top, one per line',
    'takeaways: []',
    '# References: - title, publisher, year (optional) and url (https://…) for each',
    'sources: []',
    ...(type === 'guide' ? guideFields() : []),
    '---',
    '',
    '{/* Write the body below in Markdown. Start sections with "## " (never "# ": the title is the main heading). */}',
    '{/* Components you can use, such as <CallToAction /> and <Figure …/>, are listed in CONTENT.md. */}',
    '',
  ];
  return lines.join('\n');
}
