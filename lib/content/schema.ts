/**
 * Moved: the schemas live in collections.ts. This re-export remains only for
 * scripts/bench/synthetic-corpus.test.ts, which another branch is changing;
 * delete it once that file imports from collections.ts.
 */
export { articleSchema } from './collections';
