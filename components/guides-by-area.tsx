import type { Guide } from '@/lib/content/collections';
import { lastItemSpan } from '@/lib/grid-fill';
import { bodyAreaLabels, groupByArea } from '@/lib/guide-filters';
import { guideAreaPath, postPath } from '@/lib/routes';
import { SiteLink } from './site-link';

export type GuidesByAreaProps = { guides: Guide[] };

/** Technique guides grouped under the body area they work on, the last group widening so no grid slot is left empty. */
export function GuidesByArea({ guides }: GuidesByAreaProps) {
  const groups = groupByArea(guides);
  return (
    <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {groups.map((group, index) => (
        <section
          key={group.area}
          aria-labelledby={`area-${group.area}`}
          className={`rounded-2xl border border-line p-5 ${index === groups.length - 1 ? lastItemSpan(groups.length) : ''}`}
        >
          <h3 id={`area-${group.area}`} className="heading-sub">
            <SiteLink href={guideAreaPath(group.area)} className="text-ink underline-offset-4 hover:underline">
              {bodyAreaLabels[group.area]}
            </SiteLink>
          </h3>
          <ul className="mt-3 space-y-2">
            {group.guides.map((guide) => (
              <li key={guide.slug}>
                <SiteLink
                  href={postPath(guide)}

                  className="font-serif text-lg text-ink underline decoration-line underline-offset-4 hover:decoration-ink"
                >
                  {guide.title}
                </SiteLink>
                <span className="block text-sm text-muted">About {guide.minutes} minutes</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
