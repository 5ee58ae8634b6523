/**
 * Width and height of the pictures content points at, read from the files
 * under public/, so editors never type pixels. A size written in the
 * frontmatter is kept (content:check's image/size-mismatch rule compares it
 * with the file).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ImageData, PixelSize, SizedImage } from './collections';

export type { PixelSize, SizedImage };
/** The intrinsic size of the picture an address like "/images/a.svg" serves, if it can be read. */
export type ImageSizer = (src: string) => PixelSize | undefined;

/** The file under publicDir an address like "/images/a.svg" serves, if it exists. */
export function publicFile(publicDir: string, src: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const file = path.join(publicDir, decodeURI(src.split(/[?#]/)[0]));
  const inside = path.relative(publicDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The intrinsic size of an image file, or undefined when it cannot be read as an image. */
export function intrinsicSize(file: string): PixelSize | undefined {
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads sizes from the files under publicDir, each file once per process. */
export function publicImageSizer(publicDir = 'public'): ImageSizer {
  const cache = new Map<string, PixelSize | undefined>();
  return (src) => {
    if (!cache.has(src)) {
      const file = publicFile(publicDir, src);
      cache.set(src, file ? intrinsicSize(file) : undefined);
    }
    return cache.get(src);
  };
}

/** The image with its size: the one written, else the file's; undefined when neither is known. */
export function sizedImage(image: ImageData, sizeOf: ImageSizer): SizedImage | undefined {
  if (image.width !== undefined && image.height !== undefined) return { ...image, width: image.width, height: image.height };
  const size = sizeOf(image.src);
  return size && { ...image, ...size };
}
