/** `npm run new`: writes a new draft article or guide with a title-card cover, refusing to overwrite anything. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { coverCard, coverCardSize } from './cover-card';
import { postTemplate, type PostType } from './post-template';
import { slugPattern } from '../../lib/content/collections';

/** A slug from a title: "Neck & Shoulders, Before Bed" → "neck-shoulders-before-bed". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The local calendar date as YYYY-MM-DD. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const fileNames = (dir: string, extension: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .map((name) => name.slice(0, -extension.length))
        .sort()
    : [];

export type NewPostOptions = { type: PostType; title: string; contentDir: string; publicDir: string; today?: Date };

/** Writes the post and its cover; returns their paths. Throws an Error whose message tells the editor what to do. */
export function createPost({ type, title, contentDir, publicDir, today = new Date() }: NewPostOptions): { file: string; cover: string } {
  const slug = slugify(title);
  if (!title.trim() || !slugPattern.test(slug)) throw new Error(`"${title}" gives no usable file name: use letters or digits in the title`);
  const folder = type === 'guide' ? 'guides' : 'articles';
  const taken = ['articles', 'guides'].find((dir) => existsSync(path.join(contentDir, dir, `${slug}.mdx`)));
  if (taken) throw new Error(`content/${taken}/${slug}.mdx already exists: choose another title, or edit that file`);
  // The layout the browser CMS keeps pictures in: public/images/<collection>/<slug>/cover.<ext>.
  const coverSrc = `/images/${folder}/${slug}/cover.svg`;
  const coverFile = path.join(publicDir, coverSrc);
  if (existsSync(coverFile)) throw new Error(`${coverFile} already exists: remove it, or choose another title`);
  const authors = fileNames(path.join(contentDir, 'authors'), '.yaml');
  const categories = fileNames(path.join(contentDir, 'categories'), '.yaml');
  if (!authors.length || !categories.length) throw new Error('add at least one author (content/authors/) and one category (content/categories/) first');

  const file = path.join(contentDir, folder, `${slug}.mdx`);
  const cover = { src: coverSrc, alt: `Title card reading “${title.trim()}”`, ...coverCardSize };
  mkdirSync(path.dirname(file), { recursive: true });
  mkdirSync(path.dirname(coverFile), { recursive: true });
  writeFileSync(file, postTemplate({ type, title: title.trim(), date: localDate(today), authors, categories, cover }), { flag: 'wx' });
  writeFileSync(coverFile, coverCard(title.trim()), { flag: 'wx' });
  return { file, cover: coverFile };
}
