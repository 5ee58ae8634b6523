/** A guide's stated time is what its steps add up to, so readers are not told ten minutes for a fifteen-minute routine. */
import type { ContentRule, Finding } from './content-rule';

/** The steps' minutes added up and rounded to whole minutes, as a guide states its time. */
export function stepsTotal(steps: { minutes: number }[]): number {
  return Math.round(steps.reduce((sum, step) => sum + step.minutes, 0));
}

export const guideMinutes: ContentRule = {
  id: 'guide/minutes-mismatch',
  severity: 'error',
  summary: "A guide's minutes equal the total of its steps' minutes (rounded).",
  hint: "change minutes to the steps' total, or correct the minutes of the steps; a step done on both sides counts both",
  check: ({ documents }) =>
    documents.flatMap((doc): Finding[] => {
      const post = doc.post;
      if (post?.type !== 'guide') return [];
      const total = stepsTotal(post.steps);
      if (total === post.minutes) return [];
      const parts = post.steps.map((step) => step.minutes).join(' + ');
      return [{ file: doc.file, field: 'minutes', message: `minutes is ${post.minutes}, but the steps add up to ${total} (${parts})` }];
    }),
};
