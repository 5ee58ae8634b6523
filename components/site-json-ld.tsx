import { JsonLdScript, OrganizationJsonLd } from 'next-seo';
import { organizationJsonLdProps, webSiteJsonLd } from '@/lib/seo/json-ld';

/** Organization and WebSite JSON-LD, for the home page. */
export function SiteJsonLd() {
  return (
    <>
      <OrganizationJsonLd {...organizationJsonLdProps()} />
      <JsonLdScript data={webSiteJsonLd()} scriptKey="website-jsonld" />
    </>
  );
}
