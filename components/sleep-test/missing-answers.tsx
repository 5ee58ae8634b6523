import { sleepTestQuestions, type QuestionId } from '@/lib/sleep-test/questions';

export type MissingAnswersProps = { missing: QuestionId[] };

/** After a form sent without JavaScript: which questions still need an answer, each linked to its question. */
export function MissingAnswers({ missing }: MissingAnswersProps) {
  const questions = sleepTestQuestions.filter((question) => missing.includes(question.id));
  return (
    <div role="alert" className="mb-8 rounded-xl border border-caution-line bg-caution p-4">
      <p className="font-semibold">Please answer every question to see your result. Still open:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {questions.map((question) => (
          <li key={question.id}>
            <a href={`#${question.id}`} className="text-accent underline underline-offset-2">
              {question.prompt}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
