import { CallToAction } from '@/components/call-to-action';
import { PageShell } from '@/components/page-shell';
import { PostCard } from '@/components/post-card';
import { SiteJsonLd } from '@/components/site-json-ld';
import { getArticles, getGuides } from '@/lib/content/queries';
import { staticPaths } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata = pageMetadata({
  title: `${siteConfig.name}: sleep tips and bedtime massage guides`,
  absoluteTitle: true,
  description: siteConfig.description,
  path: staticPaths.home,
});

export default function HomePage() {
  const articles = getArticles();
  const guides = getGuides();
  return (
    <PageShell medium="page" campaign="home">
      <SiteJsonLd />
      <section className="max-w-2xl">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">Rest easier, one calm evening at a time</h1>
        <p className="mt-4 text-lg text-muted">{siteConfig.description}</p>
      </section>
      <section aria-labelledby="latest-articles" className="mt-12">
        <h2 id="latest-articles" className="text-2xl font-semibold">
          Latest articles
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {articles.map((article) => (
            <PostCard key={article.slug} post={article} />
          ))}
        </div>
      </section>
      <section aria-labelledby="technique-guides" className="mt-12">
        <h2 id="technique-guides" className="text-2xl font-semibold">
          Technique guides
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {guides.map((guide) => (
            <PostCard key={guide.slug} post={guide} />
          ))}
        </div>
      </section>
      <CallToAction placement="end" medium="page" campaign="home" />
    </PageShell>
  );
}
