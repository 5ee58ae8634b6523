export type StepProgressProps = { current: number; total: number };

/** "Question 3 of 11" with a quiet bar; the words carry the meaning, the bar is decoration. */
export function StepProgress({ current, total }: StepProgressProps) {
  return (
    <div className="mb-6">
      <p className="text-sm text-muted">
        Question {current} of {total}
      </p>
      <div aria-hidden="true" className="mt-2 h-1.5 overflow-hidden rounded-full bg-surface">
        <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${(current / total) * 100}%` }} />
      </div>
    </div>
  );
}
