import type { Guide } from '@/lib/content/collections';
import { describeFilter, type GuideFilter } from '@/lib/guide-filters';
import { guideResultsId } from '@/lib/routes';
import { GuideFilterNav } from './guide-filter-nav';
import { PageIntro } from './page-intro';
import { PostList } from './post-list';

export type GuideIndexProps = {
  title: string;
  /** The guides this page shows. */
  guides: Guide[];
  /** Every visible guide, for the filter counts. */
  allGuides: Guide[];
  /** What the page is filtered to. */
  filter: GuideFilter;
};

/** The guide index, whole or filtered: the filters, then the results, which filter links land on. */
export function GuideIndex({ title, guides, allGuides, filter }: GuideIndexProps) {
  const count = guides.length === 1 ? '1 guide' : `${guides.length} guides`;
  const filterText = describeFilter(filter);
  return (
    <>
      <PageIntro title={title}>
        <p>Step-by-step massage techniques to relax before bed, each with the time it takes, what you need and the precautions to read first.</p>
      </PageIntro>
      <GuideFilterNav guides={allGuides} current={filter} />
      <section aria-labelledby={guideResultsId}>
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id={guideResultsId} className="scroll-mt-4 heading-section">
            {filterText ? `${count}: ${filterText}` : `All ${count}`}
          </h2>
          <a href="#filters" className="inline-flex min-h-6 items-center font-sans text-sm text-ink underline underline-offset-4">
            Change the filters
          </a>
        </div>
        <PostList posts={guides} headingLevel={3} emptyText="No guides have been published yet." firstRow="eager" />
      </section>
    </>
  );
}
