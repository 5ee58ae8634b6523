/** Night mode: the reader's choice is kept in localStorage under this key, as "light" or "dark". */
export const themeStorageKey = 'theme';

export type Theme = 'light' | 'dark';

/**
 * Runs in <head> before the page paints, so a reader who chose a theme never
 * sees a flash of the other one. Kept tiny: a later CSP allows it by hash.
 */
export const themeInitScript = `try{var t=localStorage.getItem('${themeStorageKey}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
