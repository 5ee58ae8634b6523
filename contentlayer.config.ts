/**
 * contentlayer2 reads content/ and writes .contentlayer/generated. It runs as
 * its own step (`contentlayer2 build` / `dev`), not through Next's bundler.
 * @see https://github.com/timlehnen/contentlayer2
 */
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { contentlayerFields } from './lib/content/contentlayer-fields';
import { remarkImageSizes } from './lib/content/remark-image-sizes';
import { remarkSafeMdx } from './lib/content/remark-safe-mdx';
import { articleSchema, authorSchema, categorySchema, guideSchema } from './lib/content/schema';

const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(articleSchema),
}));

const Guide = defineDocumentType(() => ({
  name: 'Guide',
  filePathPattern: 'guides/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(guideSchema),
}));

const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.yaml',
  contentType: 'data',
  fields: contentlayerFields(authorSchema),
}));

const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: 'categories/*.yaml',
  contentType: 'data',
  fields: contentlayerFields(categorySchema),
}));

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Guide, Author, Category],
  // The defaults skip a bad file with a warning, and the page silently vanishes.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  // remarkSafeMdx rejects imports, code and raw <script>/<iframe>/<style> at compile time;
  // remarkImageSizes then gives each <Figure> its file's width and height.
  mdx: { remarkPlugins: [remarkGfm, remarkSafeMdx, remarkImageSizes], rehypePlugins: [rehypeSlug] },
});
