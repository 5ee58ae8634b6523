/** Where `npm run build -- --test-library` assembles the test library (git ignores it). Plain JavaScript, so scripts/build.mjs can read it. */
export const testLibraryDir = '.test-library/content';
