'use server';

import { readAnswers, type ReadAnswersResult } from '@/lib/sleep-test/answers';

/**
 * For readers without JavaScript: reads the posted form; the page then shows
 * the result (scored by the same pure function the browser uses) or the
 * questions still open. Nothing is logged or stored.
 * @see https://nextjs.org/docs/app/guides/forms
 */
export async function submitSleepTest(_previous: ReadAnswersResult | null, form: FormData): Promise<ReadAnswersResult> {
  return readAnswers(form.entries());
}
