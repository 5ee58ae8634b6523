import type { SavedResult } from '@/lib/sleep-test/saved-result';

/** "You saved a result on this device on 2 March 2026." in the reader's own date format. */
export function SavedOn({ saved }: { saved: SavedResult }) {
  const date = new Date(saved.savedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return <p>You saved a result on this device on {date}.</p>;
}
