/**
 * Reading answers from outside the typed world: a submitted form or a result
 * saved on the reader's device. Unknown fields and values are ignored, so a
 * stray or tampered field can never reach the scoring.
 */
import { questionIds, sleepTestQuestions, type PartialAnswers, type QuestionId, type SleepTestAnswers } from './questions';

export type ReadAnswersResult = { complete: true; answers: SleepTestAnswers } | { complete: false; answers: PartialAnswers; missing: QuestionId[] };

/** Whether `value` is one of the options of question `id`. */
export function isOption(id: QuestionId, value: unknown): value is string {
  const question = sleepTestQuestions.find((candidate) => candidate.id === id);
  return typeof value === 'string' && !!question?.options.some((option) => option.value === value);
}

/** Keeps the valid answers from name/value pairs, e.g. a form's entries or a parsed object's. */
export function readAnswers(entries: Iterable<readonly [string, unknown]>): ReadAnswersResult {
  const answers: PartialAnswers = {};
  for (const [name, value] of entries) {
    const id = questionIds.find((candidate) => candidate === name);
    if (id && isOption(id, value)) answers[id] = value;
  }
  const missing = questionIds.filter((id) => answers[id] === undefined);
  if (missing.length > 0) return { complete: false, answers, missing };
  // Every question has an answer, each checked by isOption above.
  return { complete: true, answers: answers as SleepTestAnswers };
}
