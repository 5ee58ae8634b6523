import type { SavedResult } from '@/lib/sleep-test/saved-result';
import { outlineButton } from './saved-result-controls';
import { SavedOn } from './saved-on';

export type SavedResultNoticeProps = { saved: SavedResult; onShow: () => void; onForget: () => void };

/** Above the first question, for a reader who saved a result before: show it or forget it. */
export function SavedResultNotice({ saved, onShow, onForget }: SavedResultNoticeProps) {
  return (
    <div className="mb-8 max-w-2xl rounded-xl border border-line bg-surface p-4">
      <SavedOn saved={saved} />
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={onShow} className={outlineButton}>
          Show my saved result
        </button>
        <button type="button" onClick={onForget} className={outlineButton}>
          Forget my saved result
        </button>
      </div>
    </div>
  );
}
