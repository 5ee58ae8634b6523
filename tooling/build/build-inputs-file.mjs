/**
 * The file the content pre-step writes (tooling/build/build-inputs.ts) and the
 * later build steps read. Plain JavaScript, so next.config.mjs and the .mjs
 * build scripts can read it too.
 */
import { readFileSync } from 'node:fs';

/** Beside contentlayer's output, outside anything served. */
export const buildInputsFile = '.contentlayer/build-inputs.json';

/**
 * @typedef {{ source: string, destination: string, permanent: true }} Redirect
 * @typedef {{
 *   contentDir: string,
 *   redirects: Redirect[],
 *   cards: { type: 'article' | 'guide', slug: string, title: string }[],
 *   postPages: string[],
 * }} BuildInputs
 */

/**
 * The inputs of the last content pre-step.
 * @returns {BuildInputs}
 */
export function readBuildInputs(file = buildInputsFile) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file} cannot be read (${/** @type {Error} */ (error).message}): run "npm run content:prepare" first (npm run build and npm run dev do).`,
    );
  }
}
