import type { SavedResult } from '@/lib/sleep-test/saved-result';
import { SavedOn } from './saved-on';

export type SavedResultControlsProps = { saved: SavedResult | null; onSave: () => void; onForget: () => void };

export const outlineButton = 'rounded-full border border-accent px-4 py-2 text-sm font-semibold text-accent hover:bg-surface';

/** Under a result: save it on this device, only when the reader asks, or forget the saved one. */
export function SavedResultControls({ saved, onSave, onForget }: SavedResultControlsProps) {
  return (
    <div className="mt-6 rounded-xl border border-line p-4">
      {saved ? (
        <>
          <SavedOn saved={saved} />
          <button type="button" onClick={onForget} className={`${outlineButton} mt-3`}>
            Forget my saved result
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={onSave} className={outlineButton}>
            Save my result on this device
          </button>
          <p className="mt-2 text-sm text-muted">Only this browser keeps it, until you choose to forget it. Nothing is sent to us.</p>
        </>
      )}
    </div>
  );
}
