'use client';
/** The Keystatic admin application; it loads only on /keystatic, never on a reader's page. */
import { Keystatic } from '@keystatic/core/ui';
import { useMemo } from 'react';
import { keystaticConfig } from '@/keystatic.config';
import type { RelatedChoice } from '@/tooling/cms/cms-collections';
import { keepStylesheetsOnThisSite } from '@/tooling/cms/offsite-stylesheets';
import type { CmsStorage } from '@/lib/cms/storage.mjs';

keepStylesheetsOnThisSite();

export type KeystaticAdminProps = { storage: CmsStorage; relatedChoices: RelatedChoice[] };

const appSlug = { envName: 'NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG', value: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG };

export function KeystaticAdmin({ storage, relatedChoices }: KeystaticAdminProps) {
  const config = useMemo(() => keystaticConfig(storage, relatedChoices), [storage, relatedChoices]);
  // Its collections are built at run time, so their field types are the general ones.
  return <Keystatic config={config as unknown as Parameters<typeof Keystatic>[0]['config']} appSlug={appSlug} />;
}
