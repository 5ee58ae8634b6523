'use client';

import { useActionState, useState } from 'react';
import type { ReadAnswersResult } from '@/lib/sleep-test/answers';
import type { ReadingCandidate } from '@/lib/sleep-test/reading';
import { staticPaths } from '@/lib/routes';
import { ResultActions } from './result-actions';
import { SavedResultNotice } from './saved-result-notice';
import { SleepTestForm } from './sleep-test-form';
import { SleepTestResult, type SleepTestBusiness } from './sleep-test-result';
import { useSavedResult } from './use-saved-result';
import { useSleepTestFlow } from './use-sleep-test-flow';

/** The server's reading of a form sent without JavaScript. */
export type SleepTestAction = (previous: ReadAnswersResult | null, form: FormData) => Promise<ReadAnswersResult | null>;

export type SleepTestProps = {
  candidates: ReadingCandidate[];
  business: SleepTestBusiness;
  /** The server action for readers without JavaScript; a static build has none. */
  action?: SleepTestAction;
};

const keepState = async (state: ReadAnswersResult | null) => state;

/** The sleep test: a plain form that becomes one question per step; with JavaScript the result is worked out in the browser. */
export function SleepTest({ candidates, business, action }: SleepTestProps) {
  // The permalink makes the no-JavaScript form post to this page's own address (not an empty action).
  const [submitted, formAction] = useActionState(action ?? keepState, null, staticPaths.sleepTest);
  const flow = useSleepTestFlow(submitted);
  const device = useSavedResult();
  const saved = flow.enhanced ? device.saved : null;
  const [status, setStatus] = useState('');
  const forget = () => {
    device.forget();
    setStatus('Your saved result has been removed from this device.');
    flow.refocus();
  };
  const { finished } = flow;

  return (
    <div>
      <p role="status" className="sr-only">
        {status}
      </p>
      {finished ? (
        <SleepTestResult answers={finished} candidates={candidates} business={business} enhanced={flow.enhanced} headingRef={flow.focusRef}>
          {flow.enhanced ? (
            <ResultActions
              onChangeAnswers={flow.changeAnswers}
              onRestart={flow.restart}
              saved={saved}
              onForget={forget}
              onSave={() => setStatus(device.save(finished) ? 'Your result is saved on this device.' : 'This browser would not let us save your result.')}
            />
          ) : (
            <p className="mt-10 print:hidden">
              Your answers were used only to work out this result and were not kept.{' '}
              <a href={staticPaths.sleepTest} className="text-accent underline underline-offset-2">
                Take the test again
              </a>
            </p>
          )}
        </SleepTestResult>
      ) : (
        <>
          {saved && flow.step === 0 ? <SavedResultNotice saved={saved} onShow={() => flow.showResult(saved.answers)} onForget={forget} /> : null}
          <SleepTestForm flow={flow} action={action ? formAction : undefined} submitted={submitted} />
        </>
      )}
    </div>
  );
}
