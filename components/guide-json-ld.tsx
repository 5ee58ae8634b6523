import { JsonLdScript } from 'next-seo';
import type { Guide } from '@/lib/content/collections';
import { howToJsonLd } from '@/lib/seo/json-ld';

export type GuideJsonLdProps = { guide: Guide };

/** HowTo JSON-LD for a technique guide, with its author and medical review (its breadcrumbs come from PageShell). */
export function GuideJsonLd({ guide }: GuideJsonLdProps) {
  return <JsonLdScript data={howToJsonLd(guide)} scriptKey="guide-jsonld" />;
}
