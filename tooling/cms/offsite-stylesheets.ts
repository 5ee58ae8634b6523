/**
 * Keystatic's UI adds a Google Fonts stylesheet (Inter) to the admin. No page
 * of ours asks another host for anything, so the admin keeps its system-font
 * fallback instead: a stylesheet link whose address is on another origin never
 * gets that address. Runs in the admin's bundle only.
 */
export function keepStylesheetsOnThisSite() {
  if (typeof window === 'undefined' || 'calmNightsGuard' in Element.prototype.setAttribute) return;
  const setAttribute = Element.prototype.setAttribute;
  const guarded = function (this: Element, name: string, value: string) {
    if (this instanceof HTMLLinkElement && name === 'href' && new URL(value, window.location.href).origin !== window.location.origin) return;
    setAttribute.call(this, name, value);
  };
  Element.prototype.setAttribute = Object.assign(guarded, { calmNightsGuard: true });
}
