'use client';
/** The Keystatic admin application; it loads only on /keystatic, never on a reader's page. */
import { makePage } from '@keystatic/next/ui/app';
import { useMemo } from 'react';
import { keystaticConfig } from '@/keystatic.config';
import type { RelatedChoice } from '@/lib/cms/cms-collections';
import type { CmsStorage } from '@/lib/cms/storage';

export type KeystaticAdminProps = { storage: CmsStorage; relatedChoices: RelatedChoice[] };

export function KeystaticAdmin({ storage, relatedChoices }: KeystaticAdminProps) {
  const Admin = useMemo(() => makePage(keystaticConfig(storage, relatedChoices)), [storage, relatedChoices]);
  return <Admin />;
}
