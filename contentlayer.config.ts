/**
 * contentlayer2 reads content/ and writes .contentlayer/generated: one
 * document type per collection of the registry (lib/content/collections.ts).
 * It runs as its own step (`contentlayer2 build` / `dev`), not through Next's bundler.
 * @see https://github.com/timlehnen/contentlayer2
 */
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { z } from 'zod';
import { collections } from './lib/content/collections';
import { remarkHeadingsExport } from './tooling/contentlayer/remark-headings-export';
import { remarkImageSizes } from './tooling/contentlayer/remark-image-sizes';
import { remarkSafeMdx } from './tooling/contentlayer/remark-safe-mdx';

/**
 * Contentlayer's field declarations, derived from the Zod schemas, so the two
 * cannot drift. Contentlayer only transports the data (every field as JSON);
 * Zod validates it. Every field is declared optional to contentlayer on
 * purpose: when contentlayer rejects a missing field itself, `contentlayer2
 * dev` stops regenerating and the open page silently keeps the old text.
 * Passing the document on lets Zod report it, with its line, in the browser
 * overlay, the terminal and content:check alike.
 */
function contentlayerFields(schema: z.ZodObject) {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, { type: 'json' as const, required: false, description: (field as z.ZodType).description }]),
  );
}

const documentTypes = Object.values(collections).map((collection) =>
  defineDocumentType(() => ({
    name: collection.typeName,
    filePathPattern: `${collection.folder}/*.${collection.format}`,
    contentType: collection.format === 'mdx' ? 'mdx' : 'data',
    fields: contentlayerFields(collection.schema),
  })),
);

export default makeSource({
  // The test build (`npm run build -- --test-library`) points it at the test library.
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes,
  // The defaults skip a bad file with a warning, and the page silently vanishes.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  // remarkSafeMdx rejects imports, code and raw <script>/<iframe>/<style> at compile time (before
  // remarkHeadingsExport adds the one export of our own: the table of contents); remarkImageSizes
  // gives each <Figure> its file's width and height.
  mdx: { remarkPlugins: [remarkGfm, remarkSafeMdx, remarkHeadingsExport, remarkImageSizes], rehypePlugins: [rehypeSlug] },
});
