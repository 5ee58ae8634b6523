import type { Guide, Heading } from '@/lib/content/types';

export type GuideStepsProps = { steps: Guide['steps'] };

/** The section's heading, also listed in the page's table of contents. */
export const stepsHeading = { depth: 2, text: 'Step by step', id: 'steps' } as const satisfies Heading;

/** The technique's numbered steps, from the frontmatter. */
export function GuideSteps({ steps }: GuideStepsProps) {
  return (
    <section aria-labelledby={stepsHeading.id} className="my-10">
      <h2 id={stepsHeading.id} className="text-2xl font-semibold">
        {stepsHeading.text}
      </h2>
      <ol className="mt-4 space-y-5">
        {steps.map((step, index) => (
          <li key={step.name} className="flex gap-4">
            <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-accent font-semibold text-paper">
              {index + 1}
            </span>
            <div>
              <h3 className="font-semibold">
                <span className="sr-only">Step {index + 1}: </span>
                {step.name}
              </h3>
              <p className="mt-1 font-serif text-lg">{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
