import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/page-shell';
import { ProsePage } from '@/components/prose-page';
import { SamplePersonNote } from '@/components/sample-person-note';
import { getAuthors } from '@/lib/content/queries';
import { authorPath, staticPaths } from '@/lib/routes';
import { breadcrumbTrail } from '@/lib/seo/breadcrumbs';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/lib/site-config';

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
          Plain-language{' '}
          <Link href={staticPaths.articles} prefetch={false}>
            articles
          </Link>{' '}
          about sleep and rest, and step-by-step{' '}
          <Link href={staticPaths.guides} prefetch={false}>
            massage guides
          </Link>{' '}
          you can use on yourself or a partner before bed. Every piece says who wrote it, who medically reviewed it and on what day, and lists its sources.
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
              <Link href={authorPath(author.slug)} prefetch={false}>
                {author.name}
              </Link>
              <SamplePersonNote person={author} />, {author.role}
            </li>
          ))}
        </ul>
        <p>
          Read how we write and check our content in our{' '}
          <Link href={staticPaths.editorialPolicy} prefetch={false}>
            editorial policy
          </Link>
          , and what this information can and cannot do in our{' '}
          <Link href={staticPaths.medicalDisclaimer} prefetch={false}>
            medical disclaimer
          </Link>
          .
        </p>
      </ProsePage>
    </PageShell>
  );
}
