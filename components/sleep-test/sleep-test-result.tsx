import type { ReactNode, Ref } from 'react';
import { careAdvice } from '@/lib/sleep-test/care-advice';
import { nextStepFor } from '@/lib/sleep-test/next-step';
import type { SleepTestAnswers } from '@/lib/sleep-test/questions';
import { readingNote, suggestReading, type ReadingCandidate } from '@/lib/sleep-test/reading';
import { describeResult, habitText, notADiagnosis, signalText } from '@/lib/sleep-test/result-text';
import { scoreSleepTest } from '@/lib/sleep-test/scoring';
import type { SummaryContext } from '@/lib/sleep-test/summary';
import { CareAdviceBox } from './care-advice-box';
import { KeepACopy } from './keep-a-copy';
import { NextStep } from './next-step';

/** What the result needs from the site configuration, handed down by the page (the configuration stays on the server). */
export type SleepTestBusiness = SummaryContext & { contactUrl: string; invitationLabel: string };

export type SleepTestResultProps = {
  answers: SleepTestAnswers;
  candidates: ReadingCandidate[];
  business: SleepTestBusiness;
  /** Whether our script runs (print and copy need it). */
  enhanced: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Controls under the result: change answers, start again, save. */
  children?: ReactNode;
};

/**
 * The result in plain words: what the answers suggest, that it is no diagnosis, when to see a doctor
 * and when not to wait, the business's offer (as strong as the result calls for), what to read, and a
 * copy to keep.
 */
export function SleepTestResult({ answers, candidates, business, enhanced, headingRef, children }: SleepTestResultProps) {
  const result = scoreSleepTest(answers);
  const { headline, summary } = describeResult(result);
  const advice = careAdvice(result);
  const reading = suggestReading(result, candidates);
  const note = readingNote(result);
  return (
    <section aria-labelledby="sleep-test-result" className="max-w-2xl">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Your result</p>
      <h2 id="sleep-test-result" ref={headingRef} tabIndex={-1} className="mt-1 font-serif text-2xl leading-snug font-semibold outline-none sm:text-3xl">
        {headline}
      </h2>
      <p className="mt-4 text-lg">{summary}</p>
      {result.signals.length > 0 ? (
        <ul className="mt-4 space-y-3">
          {result.signals.map((signal) => (
            <li key={signal} className="rounded-xl border border-line bg-surface p-4">
              {signalText[signal]}
            </li>
          ))}
        </ul>
      ) : null}
      {advice ? <CareAdviceBox advice={advice} /> : null}
      <p className="mt-6 rounded-xl border border-caution-line bg-caution p-4">
        <strong>{notADiagnosis.lead}</strong> {notADiagnosis.text}
      </p>
      {result.habits.length > 0 ? (
        <>
          <h3 className="mt-8 font-serif text-xl font-semibold">Small changes you could try</h3>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {result.habits.map((habit) => (
              <li key={habit}>{habitText[habit]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <NextStep kind={nextStepFor(result)} contactUrl={business.contactUrl} invitationLabel={business.invitationLabel} />
      {reading.length > 0 ? (
        <section aria-labelledby="reading" className="print:hidden">
          <h3 id="reading" className="mt-8 font-serif text-xl font-semibold">
            Reading that may help
          </h3>
          {note ? <p className="mt-2 text-muted">{note}</p> : null}
          <ul className="mt-3 space-y-2">
            {reading.map((post) => (
              <li key={post.path}>
                <a href={post.path} className="text-accent underline underline-offset-2">
                  {post.title}
                </a>{' '}
                <span className="text-sm text-muted">({post.kind === 'guide' ? 'technique guide' : 'article'})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <KeepACopy answers={answers} context={business} enhanced={enhanced} />
      {children}
    </section>
  );
}
