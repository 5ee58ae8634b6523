import { HowToJsonLd } from 'next-seo';
import type { Guide } from '@/lib/content/types';
import { howToJsonLdProps } from '@/lib/seo/json-ld';

export type GuideJsonLdProps = { guide: Guide };

/** HowTo JSON-LD for a technique guide (its breadcrumbs come from PageShell). */
export function GuideJsonLd({ guide }: GuideJsonLdProps) {
  return <HowToJsonLd {...howToJsonLdProps(guide)} />;
}
