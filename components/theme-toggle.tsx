'use client';

import { useSyncExternalStore } from 'react';
import { themeStorageKey, type Theme } from '@/lib/theme';

const darkQuery = '(prefers-color-scheme: dark)';
const changeEvent = 'themechange';
const iconStroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.8, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia(darkQuery).matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  const media = matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

/** Switches between day and night mode and remembers the choice; until then the system setting applies. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const isDark = theme === 'dark';

  function toggle() {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(themeStorageKey, next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    window.dispatchEvent(new Event(changeEvent));
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme ? isDark : undefined}
      title={isDark ? 'Switch to day mode' : 'Switch to night mode'}
      className="inline-flex size-10 items-center justify-center rounded-full text-ink hover:bg-surface"
    >
      <span className="sr-only">Night mode</span>
      {/* CSS picks the icon, so it is right from the first paint, before this component hydrates. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 dark:hidden" {...iconStroke}>
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden size-5 dark:block" {...iconStroke}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
