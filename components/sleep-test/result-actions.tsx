import { SavedResultControls, type SavedResultControlsProps } from './saved-result-controls';

export type ResultActionsProps = SavedResultControlsProps & { onChangeAnswers: () => void; onRestart: () => void };

const quietButton = 'rounded-full border border-line px-4 py-2 text-sm font-semibold text-ink hover:bg-surface';

/** Under a result shown in the browser: change the answers, start again, or keep the result on this device. */
export function ResultActions({ onChangeAnswers, onRestart, ...storage }: ResultActionsProps) {
  return (
    <div className="print:hidden">
      <div className="mt-10 flex flex-wrap gap-3">
        <button type="button" onClick={onChangeAnswers} className={quietButton}>
          Change my answers
        </button>
        <button type="button" onClick={onRestart} className={quietButton}>
          Start again
        </button>
      </div>
      <SavedResultControls {...storage} />
    </div>
  );
}
