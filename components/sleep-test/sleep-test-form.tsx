import type { ReadAnswersResult } from '@/lib/sleep-test/answers';
import { sleepTestQuestions } from '@/lib/sleep-test/questions';
import { MissingAnswers } from './missing-answers';
import { QuestionFieldset } from './question-fieldset';
import { StepProgress } from './step-progress';
import type { useSleepTestFlow } from './use-sleep-test-flow';

export type SleepTestFormProps = {
  flow: ReturnType<typeof useSleepTestFlow>;
  /** Where the form posts without JavaScript; absent in a static build, which has no server. */
  action?: (form: FormData) => void;
  /** What the server made of the last post, when there was one. */
  submitted: ReadAnswersResult | null;
};

const primaryButton = 'rounded-full bg-accent px-6 py-3 font-semibold text-paper hover:opacity-90 focus-visible:outline-offset-4';
const secondaryButton = 'rounded-full border border-line px-5 py-3 font-semibold text-ink hover:bg-surface';

/** All questions in one form; once JavaScript runs, one question per step with progress, back and next. */
export function SleepTestForm({ flow, action, submitted }: SleepTestFormProps) {
  const { question, step } = flow;
  return (
    <form action={action} onSubmit={flow.onSubmit} noValidate={flow.enhanced} aria-label="Sleep test" className="max-w-2xl">
      {flow.enhanced ? (
        <>
          <StepProgress current={step + 1} total={sleepTestQuestions.length} />
          <QuestionFieldset
            key={question.id}
            question={question}
            number={step + 1}
            selected={flow.answers[question.id]}
            onSelect={(value) => flow.select(question.id, value)}
            errorId={flow.error ? 'sleep-test-error' : undefined}
            headingRef={flow.focusRef}
          />
          {/* Calm in both themes: the caution colours, whose text meets 4.5:1 by day and by night. */}
          <p id="sleep-test-error" role="alert" className="mt-3 rounded-lg border border-caution-line bg-caution px-3 py-2 font-semibold text-ink empty:hidden">
            {flow.error}
          </p>
          <div className="mt-8 flex items-center gap-3">
            {step > 0 ? (
              <button type="button" onClick={flow.back} className={secondaryButton}>
                Back
              </button>
            ) : null}
            <button type="submit" className={`${primaryButton} ml-auto`}>
              {flow.isLastStep ? 'See my result' : 'Next question'}
            </button>
          </div>
        </>
      ) : (
        <>
          {submitted && !submitted.complete ? <MissingAnswers missing={submitted.missing} /> : null}
          {sleepTestQuestions.map((each, index) => (
            <QuestionFieldset key={each.id} question={each} number={index + 1} selected={submitted?.answers[each.id]} />
          ))}
          {action ? (
            <button type="submit" className={`${primaryButton} mt-10`}>
              See my result
            </button>
          ) : (
            <p className="mt-10 rounded-xl border border-caution-line bg-caution p-4">
              This version of the site works out your result in your browser, so it needs JavaScript. Please turn it on, or use another browser, to see your
              result.
            </p>
          )}
        </>
      )}
    </form>
  );
}
