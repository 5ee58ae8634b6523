import type { Guide } from '@/lib/content/collections';
import { guideSections } from '@/lib/guide-layout';

export type GuideOverviewProps = { guide: Guide };

/**
 * On the first screen, under the header (which gives the time and body area):
 * what you need and the safety check that matters most, the guide's first
 * precaution, linking to the full list.
 */
export function GuideOverview({ guide }: GuideOverviewProps) {
  const [keyCheck] = guide.precautions;
  const count = guide.precautions.length;
  return (
    <div className="not-prose mt-4 font-sans">
      <p>
        <span data-pagefind-ignore className="font-semibold">
          You need:{' '}
        </span>
        {guide.needs.length ? guide.needs.join(', ') : 'just your hands'}.
      </p>
      {/* The link to the full list heads the box, so it stays on the first screen however long the check. */}
      <div className="mt-3 rounded-r-xl border-l-4 border-caution-line bg-caution px-4 py-2.5">
        <p className="flex flex-wrap items-baseline justify-between gap-x-3">
          <strong className="font-semibold">Check first:</strong>
          <a href={`#${guideSections.precautions.id}`} className="font-semibold whitespace-nowrap text-ink underline underline-offset-4">
            {count === 1 ? 'The precaution in full' : `All ${count} precautions`}
          </a>
        </p>
        <p className="mt-1">{keyCheck}</p>
      </div>
    </div>
  );
}
