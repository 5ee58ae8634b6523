import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { ProsePage } from '@/components/prose-page';
import { SamplePersonNote } from '@/components/sample-person-note';
import { getAuthors } from '@/lib/content/queries';
import { authorPath, staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';
import { SiteLink } from '@/components/site-link';

// @see https://nextjs.org/docs/app/api-reference/functions/generate-metadata
export const metadata: Metadata = pageMetadata({
  title: 'About us',
  description: `Who writes and reviews ${siteConfig.name}, what the site is for, and how it relates to the sleep-health professionals behind it.`,
  path: staticPaths.about,
});

export default function AboutPage() {
  return (
    <PageShell medium="page" campaign="about" crumbs={breadcrumbTrail({ name: 'About', path: staticPaths.about })}>
      <ProsePage title="About us" lead={`${siteConfig.name} helps you wind down and sleep better, with calm, practical reading for the end of the day.`}>
        <h2>What you will find here</h2>
        <p>
          Plain-language <SiteLink href={staticPaths.articles}>articles</SiteLink> about sleep and rest, and step-by-step{' '}
          <SiteLink href={staticPaths.guides}>massage guides</SiteLink> you can use on yourself or a partner before bed. Every piece says who wrote it, who
          medically reviewed it and on what day, and lists its sources.
        </p>
        <h2>Who is behind it</h2>
        <p>
          {siteConfig.organization.name} is run by a team of sleep-health professionals. When something in your sleep worries you, you can take our free sleep
          test and then talk with one of them about your results.
        </p>
        <h2>Our team</h2>
        <p>
          People marked “sample person” are made-up examples, shown until the business adds its own team. Their profiles show how bylines, roles and credentials
          appear on this site; no real person wrote or reviewed these pages under their names.
        </p>
        <ul>
          {getAuthors().map((author) => (
            <li key={author.slug}>
              <SiteLink href={authorPath(author.slug)}>{author.name}</SiteLink>
              <SamplePersonNote person={author} />, {author.role}
            </li>
          ))}
        </ul>
        <p>
          Read how we write and check our content in our <SiteLink href={staticPaths.editorialPolicy}>editorial policy</SiteLink>, and what this information can
          and cannot do in our <SiteLink href={staticPaths.medicalDisclaimer}>medical disclaimer</SiteLink>.
        </p>
      </ProsePage>
    </PageShell>
  );
}
