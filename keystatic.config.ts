/**
 * Keystatic, the browser CMS at /keystatic: its collections are derived from
 * the Zod content model (lib/cms/cms-collections.ts), its storage from the
 * environment (lib/cms/storage.mjs).
 * @see https://keystatic.com/docs/configuration
 */
import { config } from '@keystatic/core';
import { keystaticCollections, type RelatedChoice } from '@/tooling/cms/cms-collections';
import type { CmsStorage } from '@/lib/cms/storage.mjs';

export function keystaticConfig(storage: CmsStorage, relatedChoices: readonly RelatedChoice[] = []) {
  return config({
    storage,
    ui: { brand: { name: 'Calm Nights' } },
    collections: keystaticCollections(relatedChoices),
  });
}
