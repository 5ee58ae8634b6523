/**
 * The browser CMS at /keystatic, outside the site's chrome. Rendered per
 * request: the storage comes from the environment (off in production unless
 * GitHub storage is configured), and related posts are chosen among the posts
 * on disk. Files named *.cms.tsx are routes only in server builds.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KeystaticAdmin } from '@/tooling/cms/keystatic-admin';
import { relatedChoices } from '@/tooling/cms/related-choices';
import { cmsStorage } from '@/lib/cms/storage.mjs';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Editing', robots: { index: false, follow: false } };

export default function KeystaticLayout() {
  const storage = cmsStorage();
  if (!storage) notFound();
  return <KeystaticAdmin storage={storage} relatedChoices={relatedChoices()} />;
}
