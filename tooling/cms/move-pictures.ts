#!/usr/bin/env tsx
/**
 * npm run content:cms-layout — moves each post's cover and each author's
 * portrait to the layout the browser CMS keeps pictures in
 * (public/images/<collection>/<slug>/cover.<ext> or avatar.<ext>) with `git mv`,
 * rewrites the path in the file and drops a written width and height (the
 * pipeline reads them from the picture). Pictures already in place are left
 * alone. Run it after adding posts by hand; the CMS cannot open a post whose
 * cover is elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collections, fileExtension, type CollectionName } from '@/lib/content/collections';

const pictureFields: Partial<Record<CollectionName, string>> = { articles: 'cover', guides: 'cover', authors: 'avatar' };

for (const [name, key] of Object.entries(pictureFields) as [CollectionName, string][]) {
  const declaration = collections[name];
  const folder = path.join('content', declaration.folder);
  for (const file of readdirSync(folder).filter((f) => f.endsWith(fileExtension(declaration)))) {
    const slug = file.slice(0, -fileExtension(declaration).length);
    const source = path.join(folder, file);
    const text = readFileSync(source, 'utf8');
    const match = new RegExp(`^${key}:\\n  src: (\\S+)\\n`, 'm').exec(text);
    if (!match) continue;
    const src = match[1];
    const wanted = `/images/${name}/${slug}/${key}${path.extname(src)}`;
    let next = text.replace(/^( {2}src: \S+\n(?: {2}alt: .*\n(?: {4}.*\n)*)?) {2}width: \d+\n {2}height: \d+\n/m, '$1');
    if (src !== wanted) {
      // A picture someone already moved (a merge, say) only needs its path rewritten.
      if (!existsSync(path.join('public', wanted))) {
        if (!existsSync(path.join('public', src))) throw new Error(`${source}: ${src} is not in public/`);
        mkdirSync(path.dirname(path.join('public', wanted)), { recursive: true });
        execFileSync('git', ['mv', path.join('public', src), path.join('public', wanted)]);
      }
      next = next.replace(`  src: ${src}\n`, `  src: ${wanted}\n`);
      console.log(`${source}: ${src} -> ${wanted}`);
    }
    if (next !== text) writeFileSync(source, next);
  }
}
