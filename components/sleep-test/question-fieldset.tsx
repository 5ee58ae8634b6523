import type { Ref } from 'react';
import type { SleepTestQuestion } from '@/lib/sleep-test/questions';

export type QuestionFieldsetProps = {
  question: SleepTestQuestion;
  /** 1-based position, shown before the prompt. */
  number: number;
  /** The chosen value; with `onSelect` the radios are controlled, without it they start from this value. */
  selected?: string;
  onSelect?: (value: string) => void;
  /** Id of an error message that describes the group. */
  errorId?: string;
  headingRef?: Ref<HTMLHeadingElement>;
};

/** One question: a fieldset whose legend is the prompt, with a labelled radio per answer. */
export function QuestionFieldset({ question, number, selected, onSelect, errorId, headingRef }: QuestionFieldsetProps) {
  const hintId = question.hint ? `${question.id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={question.id} aria-describedby={describedBy} className="mt-8 first:mt-0">
      <legend className="w-full">
        <h2 ref={headingRef} tabIndex={-1} className="font-serif text-xl leading-snug font-semibold outline-none sm:text-2xl">
          <span className="sr-only">Question {number}: </span>
          {question.prompt}
        </h2>
      </legend>
      {question.hint ? (
        <p id={hintId} className="mt-2 text-muted">
          {question.hint}
        </p>
      ) : null}
      <div className="mt-4 space-y-3">
        {question.options.map((option) => {
          const id = `${question.id}-${option.value}`;
          const checked = onSelect
            ? { checked: selected === option.value, onChange: () => onSelect(option.value) }
            : { defaultChecked: selected === option.value };
          return (
            <div key={option.value} className="relative">
              <input
                id={id}
                type="radio"
                name={question.id}
                value={option.value}
                required
                className="peer absolute top-1/2 left-4 size-5 -translate-y-1/2 accent-accent"
                {...checked}
              />
              <label
                htmlFor={id}
                className="block cursor-pointer rounded-xl border border-line bg-paper py-3 pr-4 pl-12 peer-checked:border-accent peer-checked:bg-surface peer-focus-visible:outline-3 peer-focus-visible:outline-accent"
              >
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
