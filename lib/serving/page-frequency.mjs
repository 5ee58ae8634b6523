/** @typedef {{ record(path: string): void, of(path: string): number }} PageFrequency */

/**
 * How often each page has been asked for lately: exact counts (the keys are
 * the build's prerendered pages, a bounded set), all halved after every
 * `sampleSize` requests so that yesterday's popular page gives way to
 * today's. The page cache admits a page by it (the idea of TinyLFU's
 * admission, without the sketch a bounded key set does not need).
 * @param {number} sampleSize
 * @returns {PageFrequency}
 */
export function createPageFrequency(sampleSize) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  let recorded = 0;
  return {
    record(path) {
      counts.set(path, (counts.get(path) ?? 0) + 1);
      recorded += 1;
      if (recorded < sampleSize) return;
      recorded = 0;
      for (const [key, count] of counts) {
        if (count > 1) counts.set(key, count >> 1);
        else counts.delete(key);
      }
    },
    of(path) {
      return counts.get(path) ?? 0;
    },
  };
}
