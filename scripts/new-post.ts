#!/usr/bin/env tsx
/**
 * npm run new -- article "Title"   |   npm run new -- guide "Title"
 * Writes a new draft with every required field and guidance in comments, plus
 * a title-card cover. CONTENT_DIR and PUBLIC_DIR point it elsewhere (tests).
 */
import { createPost } from '../tooling/new-post/new-post';

const [type, ...words] = process.argv.slice(2);
const title = words.join(' ');

if ((type !== 'article' && type !== 'guide') || !title.trim()) {
  console.error('usage: npm run new -- article "Title of the article"\n       npm run new -- guide "Title of the guide"');
  process.exit(2);
}

try {
  const { file, cover } = createPost({ type, title, contentDir: process.env.CONTENT_DIR ?? 'content', publicDir: process.env.PUBLIC_DIR ?? 'public' });
  console.log(
    `Wrote ${file} (a draft) and its cover ${cover}.\nFill in the fields marked in comments, run \`npm run content:check\`, and see it with \`npm run dev\`.`,
  );
} catch (error) {
  console.error(`npm run new: ${(error as Error).message}`);
  process.exit(1);
}
