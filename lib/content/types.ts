/**
 * Moved: the content types live in collections.ts. This re-export remains only
 * for tooling/build/build-inputs.ts, which another branch is changing; delete
 * it once that file imports from collections.ts.
 */
export type { Content } from './collections';
