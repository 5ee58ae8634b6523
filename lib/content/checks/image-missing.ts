import type { ContentRule } from './content-rule';
import { publicFile, statedImages } from './stated-images';

/**
 * A warning for now: the content plan lets posts name their illustrations
 * before the illustrator delivers them. Make it an error once every image is in.
 */
export const imageMissing: ContentRule = {
  id: 'image/missing',
  severity: 'warning',
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
        message: image.src.startsWith('/') ? `the image "${image.src}" is not in public/` : `the image "${image.src}" is not stored on this site; images must be files in public/`,
      })),
};
