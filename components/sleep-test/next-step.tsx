export type NextStepProps = { contactUrl: string; urgent: boolean };

/** The next step after a result: talking it through with one of the business's sleep-health professionals. */
export function NextStep({ contactUrl, urgent }: NextStepProps) {
  return (
    <div className="mt-8 rounded-2xl border border-line bg-surface p-6">
      <h3 className="font-serif text-xl font-semibold">Your next step</h3>
      <p className="mt-2 text-muted">
        {urgent
          ? 'Talk these signs through with one of our sleep-health professionals. They can listen, ask what a short test cannot, and help you decide what to do next.'
          : 'If you would like to talk about your sleep, one of our sleep-health professionals can go through your answers with you and suggest what might help.'}
      </p>
      <a
        href={contactUrl}
        className="mt-5 inline-block rounded-full bg-cta px-6 py-3 font-semibold text-cta-ink no-underline hover:bg-cta-hover focus-visible:outline-offset-4"
      >
        Talk with a sleep-health professional
      </a>
    </div>
  );
}
