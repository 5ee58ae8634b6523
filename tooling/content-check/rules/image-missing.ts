import type { ContentRule } from './content-rule';
import { publicFile, statedImages } from './stated-images';

/** A missing picture is a broken image for readers, so it stops the build. */
export const imageMissing: ContentRule = {
  id: 'image/missing',
  severity: 'error',
  summary: 'Every image (cover, portrait, or in the body) is a file in public/.',
  hint: 'put the file in public/images/ and write its path from "/images/…", matching upper and lower case exactly',
  check: (context) =>
    statedImages(context)
      .filter((image) => !publicFile(context.publicDir, image.src))
      .map((image) => ({
        file: image.file,
        field: image.field,
        line: image.line,
        column: image.column,
        message: image.src.startsWith('/')
          ? `the image "${image.src}" is not in public/`
          : `the image "${image.src}" is not stored on this site; images must be files in public/`,
      })),
};
