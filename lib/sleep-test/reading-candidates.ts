/** Turns posts from the content API into the small records the result page chooses reading from. */
import type { Post } from '../content/collections';
import { postPath } from '../routes';
import { couldSuggest, type ReadingCandidate } from './reading';

/**
 * How many relevant posts the sleep-test page hands to the browser to choose
 * from. The page carries the list, so it must not grow with the site; the
 * newest relevant posts are the ones worth suggesting.
 */
export const maxReadingCandidates = 40;
/** The newest posts always come along, standing in when nothing fits a result. */
const fallbackCandidates = 3;

export function toReadingCandidate(post: Post): ReadingCandidate {
  return {
    title: post.title,
    path: postPath(post),
    kind: post.type,
    tags: post.tags,
    ...(post.type === 'guide' ? { bodyArea: post.bodyArea, audience: post.audience } : {}),
  };
}

/** The posts the result page may suggest, newest first: the newest few, then the newest relevant ones, each once. */
export function readingCandidates(postsNewestFirst: Post[]): ReadingCandidate[] {
  const all = postsNewestFirst.map(toReadingCandidate);
  const chosen = new Map(all.slice(0, fallbackCandidates).map((candidate) => [candidate.path, candidate]));
  for (const candidate of all.filter(couldSuggest).slice(0, maxReadingCandidates)) chosen.set(candidate.path, candidate);
  return [...chosen.values()];
}
