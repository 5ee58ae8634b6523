import { describe, expect, it } from 'vitest';
import { themeInitScript, themeStorageKey } from './theme';

/** Runs the head script against a stand-in document and storage, returning the theme it set. */
function runInitScript(getItem: (key: string) => string | null): string | undefined {
  const documentElement = { dataset: {} as Record<string, string> };
  new Function('document', 'localStorage', themeInitScript)({ documentElement }, { getItem });
  return documentElement.dataset.theme;
}

describe('themeInitScript', () => {
  it('applies the remembered choice before the page paints', () => {
    expect(runInitScript((key) => (key === themeStorageKey ? 'dark' : null))).toBe('dark');
    expect(runInitScript(() => 'light')).toBe('light');
  });

  it('leaves the system setting in charge when nothing, or junk, is stored', () => {
    expect(runInitScript(() => null)).toBeUndefined();
    expect(runInitScript(() => '"><script>')).toBeUndefined();
  });

  it('does not break the page when storage is blocked', () => {
    expect(
      runInitScript(() => {
        throw new Error('SecurityError');
      }),
    ).toBeUndefined();
  });

  it('stays tiny, since every page inlines it', () => {
    expect(themeInitScript.length).toBeLessThan(200);
  });
});
