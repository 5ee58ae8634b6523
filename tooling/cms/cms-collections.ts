/**
 * The browser CMS's collections, from the collection registry
 * (lib/content/collections.ts: folder, format, schema, label, route), plus the
 * few things neither the registry nor a schema can say
 * (which collection a reference names, where pictures go, the body editor).
 * Everything else about a field comes from the schema (lib/cms/schema-fields.ts).
 */
import { type Collection, fields, type ComponentSchema } from '@keystatic/core';
import { type CollectionName, mapCollections, type PostType } from '@/lib/content/collections';
import { mdxEditorComponents } from './mdx-editor-components';
import { inputJsonSchema } from '../json-schema';
import { cmsFields, type FieldOverride, type FieldOverrides } from './schema-fields';

/** A post another post may list as related: its slug, and its title to choose by. */
export type RelatedChoice = { slug: string; title: string; type: PostType };

/** The field each collection's file name is made from; the only thing the registry does not say. */
const slugFields = { articles: 'title', guides: 'title', authors: 'name', categories: 'title' } as const satisfies Record<CollectionName, string>;

/** Each collection as the CMS sees it, from the registry (lib/content/collections.ts). */
export const cmsCollections = mapCollections((name, declaration) => ({
  label: declaration.pluralLabel,
  /** Folder under the repository, without a trailing slash. */
  folder: `content/${declaration.folder}`,
  format: declaration.format,
  schema: declaration.schema,
  slugField: slugFields[name],
  /** Address of an entry's page, `{slug}` standing for the file name (Keystatic fills it in). */
  route: declaration.path('{slug}'),
}));

export type CmsCollectionName = CollectionName;

/** Uploaded pictures of a collection land in public/images/<collection>/<slug>/. */
export const imageFolder = (name: CmsCollectionName) => ({ directory: `public/images/${name}`, publicPath: `/images/${name}/` });

/**
 * A picture with its alt text. The file is stored as public/images/<collection>/<slug>/<key>.<ext>
 * (Keystatic would name it after the field path, "cover/src.svg"); its width and height are read
 * from the file by the content pipeline, so the form has no pixel fields.
 */
function picture(name: CmsCollectionName, key: string): FieldOverride {
  return ({ label, description, schema }) => {
    const src = fields.image({ label: 'Picture', description: schema.properties?.src?.description, validation: { isRequired: true }, ...imageFolder(name) });
    return fields.object(
      {
        src: {
          ...src,
          serialize: (value: Parameters<typeof src.serialize>[0], args: Parameters<typeof src.serialize>[1]) =>
            src.serialize(value, { ...args, suggestedFilenamePrefix: key }),
        },
        alt: fields.text({ label: 'Alt text', description: schema.properties?.alt?.description, multiline: true, validation: { isRequired: true } }),
      },
      { label, description },
    );
  };
}

const reference =
  (target: CmsCollectionName): FieldOverride =>
  ({ label, description, required }) =>
    fields.relationship({ label, description, collection: target, validation: { isRequired: required } });

/** The title or name an entry's file name is made from, with the schema's limits. */
const slugSource: FieldOverride = ({ label, description, schema }) =>
  fields.slug({
    name: { label, description, validation: { isRequired: true, length: { min: schema.minLength, max: schema.maxLength } } },
    slug: { label: 'File name', description: 'lower-case words joined by hyphens; it is the page address, so change it only before publishing' },
  });

/** Related posts choose among every article and guide, which no single Keystatic relationship field can. */
const relatedPosts =
  (choices: readonly RelatedChoice[]): FieldOverride =>
  ({ label, description }) =>
    fields.multiselect({ label, description, options: choices.map((post) => ({ value: post.slug, label: `${post.title} (${post.type})` })) });

/** "Up next" chooses one article or guide, or none (then the next post by date): nothing is written for none. */
const upNextPost =
  (choices: readonly RelatedChoice[]): FieldOverride =>
  ({ label, description }) => {
    const none = '';
    const select = fields.select({
      label,
      description,
      defaultValue: none,
      options: [{ value: none, label: '(the next post by date)' }, ...choices.map((post) => ({ value: post.slug, label: `${post.title} (${post.type})` }))],
    });
    type Stored = Parameters<typeof select.parse>[0];
    return {
      ...select,
      parse: (value: Stored) => (value === undefined ? none : select.parse(value)),
      serialize: (value: string) => (value === none ? { value: undefined } : select.serialize(value)),
    };
  };

/** The MDX body, in the rich editor, with the components of the MDX map. */
const mdxBody = (name: CmsCollectionName): ComponentSchema =>
  fields.mdx({
    label: 'Body',
    description: 'The text of the post. Headings start at level 2 (the title is level 1). Insert a call to action or a figure from the + menu.',
    options: { heading: [2, 3, 4], image: false, code: false, codeBlock: false, divider: true, table: true },
    components: mdxEditorComponents(imageFolder(name)),
  });

function postOverrides(name: CmsCollectionName, choices: readonly RelatedChoice[]): FieldOverrides {
  return {
    title: slugSource,
    author: reference('authors'),
    reviewer: reference('authors'),
    category: reference('categories'),
    cover: picture(name, 'cover'),
    related: relatedPosts(choices),
    upNext: upNextPost(choices),
  };
}

/** Every CMS field of a collection, keyed like its frontmatter (plus `body` for posts). */
export function collectionFields(name: CmsCollectionName, choices: readonly RelatedChoice[] = []): Record<string, ComponentSchema> {
  const json = inputJsonSchema(cmsCollections[name].schema);
  switch (name) {
    case 'articles':
    case 'guides':
      return { ...cmsFields(json, postOverrides(name, choices)), body: mdxBody(name) };
    case 'authors':
      return cmsFields(json, { name: slugSource, avatar: picture(name, 'avatar') });
    case 'categories':
      return cmsFields(json, { title: slugSource });
  }
}

/** The Keystatic collections, in the order the admin lists them. */
export function keystaticCollections(choices: readonly RelatedChoice[] = []) {
  const build = (name: CmsCollectionName) => {
    const { label, folder, format, slugField, route } = cmsCollections[name];
    // The schema is built at run time, so TypeScript cannot see which field is the slug field.
    const schema: Record<string, ComponentSchema> = collectionFields(name, choices);
    const built: Collection<Record<string, ComponentSchema>, string> = {
      label,
      path: `${folder}/*`,
      slugField,
      schema,
      format: format === 'mdx' ? { contentField: 'body' } : 'yaml',
      entryLayout: format === 'mdx' ? 'content' : 'form',
      previewUrl: route,
    };
    return built;
  };
  return mapCollections(build);
}
