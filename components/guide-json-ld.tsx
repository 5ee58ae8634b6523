import { JsonLdScript } from 'next-seo';
import type { Author, Guide } from '@/lib/content/types';
import { howToJsonLd } from '@/lib/seo/json-ld';

export type GuideJsonLdProps = { guide: Guide; author: Author; reviewer?: Author };

/** HowTo JSON-LD for a technique guide (its breadcrumbs come from PageShell). */
export function GuideJsonLd({ guide, author, reviewer }: GuideJsonLdProps) {
  return <JsonLdScript data={howToJsonLd(guide, author, reviewer)} scriptKey="guide-jsonld" />;
}
