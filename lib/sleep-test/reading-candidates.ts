/** Turns posts from the content API into the small records the result page chooses reading from. */
import type { Post } from '../content/types';
import { postPath } from '../routes';
import type { ReadingCandidate } from './reading';

export function toReadingCandidate(post: Post): ReadingCandidate {
  return {
    title: post.title,
    path: postPath(post),
    kind: post.type,
    tags: post.tags,
    ...(post.type === 'guide' ? { bodyArea: post.bodyArea } : {}),
  };
}
