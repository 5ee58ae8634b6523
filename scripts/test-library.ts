#!/usr/bin/env tsx
/** Assembles the test library (tooling/test-library) for `npm run build -- --test-library`. */
import { assembleTestLibrary, testLibraryDir } from '../tooling/test-library/assemble-test-library';

assembleTestLibrary();
console.log(`test library: written to ${testLibraryDir}`);
