import Link from 'next/link';
import type { Guide } from '@/lib/content/types';
import { areaCounts, audienceCounts, audienceLabels, bodyAreaLabels } from '@/lib/guide-filters';
import { guideAreaPath, guideAudiencePath, staticPaths } from '@/lib/routes';

export type GuideFilterNavProps = {
  /** All visible guides, to count what each filter holds. */
  guides: Guide[];
  /** The address of the page being shown, marked as current. */
  currentPath: string;
};

type Option = { label: string; href: string; count: number };

function FilterGroup({ title, options, currentPath }: { title: string; options: Option[]; currentPath: string }) {
  return (
    <div>
      <h2 className="text-sm font-semibold text-muted">{title}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => {
          const isCurrent = option.href === currentPath;
          return (
            <li key={option.href}>
              <Link
                href={option.href}
                prefetch={false}
                aria-current={isCurrent ? 'page' : undefined}
                className={`inline-block rounded-full border px-4 py-1.5 text-sm no-underline ${isCurrent ? 'border-ink bg-ink font-semibold text-paper' : 'border-line text-ink hover:border-muted'}`}
              >
                {option.label} <span className={isCurrent ? '' : 'text-muted'}>({option.count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Filters for the guide index as plain links, one static page per filter, so they work without JavaScript. */
export function GuideFilterNav({ guides, currentPath }: GuideFilterNavProps) {
  const all = { label: 'All guides', href: staticPaths.guides, count: guides.length };
  const areas = areaCounts(guides).map(({ area, count }) => ({ label: bodyAreaLabels[area], href: guideAreaPath(area), count }));
  const people = audienceCounts(guides).map(({ audience, count }) => ({ label: audienceLabels[audience], href: guideAudiencePath(audience), count }));
  return (
    <nav aria-label="Filter guides" className="mb-10 space-y-5 rounded-2xl bg-surface p-5">
      <FilterGroup title="Body area" options={[all, ...areas]} currentPath={currentPath} />
      <FilterGroup title="Who it is for" options={people} currentPath={currentPath} />
    </nav>
  );
}
