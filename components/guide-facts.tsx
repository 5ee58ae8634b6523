import type { Guide } from '@/lib/content/collections';
import { bodyAreaLabels } from '@/lib/guide-filters';

export type GuideFactsProps = { guide: Guide };

const audienceLabel: Record<Guide['audience'], string> = {
  self: 'You',
  partner: 'A partner',
  both: 'You or a partner',
};

/** How long the technique takes, the body area and who it is for: beside the cover on a phone, in a row below it on wider screens. */
export function GuideFacts({ guide }: GuideFactsProps) {
  return (
    <dl className="grid min-w-0 flex-1 grid-cols-2 gap-x-3 gap-y-1.5 font-sans sm:w-full sm:grid-cols-3">
      <div>
        <dt data-pagefind-ignore className="text-sm text-muted">
          Time
        </dt>
        <dd data-pagefind-ignore className="font-semibold">
          {guide.minutes} min
        </dd>
      </div>
      <div>
        <dt data-pagefind-ignore className="text-sm text-muted">
          Body area
        </dt>
        {/* Weighted like the title (and an "area" meta field the search ranks by), so a search for the body area finds this guide first. */}
        <dd data-pagefind-weight="7" data-pagefind-meta="area" className="font-semibold">
          {bodyAreaLabels[guide.bodyArea]}
        </dd>
      </div>
      <div>
        <dt data-pagefind-ignore className="text-sm text-muted">
          For
        </dt>
        <dd data-pagefind-ignore className="font-semibold">
          {audienceLabel[guide.audience]}
        </dd>
      </div>
    </dl>
  );
}
