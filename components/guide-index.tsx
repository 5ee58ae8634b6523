import type { Guide } from '@/lib/content/types';
import { GuideFilterNav } from './guide-filter-nav';
import { PageIntro } from './page-intro';
import { PostList } from './post-list';

export type GuideIndexProps = {
  title: string;
  /** The guides this page shows. */
  guides: Guide[];
  /** Every visible guide, for the filter counts. */
  allGuides: Guide[];
  currentPath: string;
};

/** The guide index, whole or filtered, with the filter links above the list. */
export function GuideIndex({ title, guides, allGuides, currentPath }: GuideIndexProps) {
  return (
    <>
      <PageIntro title={title}>
        <p>Step-by-step massage techniques to relax before bed, each with the time it takes, what you need and the precautions to read first.</p>
      </PageIntro>
      <GuideFilterNav guides={allGuides} currentPath={currentPath} />
      <h2 className="sr-only">Results</h2>
      <p className="mb-4 text-sm text-muted">
        {guides.length === 1 ? '1 guide' : `${guides.length} guides`}
      </p>
      <PostList posts={guides} headingLevel={3} emptyText="No guides have been published yet." />
    </>
  );
}
