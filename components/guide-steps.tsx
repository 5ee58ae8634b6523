import type { Guide } from '@/lib/content/collections';
import { GuideSection } from './guide-section';

export type GuideStepsProps = { steps: Guide['steps'] };

/** The technique's numbered steps, from the frontmatter. */
export function GuideSteps({ steps }: GuideStepsProps) {
  return (
    <GuideSection section="steps" className="mt-8 mb-10">
      <ol className="mt-5 space-y-6">
        {steps.map((step, index) => (
          <li key={step.name} className="flex gap-4">
            <span
              aria-hidden="true"
              data-pagefind-ignore
              className="flex size-9 shrink-0 items-center justify-center rounded-full bg-accent font-sans font-semibold text-paper"
            >
              {index + 1}
            </span>
            <div>
              <h3 className="heading-sub">
                <span className="sr-only">Step {index + 1}: </span>
                {step.name}
              </h3>
              <p className="mt-1 text-lg leading-relaxed">{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
    </GuideSection>
  );
}
