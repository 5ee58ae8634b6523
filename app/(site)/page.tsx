import { CallToAction } from '@/components/call-to-action';
import { FeaturedPost } from '@/components/featured-post';
import { GuidesByArea } from '@/components/guides-by-area';
import { PageShell } from '@/components/page-shell';
import { PostList } from '@/components/post-list';
import { SectionHeading } from '@/components/section-heading';
import { SiteJsonLd } from '@/components/site-json-ld';
import { getArticles, getGuides } from '@/lib/content/queries';
import { fullRowsOfThree } from '@/lib/grid-fill';
import { staticPaths } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';
import { SiteLink } from '@/components/site-link';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata = pageMetadata({
  title: `${siteConfig.name}: sleep tips and bedtime massage guides`,
  absoluteTitle: true,
  description: siteConfig.description,
  path: staticPaths.home,
});

export default function HomePage() {
  const [featured, ...others] = getArticles();
  const guides = getGuides();
  return (
    <PageShell medium="page" campaign="home">
      <SiteJsonLd />
      <section className="max-w-2xl py-4">
        <h1 className="heading-page">Rest easier, one calm evening at a time</h1>
        <p className="mt-5 text-lg text-muted">{siteConfig.description}</p>
      </section>
      {featured && (
        <section aria-label="Featured" className="mt-10">
          <FeaturedPost post={featured} />
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="latest-articles" className="mt-14">
          <SectionHeading id="latest-articles" title="Latest articles" more={{ label: 'All articles', href: staticPaths.articles }} />
          <PostList posts={others.slice(0, fullRowsOfThree(others.length, 6))} headingLevel={3} fillRows />
        </section>
      )}
      <section aria-labelledby="technique-guides" className="mt-14">
        <SectionHeading id="technique-guides" title="Massage guides by body area" more={{ label: 'All guides', href: staticPaths.guides }} />
        <GuidesByArea guides={guides} />
      </section>
      <section aria-labelledby="how-we-work" className="mt-14 max-w-2xl">
        <h2 id="how-we-work" className="heading-section">
          Why you can trust what you read here
        </h2>
        <p className="mt-3 text-muted">
          Every article and guide names who wrote it and who medically reviewed it, shows the date of that review and lists the sources behind its health
          claims. Our publishing checks hold back any page without them, and any page whose last review is more than a year old.{' '}
          <SiteLink href={staticPaths.editorialPolicy} className="text-accent underline underline-offset-4">
            How we work
          </SiteLink>
        </p>
      </section>
      <CallToAction placement="end" medium="page" campaign="home" />
    </PageShell>
  );
}
