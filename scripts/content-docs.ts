#!/usr/bin/env tsx
/** npm run content:docs — rewrites CONTENT.md from the schemas, the MDX component list and the content rules. */
import { writeFileSync } from 'node:fs';
import { contentGuide } from '../tooling/editor-guide/content-guide';

writeFileSync('CONTENT.md', contentGuide());
console.log('wrote CONTENT.md');
