import type { Guide } from '@/lib/content/types';
import { guideSections } from '@/lib/guide-layout';
import { bodyAreaLabels } from '@/lib/guide-filters';

export type GuideOverviewProps = { guide: Guide };

const audienceLabel: Record<Guide['audience'], string> = {
  self: 'You',
  partner: 'A partner',
  both: 'You or a partner',
};

/**
 * At a glance, on the first screen: how long it takes, who and what part of
 * the body it is for, what you need, and the safety check that matters most
 * (the guide's first precaution), linking to the full list.
 */
export function GuideOverview({ guide }: GuideOverviewProps) {
  const [keyCheck] = guide.precautions;
  const count = guide.precautions.length;
  return (
    <div className="not-prose mt-5 font-sans">
      <dl className="grid grid-cols-3 gap-x-4 gap-y-3 sm:grid-cols-4">
        <div>
          <dt data-pagefind-ignore className="text-sm text-muted">Time</dt>
          <dd data-pagefind-ignore className="font-semibold">{guide.minutes} min</dd>
        </div>
        <div>
          <dt data-pagefind-ignore className="text-sm text-muted">Body area</dt>
          {/* Weighted like the title, so a search for the body area finds this guide first. */}
          <dd data-pagefind-weight="7" data-pagefind-meta="area" className="font-semibold">
            {bodyAreaLabels[guide.bodyArea]}
          </dd>
        </div>
        <div>
          <dt data-pagefind-ignore className="text-sm text-muted">For</dt>
          <dd data-pagefind-ignore className="font-semibold">{audienceLabel[guide.audience]}</dd>
        </div>
        <div className="col-span-3 sm:col-span-1">
          <dt data-pagefind-ignore className="text-sm text-muted">You need</dt>
          <dd>{guide.needs.length ? guide.needs.join(', ') : 'Just your hands'}</dd>
        </div>
      </dl>
      <div className="mt-4 rounded-r-xl border-l-4 border-caution-line bg-caution px-4 py-3">
        <p>
          <strong className="font-semibold">Check first: </strong>
          {keyCheck}
        </p>
        <a href={`#${guideSections.precautions.id}`} className="mt-1 inline-flex min-h-6 items-center font-semibold text-ink underline underline-offset-4">
          {count === 1 ? 'The precaution in full' : `All ${count} precautions`}
        </a>
      </div>
    </div>
  );
}
