import type { AdviceLine, CareAdvice } from '@/lib/sleep-test/care-advice';
import { outsideTheUk } from '@/lib/sleep-test/care-advice';

export type CareAdviceBoxProps = { advice: CareAdvice };

function AdviceList({ id, label, lead, lines, tone }: { id: string; label: string; lead: string; lines: AdviceLine[]; tone: string }) {
  return (
    <section aria-labelledby={id} className={`mt-4 rounded-xl border-l-4 p-4 ${tone}`}>
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">{label}</p>
      <h3 id={id} className="mt-1 font-serif text-xl font-semibold">
        {lead}
      </h3>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {lines.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
    </section>
  );
}

/** NHS-style advice for a worrying result: when to see a GP or doctor, when not to wait, and where it comes from. */
export function CareAdviceBox({ advice }: CareAdviceBoxProps) {
  return (
    <div className="mt-6">
      <AdviceList id="see-a-doctor" label="Non-urgent advice" lead="See your GP or doctor if" lines={advice.seeDoctor} tone="border-accent bg-surface" />
      {advice.urgent.length > 0 ? (
        <AdviceList id="get-help-now" label="Urgent advice" lead="Get help now if" lines={advice.urgent} tone="border-caution-line bg-caution" />
      ) : null}
      <p className="mt-3 text-sm text-muted">{outsideTheUk}</p>
      <div className="mt-3 text-sm">
        <p className="font-semibold">Where this advice comes from</p>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-muted">
          {advice.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer" className="text-accent underline underline-offset-2">
                {source.title}
              </a>
              . {source.publisher}.
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
