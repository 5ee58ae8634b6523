/**
 * Search snippets that start at the beginning of a sentence. Pagefind's own
 * excerpt is a window of words centred on a match, so it often opens mid-
 * sentence; this builds one from the page text and the match positions
 * Pagefind returns (indexes of words in the text split on white space).
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const endsSentence = (word: string) => /[.!?]["'”’)]*$/.test(word);
const normalise = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * An excerpt of about `length` words as HTML, opening at the start of the
 * sentence that holds the best match (looking back at most `maxLookBack`
 * words), with every matched word in <mark>.
 * @param best the match to show, by default the first
 */
export function sentenceExcerpt(text: string, locations: readonly number[], { best = locations[0], length = 30, maxLookBack = 24 } = {}): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const match = Math.min(Math.max(best ?? 0, 0), words.length - 1);
  let start = match;
  while (start > 0 && match - start < maxLookBack && !endsSentence(words[start - 1])) start -= 1;
  // No sentence start close enough: open on the match itself rather than mid-phrase.
  if (start > 0 && !endsSentence(words[start - 1])) start = match;
  const end = Math.min(words.length, Math.max(start + length, match + 1));
  const marked = new Set(locations);
  const matchedForms = new Set([...marked].filter((index) => index >= 0 && index < words.length).map((index) => normalise(words[index])));
  const html = words
    .slice(start, end)
    .map((word, offset) => (marked.has(start + offset) || matchedForms.has(normalise(word)) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
  return end < words.length ? `${html} …` : html;
}

/** The location Pagefind weighted highest, where the snippet should be. */
export function bestLocation(weighted: readonly { location: number; balanced_score: number }[]): number | undefined {
  return weighted.reduce<{ location: number; balanced_score: number } | undefined>(
    (best, item) => (!best || item.balanced_score > best.balanced_score ? item : best),
    undefined,
  )?.location;
}
