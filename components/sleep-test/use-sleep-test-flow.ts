'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { readAnswers, type ReadAnswersResult } from '@/lib/sleep-test/answers';
import { questionIds, sleepTestQuestions, type PartialAnswers, type QuestionId, type SleepTestAnswers } from '@/lib/sleep-test/questions';

const lastStep = sleepTestQuestions.length - 1;
const noSubscription = () => () => {};

export const chooseAnAnswer = 'Choose an answer to go on.';

/**
 * The step-by-step flow once JavaScript runs: which question shows, the
 * answers so far (kept when going back), the error, and where focus goes.
 * On the server, while hydrating, and without JavaScript, `enhanced` is false
 * and the form shows every question at once. Answers stay in this state only.
 */
export function useSleepTestFlow(submitted: ReadAnswersResult | null) {
  // False for the server render and hydration, true right after: the first client render matches the HTML.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<PartialAnswers>(submitted?.answers ?? {});
  const [finished, setFinished] = useState<SleepTestAnswers | null>(submitted?.complete ? submitted.answers : null);
  const [error, setError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest > 0) focusRef.current?.focus();
  }, [focusRequest]);

  const goTo = (nextStep: number) => {
    setError(null);
    setFinished(null);
    setStep(nextStep);
    setFocusRequest((count) => count + 1);
  };
  const finish = (complete: SleepTestAnswers) => {
    setError(null);
    setAnswers(complete);
    setFinished(complete);
    setFocusRequest((count) => count + 1);
  };
  const question = sleepTestQuestions[step];

  return {
    enhanced,
    step,
    question,
    answers,
    finished,
    error,
    focusRef,
    isLastStep: step === lastStep,
    select(id: QuestionId, value: string) {
      setAnswers((current) => ({ ...current, [id]: value }));
      setError(null);
    },
    /** Next, or the result after the last step; an unanswered step shows the error instead. */
    onSubmit(event: FormEvent<HTMLFormElement>) {
      if (!enhanced) return; // not hydrated yet: the form posts to the server
      event.preventDefault();
      if (answers[question.id] === undefined) return setError(chooseAnAnswer);
      if (step < lastStep) return goTo(step + 1);
      const read = readAnswers(Object.entries(answers));
      if (read.complete) finish(read.answers);
      else goTo(questionIds.indexOf(read.missing[0]));
    },
    back: () => goTo(Math.max(0, step - 1)),
    changeAnswers: () => goTo(0),
    restart() {
      setAnswers({});
      goTo(0);
    },
    showResult: finish,
    /** Puts focus back on the current heading, e.g. after the control that had it went away. */
    refocus: () => setFocusRequest((count) => count + 1),
  };
}
