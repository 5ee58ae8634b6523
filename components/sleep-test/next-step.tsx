import { nextStepText, quietNextStep, talkToTheTeam, type NextStepKind } from '@/lib/sleep-test/next-step';

export type NextStepProps = {
  kind: NextStepKind;
  contactUrl: string;
  /** Marks the offer as the business's own, e.g. "From Calm Nights". */
  invitationLabel: string;
};

/** The offer to talk with the business's sleep-health professionals, as strong as the result calls for. */
export function NextStep({ kind, contactUrl, invitationLabel }: NextStepProps) {
  if (kind === 'quiet') {
    return (
      <p className="mt-8 text-muted print:hidden">
        {quietNextStep.before}{' '}
        <a href={contactUrl} className="text-accent underline underline-offset-2">
          {quietNextStep.link}
        </a>
        {quietNextStep.after}
      </p>
    );
  }
  const { heading, text } = nextStepText[kind];
  return (
    <aside aria-labelledby="next-step" className="mt-8 rounded-2xl border border-line bg-surface p-6 print:hidden">
      <p className="text-sm font-semibold text-muted">{invitationLabel}</p>
      <h3 id="next-step" className="mt-1 font-serif text-xl font-semibold">
        {heading}
      </h3>
      <p className="mt-2 text-muted">{text}</p>
      <a
        href={contactUrl}
        className="mt-5 inline-block rounded-full bg-cta px-6 py-3 font-semibold text-cta-ink no-underline hover:bg-cta-hover focus-visible:outline-offset-4"
      >
        {talkToTheTeam}
      </a>
    </aside>
  );
}
