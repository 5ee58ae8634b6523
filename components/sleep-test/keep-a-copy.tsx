import { useState } from 'react';
import type { SleepTestAnswers } from '@/lib/sleep-test/questions';
import { answerLines, resultSummary, summaryMailto, type SummaryContext } from '@/lib/sleep-test/summary';

export type KeepACopyProps = {
  answers: SleepTestAnswers;
  context: SummaryContext;
  /** Whether our script runs: print and copy need it, the email link and the list do not. */
  enhanced: boolean;
};

const quietButton = 'rounded-full border border-line px-4 py-2 text-sm font-semibold text-ink hover:bg-surface';

/** The reader's answers, with ways to keep them and the result: print, copy, or email to themselves. */
export function KeepACopy({ answers, context, enhanced }: KeepACopyProps) {
  const [status, setStatus] = useState('');
  const summary = resultSummary(answers, context);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary.body);
      setStatus('Copied. You can paste it into a note or a message.');
    } catch {
      setStatus('This browser would not copy it. You can email it to yourself or print it instead.');
    }
  };
  return (
    <section aria-labelledby="keep-a-copy" className="mt-10 rounded-xl border border-line p-4 print:border-0 print:p-0">
      <h3 id="keep-a-copy" className="font-serif text-xl font-semibold print:hidden">
        Keep a copy of your result
      </h3>
      <p className="mt-2 text-sm text-muted print:hidden">
        Your answers and result, to print, copy or email to yourself. It all happens on your device: nothing is sent to us.
      </p>
      <div className="mt-3 flex flex-wrap gap-3 print:hidden">
        {enhanced ? (
          <>
            <button type="button" onClick={() => window.print()} className={quietButton}>
              Print
            </button>
            <button type="button" onClick={copy} className={quietButton}>
              Copy
            </button>
          </>
        ) : null}
        <a href={summaryMailto(summary)} className={`${quietButton} no-underline`}>
          Email it to myself
        </a>
      </div>
      <p role="status" className="mt-2 text-sm empty:hidden">
        {status}
      </p>
      <details className="mt-3 text-sm print:hidden">
        <summary className="cursor-pointer font-semibold">Your answers</summary>
        <AnswerList answers={answers} />
      </details>
      <div className="hidden print:block">
        <h3 className="font-serif text-xl font-semibold">Your answers</h3>
        <AnswerList answers={answers} />
      </div>
    </section>
  );
}

function AnswerList({ answers }: { answers: SleepTestAnswers }) {
  return (
    <dl className="mt-2 space-y-1">
      {answerLines(answers).map(({ topic, answer }) => (
        <div key={topic}>
          <dt className="inline font-semibold">{topic}:</dt> <dd className="inline">{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
