/** Every image a piece of content points at: covers, author portraits and images in post bodies. */
import { bodyImages } from './body-references';
import { type CheckContext, parsedPosts } from './content-rule';

export type StatedImage = { file: string; src: string; width?: number; height?: number; field?: string; line?: number; column?: number };

export function statedImages(context: CheckContext): StatedImage[] {
  const images: StatedImage[] = [];
  for (const doc of context.documents) {
    if (doc.post) images.push({ file: doc.file, field: 'cover.src', ...doc.post.cover });
  }
  for (const author of context.content.authors) {
    images.push({ file: `${context.contentDir}/authors/${author.slug}.yaml`, field: 'avatar.src', ...author.avatar });
  }
  for (const doc of parsedPosts(context)) {
    images.push(...bodyImages(doc.body.tree).map((image) => ({ file: doc.file, ...image })));
  }
  return images;
}

export { intrinsicSize, publicFile } from '@/lib/content/image-sizes';
