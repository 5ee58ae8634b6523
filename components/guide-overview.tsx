import type { Guide } from '@/lib/content/types';

export type GuideOverviewProps = { guide: Guide };

const audienceLabel: Record<Guide['audience'], string> = {
  self: 'Self-massage',
  partner: 'With a partner',
  both: 'On yourself or a partner',
};

/** At a glance: who the technique is for, how long it takes and what you need. */
export function GuideOverview({ guide }: GuideOverviewProps) {
  return (
    <dl className="my-8 grid gap-4 rounded-2xl bg-surface p-6 sm:grid-cols-3">
      <div>
        <dt className="text-sm text-muted">Who it is for</dt>
        <dd className="font-semibold">{audienceLabel[guide.audience]}</dd>
      </div>
      <div>
        <dt className="text-sm text-muted">Time</dt>
        <dd className="font-semibold">About {guide.minutes} minutes</dd>
      </div>
      <div>
        <dt className="text-sm text-muted">You need</dt>
        <dd className="font-semibold">{guide.needs.length ? guide.needs.join(', ') : 'Just your hands'}</dd>
      </div>
    </dl>
  );
}
