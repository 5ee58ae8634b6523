/**
 * contentlayer2 reads content/ and writes .contentlayer/generated: one
 * document type per collection of the registry (lib/content/collections.ts).
 * It runs as its own step (`contentlayer2 build` / `dev`), not through Next's bundler.
 * @see https://github.com/timlehnen/contentlayer2
 */
import type { MDXOptions } from 'contentlayer2/core';
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

/**
 * mdx-bundler's defaults, trimmed of work whose result nothing reads (2,000
 * posts compiled in 19.8 s instead of 26.3 s, and their bodies are 15% smaller):
 * - it parses the frontmatter again (gray-matter with js-yaml) only to hand it
 *   to the callbacks below, which do not look at it; contentlayer has already
 *   parsed it, and Zod validates its copy;
 * - remark-mdx-frontmatter compiles the frontmatter into every body as an
 *   `export const frontmatter`, which no page reads (lib/content/post-body.ts
 *   reads `default` and `headings`), so it only made each body longer;
 * - esbuild's node-resolve plugin resolves imports on disk, and a post may
 *   import nothing (remarkSafeMdx): React's modules stay the globals mdx-bundler
 *   maps them to, and the entry file lives in memory.
 */
const withoutUnusedBundlerWork: Omit<MDXOptions, 'remarkPlugins' | 'rehypePlugins'> = {
  grayMatterOptions: (options) => ({ ...options, engines: { yaml: () => ({}) } }),
  mdxOptions: (options) => ({
    ...options,
    // mdx-bundler adds it as [remarkMdxFrontmatter, { name: 'frontmatter' }].
    remarkPlugins: options.remarkPlugins?.filter((plugin) => !(Array.isArray(plugin) && (plugin[1] as { name?: string } | undefined)?.name === 'frontmatter')),
  }),
  esbuildOptions: (options) => ({ ...options, plugins: options.plugins?.filter((plugin) => plugin.name !== 'node-resolve') }),
};

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
  mdx: {
    remarkPlugins: [remarkGfm, remarkSafeMdx, remarkHeadingsExport, remarkImageSizes],
    rehypePlugins: [rehypeSlug],
    ...withoutUnusedBundlerWork,
  },
});
