import type { ContentRule, Finding } from './content-rule';
import { intrinsicSize, publicFile, statedImages } from './stated-images';

/** A wrong width or height stretches the picture and makes the page jump while it loads. */
export const imageSizeMismatch: ContentRule = {
  id: 'image/size-mismatch',
  severity: 'error',
  summary: "The width and height written for an image are the file's own size in pixels.",
  hint: "copy the file's real size: most image viewers show it, and for an SVG it is the width and height on its first line",
  check(context) {
    return statedImages(context).flatMap((image): Finding[] => {
      const file = publicFile(context.publicDir, image.src);
      // No size written (or none readable, which image/missing reports): nothing to compare.
      if (!file || !image.width || !image.height) return [];
      const size = intrinsicSize(file);
      const where = { file: image.file, field: image.field, line: image.line, column: image.column };
      if (!size) return [{ ...where, message: `"${image.src}" cannot be read as an image`, hint: 'save it again as SVG, PNG, JPEG, WebP or AVIF' }];
      if (size.width === image.width && size.height === image.height) return [];
      return [
        {
          ...where,
          field: image.field?.replace(/src$/, 'width'),
          message: `"${image.src}" is ${size.width}×${size.height} pixels, but ${image.width}×${image.height} is written`,
        },
      ];
    });
  },
};
