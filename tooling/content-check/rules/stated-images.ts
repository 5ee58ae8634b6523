/** Every image a piece of content points at: covers, author portraits and images in post bodies. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
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

/** The file under public/ an address like "/images/a.svg" serves, if it exists. */
export function publicFile(publicDir: string, src: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const file = path.join(publicDir, decodeURI(src.split(/[?#]/)[0]));
  const inside = path.relative(publicDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The intrinsic size of an image file, or undefined when it cannot be read as an image. */
export function intrinsicSize(file: string): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}
