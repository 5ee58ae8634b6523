import type { Guide } from '@/lib/content/collections';
import { filterOptions, type FilterOption, type GuideFilter } from '@/lib/guide-filters';
import { guideFilterPath, guideResultsId } from '@/lib/routes';
import { SiteLink } from './site-link';

export type GuideFilterNavProps = {
  /** All visible guides, to count what each choice would show. */
  guides: Guide[];
  /** What the page shows now. */
  current: GuideFilter;
};

const chip = 'inline-flex min-h-9 items-center rounded-full border px-4 text-sm';

function FilterChoice({ option }: { option: FilterOption }) {
  const label = (
    <>
      {option.label}&nbsp;<span className={option.isCurrent ? '' : 'text-muted'}>({option.count})</span>
    </>
  );
  if (option.count === 0) return <span className={`${chip} border-dashed border-line text-muted`}>{label}</span>;
  return (
    <SiteLink
      href={`${guideFilterPath(option.filter)}#${guideResultsId}`}
      aria-current={option.isCurrent ? 'page' : undefined}
      className={`${chip} no-underline ${option.isCurrent ? 'border-ink bg-ink font-semibold text-paper' : 'border-line text-ink hover:border-muted'}`}
    >
      {label}
    </SiteLink>
  );
}

function FilterGroup({ id, title, options }: { id: string; title: string; options: FilterOption[] }) {
  return (
    <div>
      <p id={id} className="text-sm font-semibold text-muted">
        {title}
      </p>
      <ul aria-labelledby={id} className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={guideFilterPath(option.filter)}>
            <FilterChoice option={option} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The guide filters as plain links, one static page per combination, so they
 * work without JavaScript. Each keeps the other filter and lands on the results.
 */
export function GuideFilterNav({ guides, current }: GuideFilterNavProps) {
  const { areas, audiences, bothWaysCount } = filterOptions(guides, current);
  return (
    <nav id="filters" aria-label="Filter guides" className="mb-8 space-y-5 rounded-2xl bg-surface p-4 font-sans sm:p-5">
      <FilterGroup id="filter-area" title="Body area" options={areas} />
      <div>
        <FilterGroup id="filter-audience" title="Who you massage" options={audiences} />
        {bothWaysCount > 0 && (
          <p className="mt-2 text-sm text-muted">
            {bothWaysCount === 1 ? '1 guide works' : `${bothWaysCount} guides work`} either way, so {bothWaysCount === 1 ? 'it is' : 'they are'} counted under
            both:{' '}
            <SiteLink
              href={`${guideFilterPath({ area: current.area, audience: 'both' })}#${guideResultsId}`}
              className="inline-flex min-h-6 items-center text-ink underline underline-offset-4"
            >
              {bothWaysCount === 1 ? 'see it' : 'see them'}
            </SiteLink>
            .
          </p>
        )}
      </div>
    </nav>
  );
}
